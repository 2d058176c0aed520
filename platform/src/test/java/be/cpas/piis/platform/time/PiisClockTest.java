package be.cpas.piis.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PiisClockTest {

    @Test
    void X6_a_clock_moved_across_the_change_to_summer_time_keeps_the_day_it_was_moved_to_late_in_the_evening() {
        Instant lateInTheEvening = ZonedDateTime.of(2026, 11, 25, 23, 5, 0, 0, PiisClock.BRUSSELS).toInstant();
        PiisClock clock = new PiisClock(Clock.fixed(lateInTheEvening, PiisClock.BRUSSELS));

        clock.moveTo(LocalDate.of(2027, 3, 28));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(clock.nowInBrussels().getHour()).isEqualTo(23);
        clock.moveTo(LocalDate.of(2027, 10, 31));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    void X6_a_clock_moved_back_to_today_shows_the_real_time() {
        Instant now = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, PiisClock.BRUSSELS).toInstant();
        PiisClock clock = new PiisClock(Clock.fixed(now, PiisClock.BRUSSELS));

        clock.moveTo(LocalDate.of(2027, 6, 1));
        clock.moveTo(LocalDate.of(2026, 11, 25));

        assertThat(clock.now()).isEqualTo(now);
    }
}
