package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract lists: filters by property, repeated values OR-ed, keyset pages, one CPAS only (X1). */
@QuarkusTest
class ContractListTest {

    private static final String TOURNAI = "57081";

    @Inject
    PiisClock clock;

    @Test
    void contracts_are_listed_by_end_date_and_filtered_by_status_worker_beneficiary_and_ending() {
        LocalDate today = clock.today();
        String ana = registeredBeneficiary(TOURNAI, null);
        String endingSoon = draftedContract(TOURNAI, body(ana, "Claire Martin", today.plusDays(20)));
        String endingLater = draftedContract(TOURNAI, body(registeredBeneficiary(TOURNAI, null), "Luc Lambert", today.plusMonths(6)));
        String endingLast = draftedContract(TOURNAI, body(registeredBeneficiary(TOURNAI, null), "Claire Martin", today.plusYears(1)));
        propose(TOURNAI, endingLater);

        assertThat(ids("")).containsSubsequence(endingSoon, endingLater, endingLast);
        assertThat(ids("status=proposed")).containsExactly(endingLater);
        assertThat(ids("status=proposed&status=draft")).containsSubsequence(endingSoon, endingLater, endingLast);
        assertThat(ids("status=active")).doesNotContain(endingSoon, endingLater, endingLast);
        assertThat(ids("socialWorker=Claire Martin")).containsExactly(endingSoon, endingLast);
        assertThat(ids("beneficiaryId=" + ana)).containsExactly(endingSoon);
        assertThat(ids("endingWithinDays=30")).containsExactly(endingSoon);
        assertThat(asWorker("21004").get("/piis/v1/contracts?socialWorker=Claire Martin")
                .then().statusCode(200).extract().<List<String>>path("items.id")).isEmpty();
    }

    @Test
    void contract_lists_are_paged_with_a_cursor() {
        LocalDate today = clock.today();
        String worker = "Pager " + System.nanoTime();
        String first = draftedContract(TOURNAI, body(registeredBeneficiary(TOURNAI, null), worker, today.plusMonths(2)));
        String second = draftedContract(TOURNAI, body(registeredBeneficiary(TOURNAI, null), worker, today.plusMonths(3)));

        String next = asWorker(TOURNAI).queryParam("socialWorker", worker).queryParam("pageSize", 1).get("/piis/v1/contracts")
                .then().statusCode(200).body("items[0].id", equalTo(first)).body("pageSize", equalTo(1))
                .extract().path("next");
        // The next link is already encoded: follow it as it is.
        asWorker(TOURNAI).urlEncodingEnabled(false).get(next).then().statusCode(200).body("items[0].id", equalTo(second));
    }

    @Test
    void X5_an_unknown_status_is_a_400_naming_the_parameter() {
        asWorker(TOURNAI).queryParam("status", "signed").get("/piis/v1/contracts")
                .then().statusCode(400)
                .body("issues[0].in", equalTo("query"))
                .body("issues[0].name", equalTo("status"));
    }

    private static List<String> ids(String query) {
        return asWorker(TOURNAI).get("/piis/v1/contracts?pageSize=500&" + query).then().statusCode(200).extract().path("items.id");
    }

    private static String body(String beneficiaryId, String referent, LocalDate endDate) {
        return """
                {"beneficiaryId":"%s","type":"general","startDate":"2026-01-01","endDate":"%s",
                 "referentWorker":"%s","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"social","title":"Find stable housing","steps":[]}],
                 "commitments":[{"party":"cpas","description":"Pay the rental guarantee"}]}
                """.formatted(beneficiaryId, endDate, referent);
    }
}
