package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.settings.LabourTribunals;
import be.cpas.piis.sanctions.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * S8, X11, X12: a letter the Council's decisions reach the beneficiary by, a decision's or an
 * execution's: posted on a day, naming the labour tribunal the CPAS set for files in the letter's
 * language, else the directory's division for its municipality, which in Brussels-Capital follows
 * the file's language. With neither, the tribunal is missing and S8 refuses the notification.
 */
@ApplicationScoped
public class PostingToTheBeneficiary {

    @Inject
    LabourTribunals tribunals;

    public Notification posted(String cpas, LocalDate postedOn, Language language) {
        return tribunals.competentFor(cpas, language)
                .map(tribunal -> Notification.posted(postedOn, tribunal.name(), tribunal.address()))
                .orElseGet(() -> Notification.posted(postedOn, null, null));
    }
}
