package be.cpas.piis.transfer.application;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.settings.LabourTribunals;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.document.SettingsPreview;
import be.cpas.piis.transfer.document.SettingsPreviewRenderer;
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

    @Inject
    LabourTribunals tribunals;

    @Inject
    SettingsPreviewRenderer letters;

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

    /**
     * X12: the CPAS's letters in {@code language} as its settings make them today; refused with X12,
     * as a letter would be, while the name, address or a signatory of decisions is missing.
     */
    @Transactional
    public byte[] letterPreview(String cpas, Language language) {
        CpasSettings settings = store.of(cpas);
        Optional<CpasSettingsChanged> kept = store.kept(cpas);
        List<String> places = kept.map(CpasSettingsChanged::meetingPlaces).orElse(List.of()).stream()
                .flatMap(place -> placeIn(settings, place.code(), language).stream()).toList();
        Optional<LabourTribunals.Tribunal> tribunal = tribunals.competentFor(cpas, language);
        String sender = kept.map(CpasSettingsChanged::sender).map(from -> from.name() == null ? from.email() : from.name() + " <" + from.email() + ">")
                .orElse(null);
        return letters.pdf(new SettingsPreview(cpas, settings.letterhead(language), clock.today(), places,
                tribunal.map(named -> named.name() + ", " + named.address()).orElse(null), tribunal.map(LabourTribunals.Tribunal::fromSettings).orElse(false),
                sender, settings.president(), settings.generalDirector()), language);
    }

    /** A meeting place in {@code language}, where the CPAS kept it whole in that language. */
    private static Optional<String> placeIn(CpasSettings settings, String code, Language language) {
        try {
            return Optional.of(settings.meetingPlace(code, language).asOneLine());
        } catch (RuleViolationException notInThatLanguage) {
            return Optional.empty();
        }
    }
}
