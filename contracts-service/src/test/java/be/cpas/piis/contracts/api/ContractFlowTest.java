package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.beneficiaryBody;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.testsupport.SpelledDates;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractFlowTest extends ClockMovingTest {

    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";
    private static final String ANTWERP = "11002";

    @Test
    void C7_C9_X7_a_contract_is_drafted_proposed_signed_after_reflection_and_its_signature_published() {
        String contractId = proposedContract(BRUSSELS);
        LocalDate reflectionEndsOn = LocalDate.parse(asWorker(BRUSSELS).get("/piis/v1/contracts/{id}", contractId)
                .then().statusCode(200).extract().path("reflectionEndsOn"));

        asWorker(BRUSSELS).body("{\"party\":\"beneficiary\"}")
                .post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("status", equalTo(422))
                .body("rule", equalTo("C7"))
                .body("detail", containsString(SpelledDates.french(reflectionEndsOn)));

        clock.moveTo(reflectionEndsOn.plusDays(1));
        asWorker(BRUSSELS).body("{\"party\":\"beneficiary\"}")
                .post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(200).body("status", equalTo("proposed"));
        asWorker(BRUSSELS).body("{\"party\":\"cpas\"}")
                .post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("signedOn", equalTo(reflectionEndsOn.plusDays(1).toString()))
                .body("signatures.party", contains("beneficiary", "cpas"));

        ConsumerRecord<String, String> signed = await().atMost(Duration.ofSeconds(20)).until(
                () -> EventLog.readAll(Topics.CONTRACTS).stream()
                        .filter(record -> contractId.equals(record.key()))
                        .filter(record -> "be.cpas.piis.v1.contracts.notify.signed".equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                        .findFirst().orElse(null),
                record -> record != null);
        assertThat(EventLog.header(signed, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(EventLog.header(signed, CloudEventHeaders.SUBJECT)).isEqualTo(contractId);
        assertThat(EventLog.header(signed, CloudEventHeaders.SERVICE)).isEqualTo("be.cpas.piis.v1");
        assertThat(EventLog.header(signed, CloudEventHeaders.SOURCE)).isEqualTo("urn:cpas:piis:contracts-service");
        assertThat(EventLog.header(signed, CloudEventHeaders.ID)).isNotBlank();
        assertThat(signed.value()).contains("\"contractId\":\"" + contractId + "\"", "\"cpas\":\"21004\"", "\"contractType\":\"general\"")
                .doesNotContain("85073003328", "Peeters");
    }

    /** [int-negot]: a social worker reads the refusal in their language; what a program reads of it stays the same. */
    @Test
    void C7_a_refusal_is_said_in_dutch_or_german_when_accept_language_asks() {
        String contractId = proposedContract(BRUSSELS);
        LocalDate reflectionEndsOn = LocalDate.parse(asWorker(BRUSSELS).get("/piis/v1/contracts/{id}", contractId)
                .then().statusCode(200).extract().path("reflectionEndsOn"));
        LocalDate signableFrom = reflectionEndsOn.plusDays(1);

        signedDuringReflection(asWorker(BRUSSELS), contractId).header("Content-Language", "fr-BE")
                .body("title", equalTo("Refusé par une règle"))
                .body("detail", equalTo("Le délai de réflexion du bénéficiaire court jusqu'au " + SpelledDates.french(reflectionEndsOn)
                        + " inclus : le contrat peut être signé à partir du " + SpelledDates.french(signableFrom)));
        signedDuringReflection(asWorker(BRUSSELS).header("Accept-Language", "nl-BE"), contractId).header("Content-Language", "nl-BE")
                .body("title", equalTo("Geweigerd door een regel"))
                .body("detail", equalTo("De bedenktijd van de begunstigde loopt tot en met " + SpelledDates.dutch(reflectionEndsOn)
                        + ": het contract kan ondertekend worden vanaf " + SpelledDates.dutch(signableFrom)));
        signedDuringReflection(asWorker(BRUSSELS).header("Accept-Language", "de-BE"), contractId).header("Content-Language", "de-BE")
                .body("title", equalTo("Von einer Regel abgelehnt"))
                .body("detail", equalTo("Die Bedenkzeit der begünstigten Person läuft bis einschließlich " + SpelledDates.german(reflectionEndsOn)
                        + ": Der Vertrag kann ab dem " + SpelledDates.german(signableFrom) + " unterzeichnet werden"));
    }

    @Test
    void X1_a_contract_of_another_cpas_is_not_found() {
        String contractId = proposedContract(BRUSSELS);

        asWorker(LIEGE).get("/piis/v1/contracts/{id}", contractId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
        asWorker(LIEGE).body("{\"party\":\"cpas\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(404);
    }

    @Test
    void C4_a_contract_without_replacement_worker_is_not_proposed() {
        String beneficiaryId = registeredBeneficiary(BRUSSELS, null);
        String contractId = asWorker(BRUSSELS).body(contractBody(beneficiaryId, "\"referentWorker\":\"Marie Dubois\","))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");

        asWorker(BRUSSELS).post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(422)
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("C4"));
    }

    @Test
    void C3_a_contract_without_the_cpas_own_commitments_is_not_proposed() {
        String body = "{\"beneficiaryId\":\"" + registeredBeneficiary(BRUSSELS, null) + "\",\"type\":\"general\","
                + "\"startDate\":\"2026-12-01\",\"endDate\":\"2027-11-30\"," + WORKERS
                + "\"goals\":[{\"kind\":\"social\",\"title\":\"Find stable housing\",\"steps\":[]}],"
                + "\"commitments\":[{\"party\":\"beneficiary\",\"description\":\"Visit three flats a week\"}]}";
        String contractId = asWorker(BRUSSELS).body(body).post("/piis/v1/contracts").then().statusCode(201).extract().path("id");

        asWorker(BRUSSELS).post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(422)
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("C3"));
    }

    @Test
    void a_beneficiary_has_contact_details_and_a_student_status() {
        String body = "{\"ssin\":\"" + SsinFactory.bornOn(LocalDate.of(2004, 2, 11)) + "\",\"firstName\":\"Lena\",\"lastName\":\"Janssens\","
                + "\"birthDate\":\"2004-02-11\",\"language\":\"nl\",\"student\":true,\"risDecisionDate\":\"2026-11-02\","
                + "\"contact\":{\"email\":\"lena@example.org\",\"phone\":\"+32 470 12 34 56\",\"address\":\"Rue Haute 1, 1000 Bruxelles\"}}";
        String id = asWorker(BRUSSELS).body(body).post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");

        asWorker(BRUSSELS).get("/piis/v1/beneficiaries/{id}", id).then().statusCode(200)
                .body("student", equalTo(true))
                .body("contact.email", equalTo("lena@example.org"))
                .body("contact.address", equalTo("Rue Haute 1, 1000 Bruxelles"));
        asWorker(BRUSSELS).body(beneficiaryBody(SsinFactory.next()).replace("\"language\"", "\"contact\":{\"email\":\"not-an-address\"},\"language\""))
                .post("/piis/v1/beneficiaries").then().statusCode(400)
                .body("issues[0].name", equalTo("contact.email"));
    }

    @Test
    void C5_the_person_who_assists_the_beneficiary_is_recorded_in_the_contract() {
        String contractId = asWorker(BRUSSELS)
                .body(contractBody(registeredBeneficiary(BRUSSELS, null), WORKERS + "\"personOfTrust\":\"Sofia Peeters (sister)\","))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");

        asWorker(BRUSSELS).get("/piis/v1/contracts/{id}", contractId).then().statusCode(200)
                .body("personOfTrust", equalTo("Sofia Peeters (sister)"));
    }

    @Test
    void C7_proposing_twice_is_a_conflict() {
        String contractId = proposedContract(BRUSSELS);

        asWorker(BRUSSELS).post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(409)
                .body("type", equalTo("urn:problem-type:cpas:piis:conflict"))
                .body("rule", equalTo("C7"));
    }

    @Test
    void X5_a_malformed_body_is_a_400_problem() {
        asWorker(BRUSSELS).body("{\"beneficiaryId\": ").post("/piis/v1/contracts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("status", equalTo(400));
    }

    @Test
    void X5_a_missing_body_where_one_is_required_is_a_400() {
        asWorker(BRUSSELS).post("/piis/v1/contracts/{id}/signatures", java.util.UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:badRequest"));
    }

    @Test
    void X9_a_handover_date_in_the_future_is_refused_and_today_is_accepted() {
        String beneficiaryId = registeredBeneficiary(BRUSSELS, null);
        String contractId = asWorker(BRUSSELS)
                .body(contractBody(beneficiaryId, WORKERS))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");

        asWorker(BRUSSELS).body("{\"handedOverOn\":\"" + clock.today().plusDays(1) + "\"}")
                .post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(422).body("rule", equalTo("X9"));
        asWorker(BRUSSELS).body("{\"handedOverOn\":\"" + clock.today() + "\"}")
                .post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(200).body("handedOverOn", equalTo(clock.today().toString()));
    }

    @Test
    void X5_invalid_fields_are_listed_as_issues() {
        asWorker(BRUSSELS).body("{\"type\":\"general\",\"startDate\":\"2026-12-01\"}").post("/piis/v1/contracts")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues.name", hasItem("beneficiaryId"))
                .body("issues.name", hasItem("endDate"))
                .body("issues.in", hasItem("body"));
    }

    @Test
    void X5_unknown_properties_and_codes_are_refused() {
        asWorker(BRUSSELS).body("{\"party\":\"beneficiary\",\"mood\":\"happy\"}")
                .post("/piis/v1/contracts/{id}/signatures", java.util.UUID.randomUUID())
                .then().log().ifValidationFails().statusCode(400)
                .body("issues[0].name", equalTo("mood"));
        asWorker(BRUSSELS).body("{\"party\":\"BENEFICIARY\"}")
                .post("/piis/v1/contracts/{id}/signatures", java.util.UUID.randomUUID())
                .then().statusCode(400)
                .body("issues[0].name", equalTo("party"));
    }

    @Test
    void X3_an_invalid_niss_is_refused_and_not_echoed() {
        asWorker(BRUSSELS).body(beneficiaryBody("85073003329")).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues[0].name", equalTo("ssin"))
                .body("issues[0].in", equalTo("body"))
                .body("issues[0].value", nullValue());
    }

    /** The same person three times in one CPAS: 85073003328 in ASCII, full-width and Arabic-Indic digits. */
    @Test
    void X3_a_niss_of_full_width_digits_is_refused() {
        registeredBeneficiary(ANTWERP, "85073003328");
        for (String sameNumber : new String[] {"\uFF18\uFF15\uFF10\uFF17\uFF13\uFF10\uFF10\uFF10\uFF13\uFF12\uFF18",
            "\u0668\u0665\u0660\u0667\u0663\u0660\u0660\u0660\u0663\u0662\u0668"}) {
            asWorker(ANTWERP).body(beneficiaryBody(sameNumber)).post("/piis/v1/beneficiaries")
                    .then().statusCode(400)
                    .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                    .body("issues[0].name", equalTo("ssin"))
                    .body("issues[0].value", nullValue());
        }
        asWorker(ANTWERP).body("{\"ssin\":\"85073003328\"}").post("/piis/v1/beneficiaries/search")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void X3_a_birth_date_in_another_century_than_the_check_digits_give_is_refused() {
        // 85073003357 passes only the check of a birth in 2085.
        asWorker(LIEGE).body(beneficiaryBody("85073003357")).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues.size()", equalTo(1))
                .body("issues[0].in", equalTo("body"))
                .body("issues[0].name", equalTo("birthDate"))
                .body("issues[0].detail", containsString("century"))
                .body("issues[0].detail", not(containsString("85073003357")));
        asWorker(LIEGE).body("{\"ssin\":\"85073003357\"}").post("/piis/v1/beneficiaries/search")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void X3_a_birth_date_other_than_the_niss_carries_is_refused() {
        String nextDay = beneficiaryBody(SsinFactory.next()).replace("1985-07-30", "1985-07-31");
        asWorker(LIEGE).body(nextDay).post("/piis/v1/beneficiaries")
                .then().statusCode(400).body("issues[0].name", equalTo("birthDate")).body("issues[0].value", equalTo("1985-07-31"));
    }

    @Test
    void X3_bis_numbers_and_unknown_months_are_checked_on_what_they_know() {
        asWorker(LIEGE).body(beneficiaryBody("85273003371")).post("/piis/v1/beneficiaries").then().statusCode(201);
        asWorker(LIEGE).body(beneficiaryBody("80000100197").replace("1985-07-30", "1980-05-01")).post("/piis/v1/beneficiaries")
                .then().statusCode(201);
        asWorker(LIEGE).body(beneficiaryBody("85070003355").replace("1985-07-30", "1985-07-12")).post("/piis/v1/beneficiaries")
                .then().statusCode(201);
        asWorker(LIEGE).body(beneficiaryBody("85473003317").replace("1985-07-30", "1985-08-30")).post("/piis/v1/beneficiaries")
                .then().statusCode(400).body("issues[0].name", equalTo("birthDate"));
    }

    @Test
    void C1_a_beneficiary_shows_the_signing_deadline_three_months_after_the_ris_decision() {
        String id = registeredBeneficiary(BRUSSELS, "85073003328");

        asWorker(BRUSSELS).get("/piis/v1/beneficiaries/{id}", id)
                .then().statusCode(200)
                .body("risDecisionDate", equalTo("2026-11-02"))
                .body("signingDeadline", equalTo("2027-02-02"))
                .body("language", equalTo("fr"))
                .body("href", containsString("/piis/v1/beneficiaries/" + id));
    }

    @Test
    void X1_the_same_person_is_one_beneficiary_per_cpas() {
        String bornIn2000 = beneficiaryBody("00010100105").replace("1985-07-30", "2000-01-01");
        asWorker(LIEGE).body(bornIn2000).post("/piis/v1/beneficiaries").then().statusCode(201);

        asWorker(LIEGE).body(bornIn2000).post("/piis/v1/beneficiaries")
                .then().statusCode(409)
                .body("type", equalTo("urn:problem-type:cpas:piis:conflict"))
                .body("detail", org.hamcrest.Matchers.not(containsString("00010100105")));
        asWorker(LIEGE).body("{\"ssin\":\"00010100105\"}").post("/piis/v1/beneficiaries/search")
                .then().statusCode(200).body("items.size()", equalTo(1));
        asWorker("11002").body("{\"ssin\":\"00010100105\"}").post("/piis/v1/beneficiaries/search")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void X2_no_expired_or_forged_token_is_401_and_a_reader_cannot_write() {
        given().get("/piis/v1/contracts/{id}", java.util.UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:noAccessToken"));
        given().auth().oauth2(DevTokens.expired(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/contracts/{id}", java.util.UUID.randomUUID())
                .then().statusCode(401)
                .body("type", equalTo("urn:problem-type:belgif:expiredAccessToken"));
        given().auth().oauth2("not.a.token").get("/piis/v1/contracts/{id}", java.util.UUID.randomUUID())
                .then().statusCode(401)
                .body("type", equalTo("urn:problem-type:belgif:invalidAccessToken"));
        ContractsApi.as(BRUSSELS, "AUDITOR")
                .body(beneficiaryBody("85073003328")).post("/piis/v1/beneficiaries")
                .then().statusCode(403)
                .body("type", equalTo("urn:problem-type:belgif:missingPermission"));
    }

    @Test
    void the_development_clock_moves_today_in_local_and_test_profiles() {
        ContractsApi.as(BRUSSELS, "CPAS_ADMIN").body("{\"today\":\"2027-03-01\"}").put("/dev/clock")
                .then().statusCode(200).body("today", equalTo("2027-03-01"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    private static ValidatableResponse signedDuringReflection(RequestSpecification worker, String contractId) {
        return worker.body("{\"party\":\"beneficiary\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("status", equalTo(422))
                .body("rule", equalTo("C7"));
    }

    private String proposedContract(String cpas) {
        String beneficiaryId = registeredBeneficiary(cpas, null);
        String contractId = asWorker(cpas)
                .body(contractBody(beneficiaryId, WORKERS))
                .post("/piis/v1/contracts")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("draft"))
                .body("goals[0].kind", equalTo("professional"))
                .body("goals[0].steps[0].responsible", equalTo("beneficiary"))
                .extract().path("id");
        given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(200)
                .body("status", equalTo("proposed"))
                .body("handedOverOn", equalTo(clock.today().toString()))
                .body("reflectionEndsOn", notNullValue());
        return contractId;
    }
}
