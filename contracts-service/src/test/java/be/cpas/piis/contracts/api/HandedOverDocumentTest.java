package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A3: a copy handed to the beneficiary is kept as it was, with the day it was handed over. */
@QuarkusTest
class HandedOverDocumentTest extends ClockMovingTest {

    private static final String CPAS = "21004";

    @Test
    void A3_C9_the_copy_handed_over_is_kept_byte_for_byte_with_its_date() throws Exception {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));
        propose(CPAS, contractId);

        String sha256 = asWorker(CPAS).body("{\"language\":\"nl\"}").post("/piis/v1/contracts/{id}/documents", contractId)
                .then().statusCode(201)
                .body("language", equalTo("nl"))
                .body("version", equalTo(1))
                .body("handedOverOn", equalTo(clock.today().toString()))
                .extract().path("sha256");
        String documentId = asWorker(CPAS).get("/piis/v1/contracts/{id}/documents", contractId).then().statusCode(200)
                .body("items.sha256", hasItem(sha256)).extract().path("items[0].id");

        byte[] kept = asWorker(CPAS).get("/piis/v1/contracts/{id}/documents/{documentId}", contractId, documentId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(kept, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept))).isEqualTo(sha256);
        asWorker(CPAS).get("/piis/v1/contracts/{id}/audit", contractId).then().body("items.action", hasItem("documentHandedOver"));
    }

    @Test
    void A3_X9_a_copy_is_not_handed_over_in_the_future_and_belongs_to_its_cpas() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));

        asWorker(CPAS).body("{\"handedOverOn\":\"" + clock.today().plusDays(1) + "\"}").post("/piis/v1/contracts/{id}/documents", contractId)
                .then().statusCode(422).body("rule", equalTo("X9"));
        asWorker("62063").body("{}").post("/piis/v1/contracts/{id}/documents", contractId).then().statusCode(404);
        asWorker("62063").get("/piis/v1/contracts/{id}/documents", contractId).then().statusCode(404);
    }
}
