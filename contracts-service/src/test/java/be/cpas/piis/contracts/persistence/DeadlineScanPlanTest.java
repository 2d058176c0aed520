package be.cpas.piis.contracts.persistence;

import static be.cpas.piis.testsupport.QueryPlans.planOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P4: the scheduled scans read the index of the rows they report, in the order they take them,
 * so that their work is the batch at hand and not the CPAS's whole history.
 */
@QuarkusTest
class DeadlineScanPlanTest {

    private static final Map<String, Object> A_RUN = Map.of("today", LocalDate.of(2026, 12, 2), "limit", 200);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void C1_the_missed_deadline_job_walks_the_unreported_deadlines_oldest_first_without_sorting() {
        String plan = planOf(dataSource, BeneficiaryRepository.UNREPORTED_DEADLINES_BEFORE, A_RUN);

        assertThat(plan).contains("Index Scan using beneficiary_deadline_unreported").doesNotContain("Sort");
    }

    @Test
    void C12_the_overdue_step_job_walks_the_steps_not_yet_reported_oldest_first_without_sorting() {
        String plan = planOf(dataSource, ContractRepository.CONTRACTS_WITH_OVERDUE_STEPS, A_RUN);

        assertThat(plan).contains("Index Scan using contract_step_open_by_due_date").doesNotContain("Sort");
    }
}
