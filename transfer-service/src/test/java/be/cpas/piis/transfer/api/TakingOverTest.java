package be.cpas.piis.transfer.api;

import static be.cpas.piis.transfer.SentDossiers.deliver;
import static be.cpas.piis.transfer.SentDossiers.someSsin;
import static be.cpas.piis.transfer.StartedTransfers.awaitStarted;
import static be.cpas.piis.transfer.StartedTransfers.signedContract;
import static be.cpas.piis.transfer.StartedTransfers.startedTransfer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.transfer.ContractsServiceStandIn;
import be.cpas.piis.transfer.OtherSystems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** T2: what the take-over keeps of the dossier, the beneficiary's file and the contract's partners, and the dossier that carries it. */
@QuarkusTest
class TakingOverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";
    private static final String LOGISTICS = "Find a job in logistics";
    private static final String HOUSING = "Find housing";

    @Test
    void T2_a_taken_over_beneficiary_keeps_the_ris_history_contact_and_student_status_and_is_no_first_ris() {
        String transferId = UUID.randomUUID().toString();
        String ssin = someSsin();
        deliver(BRUSSELS, transferId, dossier(transferId, ssin, """
                ,"risDecisionDate":"2026-03-02","previousRisEndedOn":"2025-06-30","cpasEmploymentEndedOn":"2025-12-31","student":true,
                 "contact":{"address":"Rue Haute 12, 4000 Liège","email":"ana.peeters@example.be","phone":"+32 4 123 45 67"}""",
                "")).then().statusCode(201);

        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"The project fits Liège\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200);

        JsonNode registered = registered(ssin);
        assertThat(registered.path("takenOverFrom").asText()).isEqualTo(BRUSSELS);
        assertThat(registered.path("takenOverOn").asText()).isEqualTo("2026-11-20");
        assertThat(registered.path("risDecisionDate").asText()).isEqualTo("2026-03-02");
        assertThat(registered.path("previousRisEndedOn").asText()).isEqualTo("2025-06-30");
        assertThat(registered.path("cpasEmploymentEndedOn").asText()).isEqualTo("2025-12-31");
        assertThat(registered.path("student").asBoolean()).isTrue();
        assertThat(registered.path("contact").path("address").asText()).isEqualTo("Rue Haute 12, 4000 Liège");
        assertThat(registered.path("contact").path("phone").asText()).isEqualTo("+32 4 123 45 67");
    }

    @Test
    void T2_this_cpas_own_ris_decision_comes_before_the_dossiers() {
        String transferId = UUID.randomUUID().toString();
        String ssin = someSsin();
        deliver(BRUSSELS, transferId, dossier(transferId, ssin, ",\"risDecisionDate\":\"2026-03-02\"", "")).then().statusCode(201);

        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Continue\",\"risDecisionDate\":\"2026-11-25\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200);

        assertThat(registered(ssin).path("risDecisionDate").asText()).isEqualTo("2026-11-25");
        assertThat(registered(ssin).path("takenOverFrom").asText()).isEqualTo(BRUSSELS);
    }

    @Test
    void T2_a_partial_take_over_keeps_the_partners_of_the_goals_it_takes_and_only_them() {
        String transferId = UUID.randomUUID().toString();
        deliver(BRUSSELS, transferId, dossier(transferId, someSsin(), "", """
                ,"partners":[{"name":"Bruxelles Formation","expectations":"Train Ana as a forklift driver","goals":["%s"]},
                             {"name":"Fonds du logement","expectations":"Find Ana a social flat","goals":["%s"]}]"""
                .formatted(LOGISTICS, HOUSING))).then().statusCode(201);

        String draftId = asLiegeWorker().body("{\"takeOver\":\"partial\",\"goals\":[\"%s\"],\"reasons\":\"Housing first\"}".formatted(HOUSING))
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200).extract().path("draftContractId");

        JsonNode draft = OtherSystems.contractsService().created("/piis/v1/contracts").stream()
                .filter(contract -> contract.path("id").asText().equals(draftId)).findFirst().orElseThrow();
        assertThat(draft.path("goals")).extracting(goal -> goal.path("title").asText()).containsExactly(HOUSING);
        assertThat(draft.path("goals").get(0).path("steps")).extracting(step -> step.path("responsible").asText()).containsExactly("partner");
        assertThat(draft.path("partners")).singleElement().satisfies(partner -> {
            assertThat(partner.path("name").asText()).isEqualTo("Fonds du logement");
            assertThat(partner.path("expectations").asText()).isEqualTo("Find Ana a social flat");
        });
    }

    @Test
    void T2_T5_a_dossier_whose_partner_takes_part_in_no_goal_of_it_or_with_a_malformed_contact_is_refused_with_the_part_named() {
        String unknownGoal = UUID.randomUUID().toString();
        deliver(BRUSSELS, unknownGoal, dossier(unknownGoal, someSsin(), "", """
                ,"partners":[{"name":"Bruxelles Formation","expectations":"Train Ana","goals":["Learn Dutch"]}]""")).then().statusCode(400)
                .body("issues.name", contains("contract.partners[0].goals"));
        String badContact = UUID.randomUUID().toString();
        deliver(BRUSSELS, badContact, dossier(badContact, someSsin(), ",\"contact\":{\"email\":\"not an address\",\"phone\":\"%s\"}"
                .formatted("1".repeat(51)), "")).then().statusCode(400)
                .body("issues.name", contains("beneficiary.contact.email", "beneficiary.contact.phone"));
        String noExpectations = UUID.randomUUID().toString();
        deliver(BRUSSELS, noExpectations, dossier(noExpectations, someSsin(), "", """
                ,"partners":[{"name":"Bruxelles Formation","goals":[]}]""")).then().statusCode(400)
                .body("issues.name", contains("contract.partners[0].expectations"));
    }

    @Test
    void T2_T3_the_dossier_carries_what_contracts_service_knows_of_the_beneficiary_and_the_partners_unless_refused() {
        ContractsServiceStandIn contractsService = OtherSystems.contractsService();
        UUID contractId = signedContract("general");
        contractsService.changeContract(contractId, contract -> contract.set("partners", read("""
                [{"id":"%s","name":"Bruxelles Formation","expectations":"Train Ana as a forklift driver"}]""".formatted(UUID.randomUUID()))));
        UUID transferId = startedTransfer(contractId, LIEGE);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asLiegeWorker().get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(200)
                .body("dossier.beneficiary.risDecisionDate", equalTo("2026-03-02"))
                .body("dossier.beneficiary.previousRisEndedOn", equalTo("2025-06-30"))
                .body("dossier.beneficiary.student", equalTo(true))
                .body("dossier.beneficiary.contact.address", equalTo("Rue Haute 12, 1000 Bruxelles"))
                .body("dossier.contract.partners[0].name", equalTo("Bruxelles Formation"))
                .body("dossier.contract.partners[0].expectations", equalTo("Train Ana as a forklift driver"))
                .body("dossier.contract.partners[0].goals", contains(LOGISTICS)));

        UUID refused = UUID.fromString(awaitStarted("{\"contractId\":\"%s\",\"newMunicipality\":\"%s\",\"beneficiaryRefusal\":true}"
                .formatted(signedContract("general"), LIEGE)).then().statusCode(201).extract().path("id"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asLiegeWorker().get("/piis/v1/incomingTransfers/{id}", refused).then()
                .statusCode(200)
                .body("dossier.beneficiary.lastName", equalTo("Peeters"))
                .body("dossier.beneficiary", not(hasKey("contact")))
                .body("dossier.beneficiary", not(hasKey("risDecisionDate")))
                .body("dossier", not(hasKey("contract"))));
    }

    /**
     * A dossier from Brussels to Liège for {@code ssin}, with {@code person} added to the beneficiary and
     * {@code contract} to the contract, whose goals are finding a job with a partner and housing with another.
     */
    private static String dossier(String transferId, String ssin, String person, String contract) {
        return """
                {"transferId":"%s","fromCpas":"%s","toCpas":"%s","movedOn":"2026-11-20","beneficiaryRefused":false,
                 "beneficiary":{"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"1985-07-30","language":"fr"%s},
                 "contract":{"contractId":"%s","type":"general","version":1,"startDate":"2026-12-01","endDate":"2027-11-30",
                  "goals":[{"kind":"professional","title":"%s","steps":[
                             {"description":"Follow the forklift training","responsible":"partner","status":"planned"}]},
                           {"kind":"social","title":"%s","steps":[
                             {"description":"Visit three social flats","responsible":"partner","status":"planned"}]}],
                  "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]%s}}
                """.formatted(transferId, BRUSSELS, LIEGE, ssin, person, UUID.randomUUID(), LOGISTICS, HOUSING, contract);
    }

    private static JsonNode registered(String ssin) {
        return OtherSystems.contractsService().created("/piis/v1/beneficiaries").stream()
                .filter(beneficiary -> beneficiary.path("ssin").asText().equals(ssin)).findFirst().orElseThrow();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static RequestSpecification asLiegeWorker() {
        return given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }
}
