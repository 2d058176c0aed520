package be.cpas.piis.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import be.cpas.piis.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A social worker of one CPAS, at the services of one deployment, over HTTP only: registers
 * beneficiaries, has their contracts signed, moves the deployment's clocks and records moves.
 */
final class SocialWorker {

    static final String TRANSFERS = "transfer-service";
    /** Where every beneficiary these tests register lives. */
    static final String ADDRESS = "Rue Haute 12, 1000 Bruxelles";
    private static final String CONTRACTS = Platform.CONTRACTS;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Platform platform;
    private final String cpas;

    SocialWorker(Platform platform, String cpas) {
        this.platform = platform;
        this.cpas = cpas;
    }

    RequestSpecification at(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }

    /** A general contract, proposed to a newly registered beneficiary. */
    String proposedContract(String ssin) {
        return proposed(ssin, false, "general", content("2027-11-30"));
    }

    /** A student's contract (C11), proposed to a newly registered student. */
    String proposedStudentContract(String ssin) {
        return proposed(ssin, true, "student", """
                "startDate":"2026-12-01","endDate":"2027-09-30",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"studies","title":"Obtain the bachelor in nursing",
                   "steps":[{"description":"Enrol at the nursing school","responsible":"beneficiary","dueDate":"2026-12-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]
                """);
    }

    private String proposed(String ssin, boolean student, String type, String content) {
        String beneficiaryId = at(CONTRACTS).body("""
                {"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"%s","language":"fr","student":%s,
                 "risDecisionDate":"2026-11-02","contact":{"address":"%s"}}
                """.formatted(ssin, birthDateOf(ssin), student, ADDRESS)).post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");
        String contractId = at(CONTRACTS).body("{\"beneficiaryId\":\"%s\",\"type\":\"%s\",%s}".formatted(beneficiaryId, type, content))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");
        at(CONTRACTS).post("/piis/v1/contracts/{id}/proposal", contractId).then().statusCode(200).body("status", equalTo("proposed"));
        return contractId;
    }

    /**
     * The birth date a NISS of these tests carries, as contracts-service requires it (X3): every one
     * knows its month and day; a check that passes only with a leading 2 is a birth from 2000 on.
     */
    static LocalDate birthDateOf(String ssin) {
        long firstNine = Long.parseLong(ssin.substring(0, 9));
        int century = 97 - firstNine % 97 == Integer.parseInt(ssin.substring(9)) ? 1900 : 2000;
        return LocalDate.of(century + Integer.parseInt(ssin.substring(0, 2)), Integer.parseInt(ssin.substring(2, 4)),
                Integer.parseInt(ssin.substring(4, 6)));
    }

    /** What the contract says, ending on the given day; an amendment repeats it whole (C10). */
    static String content(String endDate) {
        return """
                "startDate":"2026-12-01","endDate":"%s",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"professional","title":"Find a job in logistics",
                   "steps":[{"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2026-12-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the forklift training"}]
                """.formatted(endDate);
    }

    /** A general contract, active. */
    String signedContract(String ssin) {
        return signed(proposedContract(ssin));
    }

    /** The proposed contract, signed by both parties once the clocks passed the reflection period. */
    String signed(String contractId) {
        moveClocksPastReflection(contractId);
        signByBothParties(contractId);
        return contractId;
    }

    void signByBothParties(String contractId) {
        at(CONTRACTS).body("{\"party\":\"beneficiary\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(200).body("status", equalTo("proposed"));
        at(CONTRACTS).body("{\"party\":\"cpas\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(200).body("status", equalTo("active"));
    }

    /** Records the move to the municipality of {@code toCpas}, and returns the new transfer's id. */
    String startTransfer(String contractId, String toCpas, boolean beneficiaryRefusal) {
        return requestTransfer(contractId, toCpas, beneficiaryRefusal).then().statusCode(201).extract().path("id");
    }

    /** Asks to record the move once transfer-service knows the contract (it answers 404 until then); returns its answer. */
    Response requestTransfer(String contractId, String toCpas, boolean beneficiaryRefusal) {
        String body = """
                {"contractId":"%s","newMunicipality":"%s","beneficiaryRefusal":%s}""".formatted(contractId, toCpas, beneficiaryRefusal);
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            answer.set(at(TRANSFERS).body(body).post("/piis/v1/transfers"));
            return answer.get().statusCode() != 404;
        });
        return answer.get();
    }

    /** How far a transfer this CPAS started went. */
    String transferStatus(String transferId) {
        return at(TRANSFERS).get("/piis/v1/transfers/{id}", transferId).then().statusCode(200).extract().path("status");
    }

    /** A dossier this CPAS received, with its content. */
    ValidatableResponse incomingTransfer(String transferId) {
        return at(TRANSFERS).get("/piis/v1/incomingTransfers/{id}", transferId).then().statusCode(200);
    }

    /**
     * Waits for the dossier of a transfer the beneficiary refused (T3): it tells who moved and when,
     * and nothing of the contract {@link #content} describes.
     */
    void receivesOnlyTheMove(String transferId, String ssin) {
        await().atMost(PATIENCE).untilAsserted(() -> incomingTransfer(transferId)
                .body("beneficiaryRefusal", equalTo(true))
                .body("dossier.beneficiary.ssin", equalTo(ssin))
                .body("dossier.movedOn", notNullValue())
                .body("dossier", not(hasKey("contract"))));
        assertThat(incomingTransfer(transferId).extract().asString())
                .doesNotContain("Find a job in logistics", "Register with Actiris", "forklift");
    }

    /** The ids of the dossiers this CPAS received, the latest first. */
    List<String> incomingTransferIds() {
        return at(TRANSFERS).get("/piis/v1/incomingTransfers").then().statusCode(200).extract().path("items.id");
    }

    /** The beneficiary of this CPAS with the NISS {@code ssin}, looked up as the NISS must be: in a body. */
    ValidatableResponse beneficiary(String ssin) {
        return at(CONTRACTS).body("{\"ssin\":\"" + ssin + "\"}").post("/piis/v1/beneficiaries/search").then().statusCode(200);
    }

    ValidatableResponse contract(String contractId) {
        return at(CONTRACTS).get("/piis/v1/contracts/{id}", contractId).then().statusCode(200);
    }

    String statusOf(String contractId) {
        return contract(contractId).extract().path("status");
    }

    LocalDate dateOf(String contractId, String field) {
        return LocalDate.parse(contract(contractId).extract().path(field));
    }

    /** To the first day the contract can be signed (C7). */
    void moveClocksPastReflection(String contractId) {
        moveClocksTo(dateOf(contractId, "reflectionEndsOn").plusDays(1));
    }

    /** Every service of the deployment sees {@code day} as today; moving it is a CPAS administrator's call. */
    void moveClocksTo(LocalDate day) {
        for (String service : platform.services()) {
            given().baseUri(platform.url(service)).auth().oauth2(DevTokens.forCpas(cpas, "CPAS_ADMIN")).contentType(ContentType.JSON)
                    .body("{\"today\":\"" + day + "\"}").put("/dev/clock").then().statusCode(200).body("today", equalTo(day.toString()));
        }
    }
}
