package be.cpas.piis.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;

/**
 * X5: Hibernate flushes a request's changes when its transaction commits, so the database may refuse
 * them only then, wrapped in the transaction's failure: the answer is the one the same refusal gets
 * mid-request, never a 500.
 */
class RefusedAtCommitTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void X5_a_unique_key_hit_at_commit_is_a_conflict() {
        Response answer = mappers.refusedAtCommit(failedCommit(
                new ConstraintViolationException("duplicate key", new SQLException("duplicate key", "23505"), "beneficiary_ssin_per_cpas")), null);

        assertThat(answer.getStatus()).isEqualTo(409);
    }

    @Test
    void X5_a_value_the_database_cannot_hold_refused_at_commit_is_a_bad_request() {
        Response answer = mappers.refusedAtCommit(failedCommit(
                new DataException("value too long", new SQLException("value too long", "22001"))), null);

        assertThat(answer.getStatus()).isEqualTo(400);
    }

    @Test
    void X5_any_other_failure_at_commit_stays_a_failure_of_ours() {
        Response answer = mappers.refusedAtCommit(failedCommit(
                new ConstraintViolationException("null value", new SQLException("null value", "23502"), "contract_status_not_null")), null);

        assertThat(answer.getStatus()).isEqualTo(500);
    }

    /** What a @Transactional method throws when its commit fails: the transaction's rollback, undeclared. */
    private static ArcUndeclaredThrowableException failedCommit(RuntimeException refusal) {
        RollbackException rollback = new RollbackException("The transaction could not commit");
        rollback.addSuppressed(new PersistenceException(refusal));
        return new ArcUndeclaredThrowableException(rollback);
    }
}
