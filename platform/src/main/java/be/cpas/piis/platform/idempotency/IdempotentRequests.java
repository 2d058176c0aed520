package be.cpas.piis.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored answers of requests made with an {@code Idempotency-Key}, one per key and CPAS. Each
 * operation commits on its own, apart from the request's transaction: a claim must be visible to a
 * concurrent retry before the first attempt finishes.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** What was answered to a key, or nothing yet while its first request is still running. */
    public record Answer(String requestHash, Integer status, String contentType, String location, String body) {
        public boolean isComplete() {
            return status != null;
        }
    }

    @Inject
    EntityManager entityManager;

    /** Counted in the database's real time, never in a local run's moved clock. */
    @ConfigProperty(name = "piis.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    /** Claims {@code key} for this request; empty when it was free, otherwise what the earlier request left. */
    public Optional<Answer> claim(String cpas, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery(
                            "INSERT INTO idempotent_request (cpas, idempotency_key, request_hash, created_at)"
                                    + " VALUES (:cpas, :key, :hash, now()) ON CONFLICT DO NOTHING")
                    .setParameter("cpas", cpas)
                    .setParameter("key", key)
                    .setParameter("hash", requestHash)
                    .executeUpdate();
            if (claimed == 1) {
                return Optional.<Answer>empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                            "SELECT request_hash, status, content_type, location, response_body FROM idempotent_request"
                                    + " WHERE cpas = :cpas AND idempotency_key = :key")
                    .setParameter("cpas", cpas)
                    .setParameter("key", key)
                    .getResultList();
            Object[] row = rows.get(0);
            return Optional.of(new Answer((String) row[0], (Integer) row[1], (String) row[2], (String) row[3], (String) row[4]));
        });
    }

    public void complete(String cpas, String key, int status, String contentType, String location, String body) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE idempotent_request SET status = :status, content_type = :contentType, location = :location,"
                                + " response_body = :body WHERE cpas = :cpas AND idempotency_key = :key")
                .setParameter("status", status)
                .setParameter("contentType", contentType)
                .setParameter("location", location)
                .setParameter("body", body)
                .setParameter("cpas", cpas)
                .setParameter("key", key)
                .executeUpdate());
    }

    /** Frees the key after a failure of ours, so that the client's retry runs the request again. */
    public void release(String cpas, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "DELETE FROM idempotent_request WHERE cpas = :cpas AND idempotency_key = :key")
                .setParameter("cpas", cpas)
                .setParameter("key", key)
                .executeUpdate());
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOldAnswers() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "DELETE FROM idempotent_request WHERE created_at < now() - CAST(:retention AS interval)")
                .setParameter("retention", retention.toString())
                .executeUpdate());
    }
}
