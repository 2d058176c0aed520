package be.cpas.piis.sanctions.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/** How each CPAS runs its sanction procedure: how its letters are signed, its labour tribunal (S8), the periods it gives. */
@ConfigMapping(prefix = "piis.sanctions")
public interface SanctionSettings {

    /** S5: how far before the breach the CPAS's own failures on the contract are looked for. */
    @WithDefault("P3M")
    Period cpasFailureLookback();

    /** S2: the time the beneficiary is given to answer a formal notice, when the social worker sets none. */
    @WithDefault("P15D")
    Period noticeResponseTime();

    /** Who sends the calendar invitations of a CPAS that names no sender of its own. */
    String defaultSender();

    /** Per CPAS (NIS code): its name on letters and the sender of its calendar invitations. */
    Map<String, Cpas> cpas();

    interface Cpas {

        /** As letters are signed, e.g. CPAS de Bruxelles. */
        String name();

        /** A1: the e-mail address that sends the Council's calendar invitations. */
        Optional<String> sender();
    }

    default String senderOf(String cpas) {
        return Optional.ofNullable(cpas().get(cpas)).flatMap(Cpas::sender).orElse(defaultSender());
    }

    default String nameOf(String cpas) {
        return Optional.ofNullable(cpas().get(cpas)).map(Cpas::name).orElse("CPAS " + cpas);
    }
}
