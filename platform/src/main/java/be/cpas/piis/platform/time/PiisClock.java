package be.cpas.piis.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "today" and "now" of a service (X6: Europe/Brussels). Local runs may move it
 * to walk a contract through weeks in minutes; it then keeps ticking from the date it was moved to.
 */
@ApplicationScoped
public class PiisClock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Clock system;
    /** Whole days, so that the time of day stays the wall-clock time across a change to or from summer time. */
    private volatile long shiftDays;

    public PiisClock() {
        this(Clock.system(BRUSSELS));
    }

    public PiisClock(Clock system) {
        this.system = system;
    }

    public Instant now() {
        return system.instant().atZone(BRUSSELS).plusDays(shiftDays).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), BRUSSELS);
    }

    public OffsetDateTime nowInBrussels() {
        return OffsetDateTime.ofInstant(now(), BRUSSELS);
    }

    /** Moves the clock so that today is {@code day}, keeping the time of day. */
    public void moveTo(LocalDate day) {
        shiftDays = ChronoUnit.DAYS.between(LocalDate.ofInstant(system.instant(), BRUSSELS), day);
    }
}
