package be.cpas.piis.sanctions.application;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.directory.NationalDirectory;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.sanctions.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * S8, X11, X12: a letter the Council's decisions reach the beneficiary by, a decision's or an
 * execution's: posted on a day, naming the labour tribunal the CPAS set for files in the letter's
 * language, else the directory's division for its municipality, which in Brussels-Capital follows
 * the file's language. With neither, the tribunal is missing and S8 refuses the notification.
 */
@ApplicationScoped
public class PostingToTheBeneficiary {

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    NationalDirectory directory;

    public Notification posted(String cpas, LocalDate postedOn, Language language) {
        Optional<CpasSettingsChanged.LabourTribunal> set = cpasSettings.of(cpas).labourTribunal(language);
        if (set.isPresent()) {
            CpasSettingsChanged.PostalAddress address = set.get().address();
            return Notification.posted(postedOn, set.get().name(),
                    CpasSettings.oneLine(address.street(), address.postalCode(), address.city()));
        }
        return directory.labourTribunalFor(cpas, language)
                .map(division -> Notification.posted(postedOn, division.tribunalName(language),
                        CpasSettings.oneLine(division.address().street(), division.address().postalCode(), division.address().city())))
                .orElseGet(() -> Notification.posted(postedOn, null, null));
    }
}
