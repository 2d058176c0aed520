package be.cpas.piis.transfer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The systems transfer-service calls over HTTP, on real HTTP servers of the test JVM (free ports,
 * started before the service by {@link OtherSystemsResource}): this deployment's contracts-service
 * and evaluation-service ({@link ContractsServiceStandIn}), and the systems of two CPAS that run
 * their own ({@link PartnerSystem}), Namur and Charleroi.
 */
public final class OtherSystems {

    public static final String NAMUR = "92094";
    public static final String CHARLEROI = "52011";

    private static OtherSystems started;

    private final ContractsServiceStandIn contracts = new ContractsServiceStandIn();
    private final Map<String, PartnerSystem> partners = Map.of(NAMUR, new PartnerSystem(), CHARLEROI, new PartnerSystem());
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "other-systems");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer partnersServer;
    private HttpServer services;
    private int servicesPort;

    private OtherSystems() {
        partnersServer = server(0);
        partners.forEach((cpas, system) -> partnersServer.createContext("/cpas/" + cpas + "/", system));
        partnersServer.start();
        startServices(0);
    }

    static synchronized OtherSystems started() {
        if (started == null) {
            started = new OtherSystems();
        }
        return started;
    }

    String servicesUrl() {
        return "http://127.0.0.1:" + servicesPort;
    }

    String transferApi(String cpas) {
        return "http://127.0.0.1:" + partnersServer.getAddress().getPort() + "/cpas/" + cpas + "/piis/v1";
    }

    public static ContractsServiceStandIn contractsService() {
        return started().contracts;
    }

    /** The system of {@link #NAMUR} or {@link #CHARLEROI}. */
    public static PartnerSystem systemOf(String cpas) {
        return started().partners.get(cpas);
    }

    /** contracts-service and evaluation-service stop listening: a call to them is refused at once. */
    public static synchronized void servicesDown() {
        started().services.stop(0);
    }

    /** They listen again, on the same port. */
    public static synchronized void servicesUp() {
        started().startServices(started().servicesPort);
    }

    private void startServices(int port) {
        services = server(port);
        services.createContext("/piis/v1/", contracts);
        services.start();
        servicesPort = services.getAddress().getPort();
    }

    private HttpServer server(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(threads);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
