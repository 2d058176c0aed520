package be.cpas.piis.transfer.api;

import static be.cpas.piis.transfer.StartedTransfers.awaitStarted;
import static be.cpas.piis.transfer.StartedTransfers.signedContract;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.transfer.DirectoryCorrectionsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X11: every CPAS of the national directory, any of which a transfer may go to, and the tribunal competent for each. */
@QuarkusTest
class CpasDirectoryTest {

    private static final String SAINT_JOSSE = "21014";
    private static final String ANDERLECHT = "21001";

    @Test
    void X11_a_transfer_goes_to_any_cpas_of_the_directory() {
        String contractId = signedContract("general", SAINT_JOSSE).toString();

        awaitStarted(SAINT_JOSSE, """
                {"contractId":"%s","newMunicipality":"%s","movedOn":"2026-11-20"}""".formatted(contractId, ANDERLECHT))
                .then().statusCode(201)
                .body("fromCpas", equalTo(SAINT_JOSSE))
                .body("toCpas", equalTo(ANDERLECHT))
                .body("status", equalTo("requested"));
    }

    @Test
    void X11_the_directory_lists_every_cpas_once_by_nis_code_page_after_page() {
        List<String> nisCodes = new ArrayList<>();
        String next = "/piis/v1/cpas?pageSize=200";
        while (next != null) {
            JsonPath page = asWorker().get(next).then().statusCode(200).body("pageSize", equalTo(200)).extract().jsonPath();
            nisCodes.addAll(page.getList("items.nisCode"));
            next = page.getString("next");
        }

        // The 565 municipalities of 2025 and the one the tests' correction adds.
        assertThat(nisCodes).hasSize(566).doesNotHaveDuplicates().isSorted().contains("11002", "21004", "63087", "92094", "93090");
        asWorker().queryParam("pageSize", 1).get("/piis/v1/cpas").then().statusCode(200)
                .body("items[0].nisCode", equalTo("11001"))
                .body("items[0].href", endsWith("/piis/v1/cpas/11001"))
                .body("items[0].name", equalTo("OCMW Aartselaar"))
                .body("items[0].region", equalTo("flanders"))
                .body("items[0].municipality.nameFr", equalTo("Aartselaar"))
                .body("items[0]", not(hasKey("labourTribunals")));
        asWorker().queryParam("cursor", "forged").get("/piis/v1/cpas").then().statusCode(400)
                .body("issues[0].name", equalTo("cursor"));
    }

    @Test
    void X11_the_directory_filters_by_name_region_and_language_a_repeated_value_or_ed() {
        asWorker().queryParam("name", "LIEGE").get("/piis/v1/cpas").then().statusCode(200).body("items.nisCode", hasItem("62063"));
        asWorker().queryParam("name", "sint-joost").get("/piis/v1/cpas").then().statusCode(200)
                .body("items.nisCode", contains(SAINT_JOSSE));
        asWorker().queryParam("name", "Saint-Josse").queryParam("name", "Anderlecht").get("/piis/v1/cpas").then().statusCode(200)
                .body("items.nisCode", contains(ANDERLECHT, SAINT_JOSSE));
        asWorker().queryParam("region", "brussels").get("/piis/v1/cpas").then().statusCode(200)
                .body("items", hasSize(19)).body("items.languages", everyItem(contains("fr", "nl")));
        asWorker().queryParam("language", "de").get("/piis/v1/cpas").then().statusCode(200)
                .body("items", hasSize(9)).body("items.nisCode", hasItems("63001", "63023", "63087"));
        asWorker().queryParam("region", "brussels").queryParam("language", "de").get("/piis/v1/cpas").then().statusCode(200)
                .body("items", hasSize(0)).body("$", not(hasKey("next")));
        asWorker().queryParam("region", "wallonia").queryParam("region", "brussels").queryParam("pageSize", 500).get("/piis/v1/cpas")
                .then().statusCode(200).body("items", hasSize(280));
        asWorker().queryParam("region", "mars").get("/piis/v1/cpas").then().statusCode(400)
                .contentType("application/problem+json")
                .body("issues[0].in", equalTo("query")).body("issues[0].name", equalTo("region"));
        asWorker().queryParam("language", "en").get("/piis/v1/cpas").then().statusCode(400).body("issues[0].name", equalTo("language"));
    }

