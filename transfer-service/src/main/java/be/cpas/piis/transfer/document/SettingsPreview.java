package be.cpas.piis.transfer.document;

import be.cpas.piis.platform.document.Letter;
import java.time.LocalDate;
import java.util.List;

/**
 * X12: what a CPAS_ADMIN sees of the CPAS's settings in a letter before any goes out: the
 * letterhead, the meeting places, the labour tribunal a decision names for an appeal (the settings'
 * own, else the directory's), the sender of e-mails, and the signatories of decisions.
 */
public record SettingsPreview(String cpas, Letter.Party letterhead, LocalDate issuedOn, List<String> meetingPlaces, String labourTribunal,
                              boolean labourTribunalFromSettings, String sender, String president, String generalDirector) {
}
