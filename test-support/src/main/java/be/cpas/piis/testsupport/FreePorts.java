package be.cpas.piis.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the brokers, services and identity provider the tests start, which bind them a moment after
 * they are chosen. They are taken below Linux's ephemeral range (32768 and up): a port the kernel handed
 * out for {@code ServerSocket(0)} is soon handed out again to an outgoing connection, which then holds
 * it when the service binds, whereas nothing takes a port of this range unasked.
 */
public final class FreePorts {

    private static final int FIRST = 20000;
    private static final int LAST = 32000;
    private static final AtomicInteger next = new AtomicInteger(FIRST + ThreadLocalRandom.current().nextInt(LAST - FIRST));

    private FreePorts() {
    }

    /** A port nothing listens on, never the same twice in this JVM. */
    public static int next() {
        for (int tried = 0; tried < LAST - FIRST; tried++) {
            int port = FIRST + Math.floorMod(next.getAndIncrement() - FIRST, LAST - FIRST);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (BindException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
