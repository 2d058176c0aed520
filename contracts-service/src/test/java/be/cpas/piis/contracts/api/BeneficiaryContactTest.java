package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A4: the address letters go to is the one a social worker records, audited. */
@QuarkusTest
class BeneficiaryContactTest {

    private static final String CPAS = "21004";
    private static final String CONTACT = """
            {"address":"Rue de la Loi 16 bte 3, 1000 Bruxelles","email":"ana.peeters@example.org","phone":"+32 470 12 34 56"}
            """;

    @Test
    void A4_X4_a_social_worker_records_the_address_letters_go_to_and_the_change_is_audited() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        asWorker(CPAS).body(CONTACT).put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId).then().statusCode(200)
                .body("contact.address", equalTo("Rue de la Loi 16 bte 3, 1000 Bruxelles"));
        asWorker(CPAS).body("{\"address\":\"Avenue Louise 54, 1050 Ixelles\"}").put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId)
                .then().statusCode(200);

        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", beneficiaryId).then()
                .body("contact.address", equalTo("Avenue Louise 54, 1050 Ixelles"))
                .body("contact.email", org.hamcrest.Matchers.nullValue());
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}/audit", beneficiaryId).then()
                .body("items.action", contains("registered", "contactRecorded", "contactRecorded"))
                .body("items[2].before.address", equalTo("Rue de la Loi 16 bte 3, 1000 Bruxelles"));
    }

    @Test
    void A4_X1_only_the_beneficiarys_cpas_records_an_address_and_a_bad_one_is_refused() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        asWorker("62063").body(CONTACT).put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId).then().statusCode(404);
        asWorker(CPAS).body("{\"email\":\"not an address\"}").put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId).then()
                .statusCode(400).body("issues.name", hasItem("email"));
    }
}
