package be.cpas.piis.testsupport;

import be.cpas.piis.platform.time.PiisClock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;

/** A test that moves the service's "today" (X6), for instance past a reflection period, and puts it back after each test. */
public abstract class ClockMovingTest {

    @Inject
    protected PiisClock clock;

    @AfterEach
    protected void backToToday() {
        clock.moveTo(LocalDate.now(PiisClock.BRUSSELS));
    }
}
