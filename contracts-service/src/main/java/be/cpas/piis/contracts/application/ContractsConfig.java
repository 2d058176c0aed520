package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.ReflectionPeriod;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "piis.contracts")
public interface ContractsConfig {

    /** C7: configurable because sources disagree on calendar or working days. */
    ReflectionPeriodConfig reflectionPeriod();

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
