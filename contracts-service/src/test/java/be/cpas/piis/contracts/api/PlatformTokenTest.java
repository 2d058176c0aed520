package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * transfer-service reads dossiers with tokens it signs itself, under an issuer of the platform
 * whose key the identity provider does not publish: such a token is accepted with that issuer's
 * key only, and the platform's key never signs for another issuer.
 */
@QuarkusTest
class PlatformTokenTest {

    private static final String CPAS = "21004";

    @Test
    void X1_a_token_of_a_platform_issuer_signed_with_its_key_reads_the_cpas_data() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        beneficiary(beneficiaryId, DevTokens.signedWithPlatformKey(DevTokens.PLATFORM_ISSUER, CPAS, "AUDITOR"))
                .statusCode(200).body("id", equalTo(beneficiaryId));
    }

    @Test
    void X1_the_platform_key_signs_neither_for_the_identity_provider_nor_for_an_unknown_issuer() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        beneficiary(beneficiaryId, DevTokens.signedWithPlatformKey(DevTokens.ISSUER, CPAS, "AUDITOR")).statusCode(401);
        beneficiary(beneficiaryId, DevTokens.signedWithPlatformKey("urn:cpas:piis:transfers:elsewhere", CPAS, "AUDITOR")).statusCode(401);
        beneficiary(beneficiaryId, DevTokens.forCpas(CPAS, "AUDITOR")).statusCode(200);
    }

    @Test
    void X1_a_token_claiming_a_platform_issuer_without_its_key_is_refused() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        beneficiary(beneficiaryId, DevTokens.signedWithDevKey(DevTokens.PLATFORM_ISSUER, CPAS, "AUDITOR")).statusCode(401);
    }

    private static ValidatableResponse beneficiary(String beneficiaryId, String token) {
        return given().auth().oauth2(token).get("/piis/v1/beneficiaries/{id}", beneficiaryId).then();
    }
}
