package be.cpas.piis.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The transfer API of a CPAS that runs its own system (T5): it acknowledges each dossier with a
 * 201, or, when told, fails (503) or holds its answer, as a slow system does, until released.
 */
public final class PartnerSystem implements HttpHandler {

    /** A dossier as it arrived, with its {@code Idempotency-Key}. */
    public record Delivery(String idempotencyKey, JsonNode dossier) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private volatile CountDownLatch held = new CountDownLatch(0);

    /** Every dossier that reached this system, retries included. */
    public List<Delivery> deliveries(String transferId) {
        return deliveries.stream().filter(delivery -> delivery.dossier().path("transferId").asText().equals(transferId)).toList();
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** From now on each answer waits until {@link #answerAgain()}, at most 8 seconds (the sender waits 10). */
    public void holdingAnswers() {
        held = new CountDownLatch(1);
    }

    public void answerAgain() {
        held.countDown();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode dossier = json.readTree(exchange.getRequestBody());
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Idempotency-Key"), dossier));
            held.await(8, TimeUnit.SECONDS);
            byte[] body = (failing ? "{\"status\":503}" : "{\"id\":\"%s\",\"status\":\"received\"}".formatted(dossier.path("transferId").asText()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", failing ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(failing ? 503 : 201, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
