package be.cpas.piis.platform.settings;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.directory.NationalDirectory;
import be.cpas.piis.platform.document.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * S8, X11, X12: the labour tribunal a letter of a CPAS names for an appeal: the one the CPAS set
 * for files in the letter's language, else the directory's division for its municipality, which in
 * Brussels-Capital follows the file's language. Every letter and preview asks here.
 */
@ApplicationScoped
public class LabourTribunals {

    /** A tribunal as a letter names it, its address on one line; {@code fromSettings} when the CPAS set it. */
    public record Tribunal(String name, String address, boolean fromSettings) {
    }

    @Inject
    CpasSettingsStore settings;

    @Inject
    NationalDirectory directory;

    /** None when neither the CPAS nor the directory knows one. */
    public Optional<Tribunal> competentFor(String cpas, Language language) {
        Optional<CpasSettingsChanged.LabourTribunal> set = settings.of(cpas).labourTribunal(language);
        if (set.isPresent()) {
            CpasSettingsChanged.PostalAddress address = set.get().address();
            return Optional.of(new Tribunal(set.get().name(), CpasSettings.oneLine(address.street(), address.postalCode(), address.city()), true));
        }
        return directory.labourTribunalFor(cpas, language).map(division -> new Tribunal(division.tribunalName(language),
                CpasSettings.oneLine(division.address().street(), division.address().postalCode(), division.address().city()), false));
    }
}
