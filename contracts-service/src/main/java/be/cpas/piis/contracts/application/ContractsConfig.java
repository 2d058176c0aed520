package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.ReflectionPeriod;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "piis.contracts")
public interface ContractsConfig {

    /** C7: configurable because sources disagree on calendar or working days. */
    ReflectionPeriodConfig reflectionPeriod();

    /** C8, A1: how the Council's hearings are convoked. */
    HearingsConfig hearings();

    interface HearingsConfig {

        /** How long a hearing lasts in the beneficiary's calendar. */
        @WithDefault("PT30M")
        Duration duration();

        /** The e-mail address that sends the calendar invitations to hearings. */
        String sender();
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
