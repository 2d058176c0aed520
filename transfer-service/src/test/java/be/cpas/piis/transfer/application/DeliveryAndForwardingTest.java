package be.cpas.piis.transfer.application;

import static be.cpas.piis.transfer.SentDossiers.deliver;
import static be.cpas.piis.transfer.SentDossiers.dossier;
import static be.cpas.piis.transfer.StartedTransfers.BRUSSELS;
import static be.cpas.piis.transfer.StartedTransfers.signedContract;
import static be.cpas.piis.transfer.StartedTransfers.startedTransfer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.transfer.OtherSystems;
import be.cpas.piis.transfer.PartnerSystem;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * T5, T6: the sending of each dossier on, until the other side acknowledges it: a transfer's
 * delivery to the competent CPAS, here or on its own system, and the forwarding of a dossier that
 * reached this system for a CPAS another one serves. The jobs run here as on any replica; the
 * database is looked at from a connection of its own.
 */
@QuarkusTest
class DeliveryAndForwardingTest {

    private static final String LIEGE = "62063";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** SQLSTATE lock_not_available: a row another transaction holds. */
    private static final String LOCKED = "55P03";

    @Inject
    DeliveringTransfers delivering;

    @Inject
    ForwardingTransfers forwarding;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String databaseUser;

    /** How a dossier's sending fares, as kept. */
    record Sending(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    @Test
    void T5_a_dossier_delivered_within_this_deployment_is_checked_as_one_received_over_http() throws SQLException {
        UUID contractId = signedContract("general");
        OtherSystems.contractsService().changeContract(contractId, withoutGoals -> withoutGoals.remove("goals"));
        UUID transferId = startedTransfer(contractId, LIEGE);

        deliverUntil(() -> sendingOf("outgoing_transfer", transferId).attempts() == 1);

        Sending delivery = sendingOf("outgoing_transfer", transferId);
        assertThat(delivery.status()).isEqualTo("REQUESTED");
        assertThat(delivery.lastError()).contains("contract.goals");
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(404);
    }

    @Test
    void T5_a_failed_delivery_waits_its_back_off_even_when_the_failure_left_its_transaction_unusable() throws SQLException {
        UUID contractId = signedContract("general");
        UUID transferId;
        // The receiving side's database refuses the dossier: the failure comes from inside a transaction, which it marks for rollback.
        execute("""
                CREATE FUNCTION refuse_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.dossier LIKE '%%%s%%' THEN RAISE EXCEPTION 'No room for this dossier'; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_dossier BEFORE INSERT ON incoming_transfer FOR EACH ROW EXECUTE FUNCTION refuse_dossier()
                """.formatted(contractId));
        try {
            transferId = startedTransfer(contractId, LIEGE);
            deliverUntil(() -> sendingOf("outgoing_transfer", transferId).attempts() == 1);
        } finally {
            execute("DROP TRIGGER refuse_dossier ON incoming_transfer; DROP FUNCTION refuse_dossier()");
        }

        Sending delivery = sendingOf("outgoing_transfer", transferId);
        assertThat(delivery.status()).isEqualTo("REQUESTED");
        assertThat(delivery.nextAttemptAt()).isAfter(Instant.now());
        assertThat(delivery.lastError()).isNotBlank();
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/transfers/{id}", transferId).then()
                .statusCode(200).body("status", equalTo("requested")).body("delivery.failedAttempts", equalTo(1))
                .body("delivery.lastError", notNullValue()).body("delivery.nextAttemptAt", notNullValue())
                .body("delivery.deliveredAt", nullValue());
        execute("UPDATE outgoing_transfer SET next_attempt_at = now() WHERE id = '" + transferId + "'");
        deliverUntil(() -> sendingOf("outgoing_transfer", transferId).status().equals("DELIVERED"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/transfers/{id}", transferId).then()
                .statusCode(200).body("status", equalTo("delivered")).body("delivery.failedAttempts", equalTo(1))
                .body("delivery.deliveredAt", notNullValue()).body("delivery.nextAttemptAt", nullValue());
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(200);
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/transfers/{id}/audit", transferId).then()
                .statusCode(200).body("items.action", hasItem("delivered"));
    }

    @Test
    void T5_a_slow_partner_holds_no_lock_and_keeps_no_other_transfer_waiting() throws SQLException {
        UUID toNamur = signedContract("general");
        UUID toCharleroi = signedContract("general");
        PartnerSystem namur = OtherSystems.systemOf(OtherSystems.NAMUR);
        namur.holdingAnswers();
        try {
            UUID slow = startedTransfer(toNamur, OtherSystems.NAMUR);
            CompletableFuture<Void> slowDelivery = CompletableFuture.runAsync(() -> deliverUntil(() -> !namur.deliveries(slow.toString()).isEmpty()));
            await().atMost(PATIENCE).until(() -> !namur.deliveries(slow.toString()).isEmpty());

            assertThat(lockableAtOnce("outgoing_transfer", slow)).isTrue();
            UUID other = startedTransfer(toCharleroi, OtherSystems.CHARLEROI);
            deliverUntil(() -> sendingOf("outgoing_transfer", other).status().equals("DELIVERED"));
            assertThat(sendingOf("outgoing_transfer", slow).status()).isEqualTo("REQUESTED");
            assertThat(OtherSystems.systemOf(OtherSystems.CHARLEROI).deliveries(other.toString())).hasSize(1);

            namur.answerAgain();
            slowDelivery.join();
            deliverUntil(() -> sendingOf("outgoing_transfer", slow).status().equals("DELIVERED"));
            assertThat(namur.deliveries(slow.toString())).singleElement()
                    .satisfies(delivery -> assertThat(delivery.idempotencyKey()).isEqualTo(slow.toString()));
        } finally {
            namur.answerAgain();
        }
    }

    @Test
    void T6_a_dossier_is_forwarded_without_a_lock_held_while_the_competent_system_answers() throws SQLException {
        String transferId = UUID.randomUUID().toString();
        PartnerSystem namur = OtherSystems.systemOf(OtherSystems.NAMUR);
        namur.holdingAnswers();
        try {
            deliver(BRUSSELS, transferId, dossier(transferId, OtherSystems.NAMUR, false, true)).then().statusCode(201);
            CompletableFuture<Void> forwardingNow = CompletableFuture.runAsync(() -> forwardUntil(() -> !namur.deliveries(transferId).isEmpty()));
            await().atMost(PATIENCE).until(() -> !namur.deliveries(transferId).isEmpty());

            assertThat(lockableAtOnce("incoming_transfer", UUID.fromString(transferId))).isTrue();
            namur.answerAgain();
            forwardingNow.join();
            forwardUntil(() -> sendingOf("incoming_transfer", UUID.fromString(transferId)).status().equals("FORWARDED"));
            assertThat(namur.deliveries(transferId)).hasSize(1);
        } finally {
            namur.answerAgain();
        }
    }

    /** Runs the delivery job, as each replica does, until {@code done}. */
    private void deliverUntil(Callable<Boolean> done) {
        await().atMost(PATIENCE).until(() -> {
            delivering.deliverNext();
            return done.call();
        });
    }

    private void forwardUntil(Callable<Boolean> done) {
        await().atMost(PATIENCE).until(() -> {
            forwarding.forwardNext();
            return done.call();
        });
    }

    private Sending sendingOf(String table, UUID id) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT status, attempts, next_attempt_at, last_error FROM " + table + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Sending(row.getString(1), row.getInt(2), row.getTimestamp(3).toInstant(), row.getString(4));
            }
        }
    }

    /** Whether another transaction may lock the row at once: nobody holds it meanwhile. */
    private boolean lockableAtOnce(String table, UUID id) throws SQLException {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE NOWAIT")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
                return true;
            } catch (SQLException e) {
                if (LOCKED.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                connection.rollback();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, null);
    }
}
