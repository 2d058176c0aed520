package be.cpas.piis.events;

import java.util.List;
import java.util.UUID;

/**
 * A CPAS's settings as its CPAS_ADMIN kept them last (X12): what its letters and meetings need, whole,
 * so that every service keeps its own copy and none has to ask the owner while writing a letter.
 * {@code version} grows with each change: a copy takes a version only over an older one. The
 * names are those of the CPAS and of its officers signing its decisions, public as its letters
 * are; never a beneficiary's (X10). Texts in fr, nl and de: a letter is written wholly in one of them.
 */
public record CpasSettingsChanged(UUID settingsId, String cpas, long version, Texts names, Addresses addresses,
                                  List<MeetingPlace> meetingPlaces, Signatories signatories, Sender sender,
                                  LabourTribunals labourTribunals) implements PiisEvent {

    /** A text in the languages of letters; a language the CPAS does not write in is left out. */
    public record Texts(String fr, String nl, String de) {
    }

    public record PostalAddress(String street, String postalCode, String city) {
    }

    /** A postal address as written in each language ("Rue Haute 298A, 1000 Bruxelles", "Hoogstraat 298A, 1000 Brussel"). */
    public record Addresses(PostalAddress fr, PostalAddress nl, PostalAddress de) {
    }

    /** Where the CPAS meets beneficiaries; {@code code} names it in the meetings that take place there. */
    public record MeetingPlace(String code, Texts names, Addresses addresses) {
    }

    /** Who signs the Council's decisions (A4): its President and the general director. */
    public record Signatories(String president, String generalDirector) {
    }

    /** Who e-mails and calendar invitations come from. */
    public record Sender(String name, String email) {
    }

    /** The labour tribunal division competent for the CPAS's beneficiaries (S8) per language of the file, when it is not the directory's. */
    public record LabourTribunals(LabourTribunal fr, LabourTribunal nl, LabourTribunal de) {
    }

    public record LabourTribunal(String name, PostalAddress address) {
    }

    @Override
    public UUID subjectId() {
        return settingsId;
    }
}
