package be.cpas.piis.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** The names a generated client gives the operations that have none of their own. */
class OpenApiContractTest {

    @Test
    void an_operation_is_named_by_what_it_does_to_what_its_path_names() {
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/contracts")).isEqualTo("listContracts");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.POST, "/piis/v1/beneficiaries")).isEqualTo("createBeneficiary");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/contracts/{contractId}")).isEqualTo("getContract");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.POST, "/piis/v1/contracts/{contractId}/signatures"))
                .isEqualTo("createContractSignature");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.POST, "/piis/v1/contracts/{contractId}/proposal"))
                .isEqualTo("postContractProposal");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/contracts/{contractId}/documents/{documentId}"))
                .isEqualTo("getContractDocument");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/breaches/{breachId}/letters")).isEqualTo("listBreachLetters");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.PUT, "/piis/v1/cpas/{nisCode}/settings")).isEqualTo("putCpasSettings");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/cpas")).isEqualTo("listCpas");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/cpas/{nisCode}")).isEqualTo("getCpas");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/evaluations/{meetingId}/convocation.ics"))
                .isEqualTo("getEvaluationConvocationIcs");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.POST, "/piis/v1/beneficiaries/search")).isEqualTo("postBeneficiariesSearch");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/cpas/{nisCode}/settings/audit")).isEqualTo("getCpasSettingsAudit");
        assertThat(OpenApiContract.operationIdOf(HttpMethod.GET, "/piis/v1/health")).isEqualTo("getHealth");
    }
}
