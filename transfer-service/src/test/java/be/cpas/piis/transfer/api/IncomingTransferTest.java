package be.cpas.piis.transfer.api;

import static be.cpas.piis.transfer.SentDossiers.deliver;
import static be.cpas.piis.transfer.SentDossiers.dossier;
import static be.cpas.piis.transfer.SentDossiers.someSsin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import be.cpas.piis.transfer.ContractsServiceStandIn;
import be.cpas.piis.transfer.OtherSystems;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** T3, T5, T6 on the receiving side: the API another CPAS system calls to deliver a dossier. */
@QuarkusTest
class IncomingTransferTest {

    @Inject
    SentDocuments sentDocuments;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";

    @Test
    void T5_a_dossier_delivered_twice_with_its_idempotency_key_is_kept_once() {
        String transferId = UUID.randomUUID().toString();
        String dossier = dossier(transferId, LIEGE, false, true);

        deliver(BRUSSELS, transferId, dossier).then().statusCode(201)
                .body("id", equalTo(transferId))
                .body("status", equalTo("received"));
        deliver(BRUSSELS, transferId, dossier).then().statusCode(201).body("id", equalTo(transferId));
        deliver(BRUSSELS, transferId, dossier.replace("Ana", "Anna")).then().statusCode(409);
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.findAll { it.id == '%s' }.size()".formatted(transferId), equalTo(1));
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(200).body("dossier.contract.goals[0].title", equalTo("Find a job in logistics"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(404);
    }

    @Test
    void X3_T5_a_dossier_whose_birth_date_is_not_the_one_its_niss_carries_is_refused_and_nothing_is_stored() {
        String transferId = UUID.randomUUID().toString();
        // 85073003357 passes only the check of a birth in 2085: the dossier says 1985.
        String inAnotherCentury = dossier(transferId, LIEGE, false, true).replace("85073003328", "85073003357");

        deliver(BRUSSELS, transferId, inAnotherCentury).then().statusCode(400)
                .body("issues.name", contains("beneficiary.birthDate"))
                .body("issues[0].value", nullValue());
        nothingStored(transferId);
    }

    @Test
    void T5_a_dossier_comes_authenticated_as_the_sending_cpas_with_an_idempotency_key() {
        String transferId = UUID.randomUUID().toString();

        partner(BRUSSELS).body(dossier(transferId, LIEGE, false, true)).post("/piis/v1/incomingTransfers").then().statusCode(400)
                .body("issues[0].name", equalTo("Idempotency-Key"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).contentType(ContentType.JSON).header("Idempotency-Key", transferId)
                .body(dossier(transferId, LIEGE, false, true)).post("/piis/v1/incomingTransfers").then().statusCode(403);
        deliver("11002", transferId, dossier(transferId, LIEGE, false, true)).then().statusCode(400)
                .body("issues[0].name", equalTo("fromCpas"));
        deliver(BRUSSELS, transferId, dossier(transferId, LIEGE, false, true).replace("85073003328", "85073003300")).then().statusCode(400);
    }

    @Test
    void T5_a_dossier_whose_goal_has_no_steps_is_refused_whole_and_nothing_is_stored() {
        String transferId = UUID.randomUUID().toString();
        ObjectNode dossier = dossierWith(transferId, "/contract/goals/0/steps", null);
        ((ObjectNode) dossier.at("/contract")).putNull("commitments");

        List<String> issues = deliver(BRUSSELS, transferId, dossier.toString()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues.in", everyItem(equalTo("body")))
                .extract().path("issues.name");
        assertThat(issues).containsExactlyInAnyOrder("contract.commitments", "contract.goals[0].steps");
        nothingStored(transferId);
    }

    /** Each part a take-over needs, missing or null, or an item of a list that is null (T2, T5); a contract unless refused (T3). */
    static Stream<Arguments> incompleteDossiers() {
        return Stream.of(
                arguments("/transferId", null, "transferId"),
                arguments("/movedOn", null, "movedOn"),
                arguments("/beneficiary", null, "beneficiary"),
                arguments("/beneficiary/birthDate", null, "beneficiary.birthDate"),
                arguments("/beneficiary/language", null, "beneficiary.language"),
                arguments("/contract", null, "contract"),
                arguments("/contract/contractId", null, "contract.contractId"),
                arguments("/contract/type", null, "contract.type"),
                arguments("/contract/startDate", null, "contract.startDate"),
                arguments("/contract/endDate", null, "contract.endDate"),
                arguments("/contract/goals", null, "contract.goals"),
                arguments("/contract/goals", "[]", "contract.goals"),
                arguments("/contract/goals", "[null]", "contract.goals[0]"),
                arguments("/contract/goals/0/kind", null, "contract.goals[0].kind"),
                arguments("/contract/goals/0/title", "\" \"", "contract.goals[0].title"),
                arguments("/contract/goals/0/steps", "[null]", "contract.goals[0].steps[0]"),
                arguments("/contract/goals/0/steps/0/description", null, "contract.goals[0].steps[0].description"),
                arguments("/contract/goals/0/steps/0/responsible", null, "contract.goals[0].steps[0].responsible"),
                arguments("/contract/goals/0/steps/0/status", "\"finished\"", "contract.goals[0].steps[0].status"),
                arguments("/contract/commitments", null, "contract.commitments"),
                arguments("/contract/commitments", "[null]", "contract.commitments[0]"),
                arguments("/contract/commitments/0/party", "\"council\"", "contract.commitments[0].party"),
                arguments("/contract/commitments/0/description", null, "contract.commitments[0].description"),
                arguments("/evaluations", "{\"held\":-1,\"missed\":0,\"planned\":0}", "evaluations.held"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("incompleteDossiers")
    void T5_a_dossier_missing_a_part_is_refused_with_that_part_named_and_nothing_is_stored(String part, String replacement, String issue) {
        String transferId = UUID.randomUUID().toString();

        List<String> issues = deliver(BRUSSELS, transferId, dossierWith(transferId, part, replacement).toString()).then().statusCode(400)
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues[0].in", equalTo("body"))
                .extract().path("issues.name");
        assertThat(issues).containsExactly(issue);
        nothingStored(transferId);
    }

    /** Every text and every list of a dossier has a bound, those of contracts-service where the take-over passes them on. */
    static Stream<Arguments> oversizedDossiers() {
        String goal = "{\"kind\":\"social\",\"title\":\"Find housing\",\"steps\":[]}";
        String step = "{\"description\":\"Visit\",\"responsible\":\"cpas\",\"status\":\"planned\"}";
        String commitment = "{\"party\":\"cpas\",\"description\":\"Help\"}";
        return Stream.of(
                arguments("/beneficiary/lastName", text(201), "beneficiary.lastName"),
                arguments("/contract/goals/0/title", text(501), "contract.goals[0].title"),
                arguments("/contract/goals/0/steps/0/description", text(2001), "contract.goals[0].steps[0].description"),
                arguments("/contract/commitments/0/description", text(2001), "contract.commitments[0].description"),
                arguments("/contract/goals", list(goal, 51), "contract.goals"),
                arguments("/contract/goals/0/steps", list(step, 101), "contract.goals[0].steps"),
                arguments("/contract/commitments", list(commitment, 101), "contract.commitments"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("oversizedDossiers")
    void T5_a_dossier_beyond_the_bound_of_a_text_or_a_list_is_refused_with_that_part_named(String part, String replacement, String issue) {
        String transferId = UUID.randomUUID().toString();

        List<String> issues = deliver(BRUSSELS, transferId, dossierWith(transferId, part, replacement).toString()).then().statusCode(400)
                .extract().path("issues.name");
        assertThat(issues).containsExactly(issue);
        nothingStored(transferId);
    }

    @Test
    void C3_a_dossier_whose_contract_ends_before_it_starts_is_refused_with_the_rule() {
        String transferId = UUID.randomUUID().toString();

        deliver(BRUSSELS, transferId, dossierWith(transferId, "/contract/endDate", "\"2026-11-30\"").toString()).then().statusCode(422)
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("C3"));
        nothingStored(transferId);
    }

    @Test
    void T3_a_refused_transfer_carries_the_move_and_no_content() {
        String refusedWithContent = UUID.randomUUID().toString();
        deliver(BRUSSELS, refusedWithContent, dossier(refusedWithContent, LIEGE, true, true)).then().statusCode(422)
                .body("rule", equalTo("T3"));

        String refused = UUID.randomUUID().toString();
        deliver(BRUSSELS, refused, dossier(refused, LIEGE, true, false)).then().statusCode(201);
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", refused).then()
                .statusCode(200)
                .body("beneficiaryRefusal", equalTo(true))
                .body("dossier", not(hasKey("contract")))
                .body("dossier.beneficiary.lastName", equalTo("Peeters"));
    }

    @Test
    void T2_the_new_cpas_decides_the_take_over_once_with_its_reasons() {
        String transferId = UUID.randomUUID().toString();
        deliver(BRUSSELS, transferId, dossier(transferId, LIEGE, false, true)).then().statusCode(201);

        asLiegeWorker().body("{\"takeOver\":\"partial\",\"goals\":[\"Learn Dutch\"],\"reasons\":\"Only part fits\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(400).body("issues[0].name", equalTo("goals"));
        given().auth().oauth2(DevTokens.forCpas("11002", "SOCIAL_WORKER")).contentType(ContentType.JSON)
                .body("{\"takeOver\":\"none\",\"reasons\":\"Not ours\"}").post("/piis/v1/incomingTransfers/{id}/takeOver", transferId)
                .then().statusCode(404);
        asLiegeWorker().body("{\"takeOver\":\"none\",\"reasons\":\"A training in Liège replaces the project\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200)
                .body("status", equalTo("takenOver"))
                .body("takeOver", equalTo("none"));
        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Changed our mind\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(409).body("rule", equalTo("T2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventLog.readAll(Topics.TRANSFERS).stream()
                .anyMatch(record -> EventType.TRANSFER_ACCEPTED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE))
                        && record.value().contains(transferId) && record.value().contains("\"takeOver\":\"none\"")));

        String refused = UUID.randomUUID().toString();
        deliver(BRUSSELS, refused, dossier(refused, LIEGE, true, false)).then().statusCode(201);
        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Continue\"}").post("/piis/v1/incomingTransfers/{id}/takeOver", refused)
                .then().statusCode(409).body("rule", equalTo("T3"));
    }

    @Test
    void T2_a_take_over_contracts_service_fails_decides_nothing_and_once_repeated_creates_each_thing_once() {
        String transferId = UUID.randomUUID().toString();
        String ssin = someSsin();
        deliver(BRUSSELS, transferId, dossierWith(transferId, "/beneficiary/ssin", "\"" + ssin + "\"").toString()).then().statusCode(201);
        ContractsServiceStandIn contractsService = OtherSystems.contractsService();
        String fullTakeOver = "{\"takeOver\":\"full\",\"reasons\":\"The project fits Liège\"}";

        OtherSystems.servicesDown();
        try {
            asLiegeWorker().body(fullTakeOver).post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:belgif:serviceUnavailable"));
        } finally {
            OtherSystems.servicesUp();
        }
        contractsService.draftingBroken(true);
        try {
            asLiegeWorker().body(fullTakeOver).post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(503)
                    .body("type", equalTo("urn:problem-type:belgif:serviceUnavailable"))
                    .body("detail", equalTo("contracts-service n'a pas pu établir le projet de contrat : il a répondu 503. "
                            + "Rien n'a été décidé : renvoyez la même décision plus tard"));
        } finally {
            contractsService.draftingBroken(false);
        }
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(200).body("status", equalTo("received")).body("$", not(hasKey("takeOver")));

        String draftContractId = asLiegeWorker().body(fullTakeOver).post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then()
                .statusCode(200)
                .body("status", equalTo("takenOver"))
                .extract().path("draftContractId");

        List<JsonNode> registered = contractsService.created("/piis/v1/beneficiaries").stream()
                .filter(beneficiary -> beneficiary.path("ssin").asText().equals(ssin)).toList();
        assertThat(registered).hasSize(1);
        assertThat(contractsService.created("/piis/v1/contracts")).filteredOn(contract -> contract.path("beneficiaryId").equals(
                registered.get(0).path("id"))).singleElement().satisfies(draft -> assertThat(draft.path("id").asText()).isEqualTo(draftContractId));
        assertThat(contractsService.calls("/piis/v1/contracts")).filteredOn(call -> call.idempotencyKey().startsWith(transferId))
                .isNotEmpty().allSatisfy(call -> assertThat(call.idempotencyKey()).isEqualTo(transferId + ":draft"));
        asLiegeWorker().body(fullTakeOver).post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(409)
                .body("rule", equalTo("T2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventLog.readAll(Topics.TRANSFERS).stream()
                .filter(record -> EventType.TRANSFER_ACCEPTED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .filter(record -> record.value().contains(transferId)).count() == 1);
    }

    @Test
    void X5_the_take_over_documents_the_problems_a_failing_contracts_service_causes() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/piis/v1/incomingTransfers/{transferId}/takeOver'.post.responses.keySet()", hasItems("200", "502", "503"));
    }

    @Test
    void T6_a_dossier_for_a_cpas_another_system_serves_is_kept_to_forward_within_five_days_and_the_beneficiary_told() {
        String transferId = UUID.randomUUID().toString();

        deliver(LIEGE, transferId, fromLiegeToGhent(transferId, "fr")).then().statusCode(201)
                .body("status", equalTo("forwarding"))
                .body("forwardBy", equalTo(LocalDate.now(PiisClock.BRUSSELS).plusDays(5).toString()));

        List<SentDocuments.SentDocument> letters = sentDocuments.of(UUID.fromString(transferId));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo("forwardingLetter");
            assertThat(letter.language()).isEqualTo(Language.FR);
        });
        byte[] letter = sentDocuments.content(UUID.fromString(transferId), letters.get(0).id()).orElseThrow();
        assertThat(PdfText.of(letter)).contains("Votre dossier est transmis au CPAS compétent", "le CPAS de Liège a transmis",
                "le CPAS de Gand", "Ana Peeters Korenmarkt 5 9000 Gent", "CPAS de Bruxelles Rue Haute 298A 1000 Bruxelles",
                "Bruxelles, le ", "Notre référence : Transfert PIIS " + transferId, "Pour le CPAS de Bruxelles, le service des transferts");
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.id", not(hasItem(transferId)));
    }

    @Test
    void A4_T6_the_forwarding_letter_is_written_wholly_in_the_beneficiarys_language() {
        String dutch = UUID.randomUUID().toString();
        deliver(LIEGE, dutch, fromLiegeToGhent(dutch, "nl")).then().statusCode(201);
        assertThat(PdfText.of(onlyLetterOf(dutch))).contains("OCMW Brussel Hoogstraat 298A 1000 Brussel", "Brussel, ",
                        "Onze referentie: Overdracht GPMI " + dutch, "OCMW Luik", "OCMW Gent", "Ana Peeters Korenmarkt 5 9000 Gent",
                        "Voor het OCMW Brussel")
                .doesNotContain("CPAS de", "Bruxelles");
        String german = UUID.randomUUID().toString();
        deliver(LIEGE, german, fromLiegeToGhent(german, "de")).then().statusCode(201);
        assertThat(PdfText.of(onlyLetterOf(german))).contains("ÖSHZ Brüssel", "Brüssel, den ", "Unser Zeichen: Übermittlung IPSI " + german,
                "Für das ÖSHZ Brüssel").doesNotContain("CPAS de", "OCMW");
    }

    /** T6: a dossier Liège's system sends to Ghent, which reached this system instead; the beneficiary lives in Ghent now. */
    private static String fromLiegeToGhent(String transferId, String language) {
        return dossier(transferId, "44021", false, true)
                .replace("\"fromCpas\":\"" + BRUSSELS + "\"", "\"fromCpas\":\"" + LIEGE + "\"")
                .replace("\"language\":\"fr\"}", "\"language\":\"" + language + "\",\"contact\":{\"address\":\"Korenmarkt 5, 9000 Gent\"}}");
    }

    private byte[] onlyLetterOf(String transferId) {
        List<SentDocuments.SentDocument> letters = sentDocuments.of(UUID.fromString(transferId));
        assertThat(letters).hasSize(1);
        return sentDocuments.content(UUID.fromString(transferId), letters.get(0).id()).orElseThrow();
    }

    @Test
    void incoming_dossiers_are_paged_with_a_keyset_cursor() {
        String ixelles = "21009";
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        deliver(BRUSSELS, first, dossier(first, ixelles, false, true)).then().statusCode(201);
        deliver(BRUSSELS, second, dossier(second, ixelles, false, true)).then().statusCode(201);

        String next = given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).queryParam("pageSize", 1)
                .get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.id", contains(first))
                .extract().path("next");
        given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).get(next).then().statusCode(200)
                .body("items.id", contains(second));
        given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).queryParam("cursor", "forged").get("/piis/v1/incomingTransfers")
                .then().statusCode(400);
    }

    @Test
    void T6_a_dossier_for_a_cpas_nobody_here_knows_is_refused_with_the_rule() {
        String transferId = UUID.randomUUID().toString();

        deliver(BRUSSELS, transferId, dossier(transferId, "99999", false, true)).then().statusCode(422).body("rule", equalTo("T6"));
    }

    /** The dossier for Liège with its {@code part} (a JSON pointer) removed, or replaced by the JSON {@code replacement}. */
    private static ObjectNode dossierWith(String transferId, String part, String replacement) {
        try {
            ObjectNode dossier = (ObjectNode) JSON.readTree(dossier(transferId, LIEGE, false, true));
            JsonPointer pointer = JsonPointer.compile(part);
            ObjectNode parent = (ObjectNode) dossier.at(pointer.head());
            String property = pointer.last().getMatchingProperty();
            if (replacement == null) {
                parent.remove(property);
            } else {
                parent.set(property, JSON.readTree(replacement));
            }
            return dossier;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String text(int length) {
        return "\"" + "x".repeat(length) + "\"";
    }

    private static String list(String item, int size) {
        return "[" + String.join(",", Collections.nCopies(size, item)) + "]";
    }

    /** A refused dossier leaves no trace at the receiving CPAS: nothing to read, nothing to take over. */
    private static void nothingStored(String transferId) {
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(404);
        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Continue\"}").post("/piis/v1/incomingTransfers/{id}/takeOver", transferId)
                .then().statusCode(404);
    }

    private static RequestSpecification asLiegeWorker() {
        return given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }

    private static RequestSpecification partner(String cpas) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, "PARTNER_CPAS")).contentType(ContentType.JSON);
    }
}
