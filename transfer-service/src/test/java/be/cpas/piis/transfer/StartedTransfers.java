package be.cpas.piis.transfer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** T1: contracts of Brussels that contracts-service announced signed, and the transfers a social worker of Brussels starts. */
public final class StartedTransfers {

    public static final String BRUSSELS = "21004";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private StartedTransfers() {
    }

    /** The id of a contract of Brussels signed on 1 November 2026, as contracts-service publishes it. */
    public static UUID signedContract(String type) {
        return signedContract(type, BRUSSELS);
    }

    /** The id of a contract of {@code cpas} signed on 1 November 2026, as contracts-service publishes it. */
    public static UUID signedContract(String type, String cpas) {
        UUID contractId = UUID.randomUUID();
        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_SIGNED.type(), contractId.toString(), """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","contractType":"%s","version":1,
                 "startDate":"2026-11-01","endDate":"2027-10-31","signedOn":"2026-11-01","language":"fr"}
                """.formatted(contractId, cpas, UUID.randomUUID(), type));
        return contractId;
    }

    /** Posts the transfer once transfer-service knows the contract (it answers 404 until then). */
    public static Response awaitStarted(String body) {
        return awaitStarted(BRUSSELS, body);
    }

    /** Posts, as a social worker of {@code cpas}, the transfer once transfer-service knows the contract. */
    public static Response awaitStarted(String cpas, String body) {
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            answer.set(given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).contentType(ContentType.JSON).body(body)
                    .post("/piis/v1/transfers"));
            return answer.get().statusCode() != 404;
        });
        return answer.get();
    }

    /** The id of the transfer of {@code contractId} to the CPAS {@code toCpas}, started as soon as transfer-service knows the contract. */
    public static UUID startedTransfer(UUID contractId, String toCpas) {
        return UUID.fromString(awaitStarted("""
                {"contractId":"%s","newMunicipality":"%s","movedOn":"2026-11-20"}""".formatted(contractId, toCpas))
                .then().statusCode(201).extract().path("id"));
    }
}
