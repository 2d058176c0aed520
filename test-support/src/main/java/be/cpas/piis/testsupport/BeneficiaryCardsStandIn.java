package be.cpas.piis.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * contracts-service as a letter-writing service's tests meet it, over real HTTP: it answers the
 * beneficiary card of any id, Ana Peeters in Brussels, but for {@link #WITHOUT_ADDRESS}, whose
 * address was never recorded. The end-to-end tests of system-tests run the real contracts-service.
 */
public final class BeneficiaryCardsStandIn implements AutoCloseable {

    /** A beneficiary whose postal address is not recorded: a letter to them is refused (A4). */
    public static final UUID WITHOUT_ADDRESS = UUID.fromString("00000000-0000-4000-8000-00000000a404");

    private static final String CARD = """
            {"id":"%s","firstName":"Ana","lastName":"Peeters","language":"fr",%s"student":false}
            """;
    private static final String ADDRESS = "\"contact\":{\"address\":\"Rue de la Loi 16 bte 3, 1000 Bruxelles\"},";

    private final HttpServer server;

    private BeneficiaryCardsStandIn(HttpServer server) {
        this.server = server;
    }

    public static BeneficiaryCardsStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/piis/v1/beneficiaries/", BeneficiaryCardsStandIn::answer);
            server.start();
            return new BeneficiaryCardsStandIn(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/piis/v1/beneficiaries/".length());
        int status;
        String body;
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            status = 401;
            body = "{\"type\":\"urn:problem-type:belgif:noAccessToken\",\"status\":401}";
        } else {
            status = 200;
            body = CARD.formatted(id, WITHOUT_ADDRESS.toString().equals(id) ? "" : ADDRESS);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
