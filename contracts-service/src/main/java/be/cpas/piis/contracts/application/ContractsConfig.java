package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.ReflectionPeriod;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "piis.contracts")
public interface ContractsConfig {

    /** C7: configurable because sources disagree on calendar or working days. */
    ReflectionPeriodConfig reflectionPeriod();

    /** C8, A1: how long the Council's hearings last. */
    HearingsConfig hearings();

    interface HearingsConfig {

        /** How long a hearing lasts in the beneficiary's calendar; who sends the invitation is the CPAS's setting (X12). */
        @WithDefault("PT30M")
        Duration duration();
    }

    interface ReflectionPeriodConfig {
        @WithDefault("5")
        int length();

        @WithDefault("working-days")
        ReflectionPeriod.Unit unit();

        default ReflectionPeriod toPeriod() {
            return new ReflectionPeriod(length(), unit());
        }
    }
}
