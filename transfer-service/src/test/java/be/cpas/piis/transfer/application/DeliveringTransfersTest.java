package be.cpas.piis.transfer.application;

import static be.cpas.piis.transfer.StartedTransfers.signedContract;
import static be.cpas.piis.transfer.StartedTransfers.startedTransfer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.transfer.OtherSystems;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** T5: the delivery of each dossier to the competent CPAS, here or on its own system, until acknowledged. */
@QuarkusTest
class DeliveringTransfersTest {

    private static final String LIEGE = "62063";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    DeliveringTransfers delivering;

    @Inject
    AgroalDataSource database;

    /** How a transfer's delivery fares, as kept. */
    record Delivery(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    @Test
    void T5_a_dossier_delivered_within_this_deployment_is_checked_as_one_received_over_http() throws SQLException {
        UUID contractId = signedContract("general");
        OtherSystems.contractsService().changeContract(contractId, withoutGoals -> withoutGoals.remove("goals"));
        UUID transferId = startedTransfer(contractId, LIEGE);

        deliverUntil(() -> deliveryOf(transferId).attempts() == 1);

        Delivery delivery = deliveryOf(transferId);
        assertThat(delivery.status()).isEqualTo("REQUESTED");
        assertThat(delivery.lastError()).contains("contract.goals");
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(404);
    }

    /** Runs the delivery job, as each replica does, until {@code done}. */
    private void deliverUntil(Callable<Boolean> done) {
        await().atMost(PATIENCE).until(() -> {
            delivering.deliverNext();
            return done.call();
        });
    }

    private Delivery deliveryOf(UUID transferId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT status, attempts, next_attempt_at, last_error FROM outgoing_transfer WHERE id = ?")) {
            query.setObject(1, transferId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Delivery(row.getString(1), row.getInt(2), row.getTimestamp(3).toInstant(), row.getString(4));
            }
        }
    }
}
