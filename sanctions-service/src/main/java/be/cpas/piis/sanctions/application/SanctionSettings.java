package be.cpas.piis.sanctions.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/**
 * The periods of the sanction procedure. What letters name (the CPAS, its address, its signatories,
 * its sender, its labour tribunal) comes from the CPAS settings (X12), kept in one place for every service.
 */
@ConfigMapping(prefix = "piis.sanctions")
public interface SanctionSettings {

    /** S5: how far before the breach the CPAS's own failures on the contract are looked for. */
    @WithDefault("P3M")
    Period cpasFailureLookback();

    /** S2: the time the beneficiary is given to answer a formal notice, when the social worker sets none. */
    @WithDefault("P15D")
    Period noticeResponseTime();
}
