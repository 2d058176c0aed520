package be.cpas.piis.transfer.application;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * X12: a CPAS_ADMIN keeps the settings of their CPAS. transfer-service owns them, beside the directory
 * of CPAS: each change is a new version, audited (X4), kept here and published whole
 * (CpasSettingsChanged) for the copy every other service keeps.
 */
@ApplicationScoped
public class KeepingCpasSettings {

    public static final String AUDITED_AS = "cpasSettings";

    @Inject
    CpasSettingsStore store;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public CpasSettingsChanged keep(String cpas, CpasSettingsChanged wanted) {
        Optional<CpasSettingsChanged> before = store.kept(cpas);
        CpasSettingsChanged kept = new CpasSettingsChanged(CpasSettingsStore.idOf(cpas), cpas,
                before.map(settings -> settings.version() + 1).orElse(1L), wanted.names(), wanted.addresses(), wanted.meetingPlaces(),
                wanted.signatories(), wanted.sender(), wanted.labourTribunals());
        if (!store.keep(kept)) {
            throw new ConflictException(null, Wording.of("conflict.changedMeanwhile"));
        }
        outbox.record(kept);
        audit.record(cpas, AUDITED_AS, kept.settingsId(), "kept", clock.today(), before.orElse(null), kept);
        return kept;
    }

    @Transactional
    public List<AuditTrail.Entry> auditTrail(String cpas) {
        return audit.of(cpas, AUDITED_AS, CpasSettingsStore.idOf(cpas));
    }
}
