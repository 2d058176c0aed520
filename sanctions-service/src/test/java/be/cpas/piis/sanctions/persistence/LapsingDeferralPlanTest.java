package be.cpas.piis.sanctions.persistence;

import static be.cpas.piis.testsupport.QueryPlans.planOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** P4: the lapsing job reads only the deferred cases, earliest probation end first. */
@QuarkusTest
class LapsingDeferralPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void S7_the_lapsing_job_walks_the_deferred_cases_by_probation_end_without_sorting() {
        String plan = planOf(dataSource, BreachCaseRepository.DEFERRED_ENDED_BEFORE,
                Map.of("today", LocalDate.of(2026, 12, 2), "limit", 200));

        assertThat(plan).contains("Index Scan using breach_case_deferred_by_probation_end").doesNotContain("Sort");
    }
}
