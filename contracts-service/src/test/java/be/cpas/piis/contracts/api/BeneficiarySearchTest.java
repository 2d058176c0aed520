package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A beneficiary is found by NISS or by name, in a POST body ([sens-dat]), among those of the caller's CPAS only (X1). */
@QuarkusTest
class BeneficiarySearchTest {

    private static final String TOURNAI = "57081";

    @Test
    void X1_a_beneficiary_is_found_by_the_beginnings_of_their_names_without_accents_or_case_in_their_own_cpas_only() {
        String eloise = registeredBeneficiary(TOURNAI, SsinFactory.next(), "Éloïse", "Van den Broeck-Dupont", "fr");
        String ana = registeredBeneficiary(TOURNAI, SsinFactory.next(), "Ana", "Vandamme", "fr");

        search(TOURNAI, "eloise").then().statusCode(200).body("items.id", contains(eloise));
        search(TOURNAI, "VAN DEN").then().statusCode(200).body("items.id", contains(eloise));
        search(TOURNAI, "dupont, éloïse").then().statusCode(200).body("items.id", contains(eloise));
        search(TOURNAI, "van").then().statusCode(200).body("items.id", contains(eloise, ana));
        search(TOURNAI, "an").then().statusCode(200).body("items.id", contains(ana));
        search(TOURNAI, "broeckx").then().statusCode(200).body("items", empty());
        search("21004", "eloise van den broeck").then().statusCode(200).body("items", empty());
    }

    @Test
    void X5_a_name_search_needs_two_letters_and_a_search_a_niss_or_a_name() {
        search(TOURNAI, "é").then().statusCode(400)
                .body("issues[0].name", equalTo("name")).body("issues[0].detail", containsString("2 letters"));
        search(TOURNAI, "%_").then().statusCode(400).body("issues[0].name", equalTo("name"));
        asWorker(TOURNAI).body("{}").post("/piis/v1/beneficiaries/search").then().statusCode(400).body("issues[0].name", equalTo("ssin"));
        search(TOURNAI, "x".repeat(201)).then().statusCode(400).body("issues[0].name", equalTo("name"));
    }

    private static io.restassured.response.Response search(String cpas, String name) {
        return asWorker(cpas).body("{\"name\":\"" + name + "\"}").post("/piis/v1/beneficiaries/search");
    }
}
