package be.cpas.piis.contracts.api;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid NISS numbers (born 30 July 1985, serials from 100 up) so that each test registers its own person. */
final class SsinFactory {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private SsinFactory() {
    }

    static String next() {
        String firstNine = "850730" + SERIAL.getAndIncrement();
        long check = 97 - Long.parseLong(firstNine) % 97;
        return firstNine + String.format("%02d", check);
    }
}