    @Test
    void X11_one_cpas_comes_with_its_labour_tribunal_division_and_the_system_that_serves_it() {
        asWorker().get("/piis/v1/cpas/{nis}", "63001").then().statusCode(200)
                .body("name", equalTo("ÖSHZ Amel"))
                .body("language", equalTo("de"))
                .body("municipality.nameDe", equalTo("Amel"))
                .body("municipality.nameFr", equalTo("Amblève"))
                .body("servedHere", equalTo(true))
                .body("labourTribunals", hasSize(1))
                .body("labourTribunals[0].division", equalTo("eupen"))
                .body("labourTribunals[0].nameFr", equalTo("Tribunal du travail d'Eupen"));
        asWorker().get("/piis/v1/cpas/{nis}", "23002").then().statusCode(200)
                .body("labourTribunals.nameNl", contains("Nederlandstalige arbeidsrechtbank Brussel"));
        asWorker().get("/piis/v1/cpas/{nis}", "21004").then().statusCode(200)
                .body("name", equalTo("CPAS de Bruxelles"))
                .body("labourTribunals.language", contains("fr", "nl"))
                .body("labourTribunals.nameFr", contains("Tribunal du travail francophone de Bruxelles",
                        "Tribunal du travail néerlandophone de Bruxelles"))
                .body("labourTribunals[0].address.street", equalTo("Place Poelaert 3, bte 3"))
                .body("labourTribunals[0].addressComplete", equalTo(true));
        asWorker().get("/piis/v1/cpas/{nis}", "92094").then().statusCode(200)
                .body("labourTribunals[0].address", not(hasKey("street")))
                .body("labourTribunals[0].address.city", equalTo("Namur"))
                .body("labourTribunals[0].addressComplete", equalTo(false));
        asWorker().get("/piis/v1/cpas/{nis}", "44021").then().statusCode(200)
                .body("name", equalTo("OCMW Gent"))
                .body("servedHere", equalTo(false))
                .body("transferApi", equalTo("https://piis.ocmw-gent.example.be/piis/v1"));
        given().auth().oauth2(DevTokens.forCpas("62063", "PARTNER_CPAS")).get("/piis/v1/cpas/{nis}", "62063").then().statusCode(200);
    }

    @Test
    void X5_an_unknown_nis_code_is_a_404_and_a_malformed_one_a_400() {
        asWorker().get("/piis/v1/cpas/{nis}", "99999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
        for (String malformed : List.of("1234", "123456", "abcde")) {
            asWorker().get("/piis/v1/cpas/{nis}", malformed).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                    .body("issues[0].in", equalTo("path"))
                    .body("issues[0].name", equalTo("nisCode"));
        }
    }

    @Test
    void X11_a_correction_file_read_at_start_changes_an_address_and_adds_a_municipality() {
        asWorker().get("/piis/v1/cpas/{nis}", "63023").then().statusCode(200)
                .body("labourTribunals[0].address.street", equalTo(DirectoryCorrectionsResource.CORRECTED_EUPEN_STREET));
        asWorker().get("/piis/v1/cpas/{nis}", DirectoryCorrectionsResource.ADDED_MUNICIPALITY).then().statusCode(200)
                .body("name", equalTo("OCMW Proefdorp"))
                .body("municipality.nameFr", equalTo("Village-d'Essai"))
                .body("labourTribunals[0].nameNl", equalTo("Arbeidsrechtbank Leuven"));
        String contractId = signedContract("general", SAINT_JOSSE).toString();
        awaitStarted(SAINT_JOSSE, """
                {"contractId":"%s","newMunicipality":"%s"}""".formatted(contractId, DirectoryCorrectionsResource.ADDED_MUNICIPALITY))
                .then().statusCode(201);
    }

    private static RequestSpecification asWorker() {
        return given().auth().oauth2(DevTokens.forCpas(SAINT_JOSSE, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }
}
