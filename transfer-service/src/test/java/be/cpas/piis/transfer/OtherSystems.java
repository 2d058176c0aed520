package be.cpas.piis.transfer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The systems transfer-service calls over HTTP, on a real HTTP server of the test JVM (a free port,
 * started before the service by {@link OtherSystemsResource}): this deployment's contracts-service
 * and evaluation-service ({@link ContractsServiceStandIn}).
 */
public final class OtherSystems {

    private static OtherSystems started;

    private final ContractsServiceStandIn contracts = new ContractsServiceStandIn();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "other-systems");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer services;
    private int servicesPort;

    private OtherSystems() {
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

    public static ContractsServiceStandIn contractsService() {
        return started().contracts;
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
