package be.cpas.piis.transfer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** X12: one CPAS's settings, kept by its CPAS_ADMIN, audited and published to every service. */
@QuarkusTest
class CpasSettingsTest {

    private static final String TOURNAI = "57081";
    private static final String SETTINGS = """
            {"names":{"fr":"CPAS de Tournai"},
             "addresses":{"fr":{"street":"Rue de l'Athénée 48","postalCode":"7500","city":"Tournai"}},
             "meetingPlaces":[{"code":"main","names":{"fr":"Service d'insertion"},
                               "addresses":{"fr":{"street":"Rue de l'Athénée 48","postalCode":"7500","city":"Tournai"}}}],
             "signatories":{"president":"Marie Dupont","generalDirector":"Luc Martin"},
             "sender":{"name":"CPAS de Tournai","email":"convocations@cpas-tournai.example.be"}}
            """;

    @Test
    void X12_X4_a_cpas_admin_keeps_the_settings_of_their_cpas_audited_and_published_for_every_service() {
        as(TOURNAI, "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(404);
        int first = as(TOURNAI, "CPAS_ADMIN").body(SETTINGS).put("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(200)
                .body("names.fr", equalTo("CPAS de Tournai"))
                .extract().path("version");
        as(TOURNAI, "CPAS_ADMIN").body(SETTINGS.replace("Luc Martin", "Anne Leroy")).put("/piis/v1/cpas/{nis}/settings", TOURNAI)
                .then().statusCode(200).body("version", equalTo(first + 1));

        as(TOURNAI, "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(200)
                .body("signatories.generalDirector", equalTo("Anne Leroy"))
                .body("meetingPlaces.code", contains("main"));
        as(TOURNAI, "AUDITOR").get("/piis/v1/cpas/{nis}/settings/audit", TOURNAI).then().statusCode(200)
                .body("items.action", contains("kept", "kept"))
                .body("items[1].before.signatories.generalDirector", equalTo("Luc Martin"))
                .body("items[1].after.signatories.generalDirector", equalTo("Anne Leroy"));
        String settingsId = CpasSettingsStore.idOf(TOURNAI).toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(published(settingsId))
                .extracting(ConsumerRecord::value).anySatisfy(value -> assertThat(value).contains("\"version\":" + (first + 1), "Anne Leroy")));
    }

    @Test
    void X12_a_cpas_admin_previews_a_letter_as_the_settings_make_it_and_a_missing_setting_is_named() {
        String namur = "92094";
        as(namur, "CPAS_ADMIN").get("/piis/v1/cpas/{nis}/settings/letterPreview", namur).then().statusCode(422)
                .body("rule", equalTo("X12")).body("detail", containsString("names.fr"));
        as(namur, "CPAS_ADMIN").body(SETTINGS.replace("Tournai", "Namur").replace("tournai", "namur").replace("7500", "5000").replace("Rue de l'Athénée 48", "Rue de Dave 165"))
                .put("/piis/v1/cpas/{nis}/settings", namur).then().statusCode(200);

        byte[] french = as(namur, "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings/letterPreview", namur).then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "fr-BE").extract().asByteArray();
        assertThat(PdfText.of(french)).contains("Aperçu des courriers du CPAS", "CPAS de Namur", "Service d'insertion, Rue de Dave 165",
                "Tribunal du travail de Liège, Namur (selon l'annuaire national)", "convocations@cpas-namur.example.be", "Marie Dupont", "Luc Martin");
        as(namur, "CPAS_ADMIN").queryParam("lang", "nl").get("/piis/v1/cpas/{nis}/settings/letterPreview", namur).then().statusCode(422)
                .body("rule", equalTo("X12")).body("detail", containsString("names.nl"));
        as("62063", "CPAS_ADMIN").get("/piis/v1/cpas/{nis}/settings/letterPreview", namur).then().statusCode(404);
    }

    @Test
    void X12_X1_only_a_cpas_admin_of_that_cpas_keeps_its_settings() {
        as(TOURNAI, "SOCIAL_WORKER").body(SETTINGS).put("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(403);
        as("62063", "CPAS_ADMIN").body(SETTINGS).put("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(404);
        as("62063", "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(404);
    }

    @Test
    void X12_settings_that_no_letter_could_print_are_refused_naming_the_input() {
        as(TOURNAI, "CPAS_ADMIN").body(SETTINGS.replaceFirst("\"7500\"", "\"75\"").replace("convocations@", "not an address "))
                .put("/piis/v1/cpas/{nis}/settings", TOURNAI).then().statusCode(400)
                .body("issues.name", contains("addresses.fr.postalCode", "sender.email"));
    }

    @Test
    void X12_X7_a_copy_takes_a_change_once_and_never_goes_back_to_an_older_version() {
        String liege = "62063";
        int seeded = as(liege, "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings", liege).then().statusCode(200).extract().path("version");
        String newer = settingsEvent(liege, seeded + 10, "CPAS de Liège (copie)");
        String eventId = UUID.randomUUID().toString();
        EventLog.publishCloudEvent(Topics.TRANSFERS, eventId, EventType.CPAS_SETTINGS_CHANGED.type(),
                CpasSettingsStore.idOf(liege).toString(), newer);
        EventLog.publishCloudEvent(Topics.TRANSFERS, UUID.randomUUID().toString(), EventType.CPAS_SETTINGS_CHANGED.type(),
                CpasSettingsStore.idOf(liege).toString(), settingsEvent(liege, seeded + 5, "CPAS de Liège (ancienne)"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(liege, "SOCIAL_WORKER").get("/piis/v1/cpas/{nis}/settings", liege)
                .then().body("version", equalTo(seeded + 10)).body("names.fr", equalTo("CPAS de Liège (copie)")));
    }

    private static String settingsEvent(String cpas, int version, String name) {
        return """
                {"settingsId":"%s","cpas":"%s","version":%d,"names":{"fr":"%s"}}
                """.formatted(CpasSettingsStore.idOf(cpas), cpas, version, name);
    }

    private static List<ConsumerRecord<String, String>> published(String settingsId) {
        return EventLog.readAll(Topics.TRANSFERS).stream()
                .filter(record -> settingsId.equals(record.key()))
                .filter(record -> EventType.CPAS_SETTINGS_CHANGED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    private static RequestSpecification as(String cpas, String role) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, role)).contentType(ContentType.JSON);
    }
}
