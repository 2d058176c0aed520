package be.cpas.piis.platform.settings;

import be.cpas.piis.events.CpasSettingsChanged.Addresses;
import be.cpas.piis.events.CpasSettingsChanged.LabourTribunal;
import be.cpas.piis.events.CpasSettingsChanged.MeetingPlace;
import be.cpas.piis.events.CpasSettingsChanged.PostalAddress;
import be.cpas.piis.events.CpasSettingsChanged.Texts;
import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a letter or a meeting of one CPAS needs from its settings (X12). Each accessor names the
 * setting it reads, and a missing one refuses the action with rule X12 naming it: a letter never
 * goes out with a hole where the CPAS's name, address or signatory should be.
 */
public final class CpasSettings {

    private final String cpas;
    private final CpasSettingsChanged kept;

    CpasSettings(String cpas, CpasSettingsChanged kept) {
        this.cpas = cpas;
        this.kept = kept;
    }

    /** The settings of a CPAS whose CPAS_ADMIN never kept any: every accessor refuses. */
    static CpasSettings none(String cpas) {
        return new CpasSettings(cpas, null);
    }

    public String cpas() {
        return cpas;
    }

    /** The CPAS's name in {@code language}, as its letters are headed and signed ("CPAS de Bruxelles", "OCMW Brussel"). */
    public String name(Language language) {
        return required("names." + code(language), text(kept == null ? null : kept.names(), language));
    }

    public PostalAddress address(Language language) {
        return required("addresses." + code(language), address(kept == null ? null : kept.addresses(), language));
    }

    /** The CPAS as the letterhead of a letter in {@code language} shows it: its name and postal address (A4). */
    public Letter.Party letterhead(Language language) {
        return new Letter.Party(name(language), linesOf(address(language)));
    }

    /** A postal address on the lines a letter prints it: the street, then the postal code and the city. */
    public static List<String> linesOf(PostalAddress address) {
        return List.of(address.street(), address.postalCode() + " " + address.city());
    }

    /**
     * A postal address on one line, as a notification names the labour tribunal: "Place Poelaert 3,
     * 1000 Bruxelles". The directory's may lack a part, which is left out rather than printed as a hole.
     */
    public static String oneLine(String street, String postalCode, String city) {
        String place = Stream.of(postalCode, city).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(street, place).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    /** The first meeting place, in {@code language}, where the CPAS kept one whole in that language. */
    public Optional<Place> mainMeetingPlace(Language language) {
        try {
            return Optional.of(meetingPlace(null, language));
        } catch (RuleViolationException notKept) {
            return Optional.empty();
        }
    }

    /** The meeting place named {@code code}, or the first one when no code is given. */
    public Place meetingPlace(String code, Language language) {
        List<MeetingPlace> places = kept == null || kept.meetingPlaces() == null ? List.of() : kept.meetingPlaces();
        String setting = code == null ? "meetingPlaces" : "meetingPlaces[code=" + code + "]";
        MeetingPlace place = required(setting, places.stream()
                .filter(candidate -> code == null || code.equals(candidate.code()))
                .findFirst().orElse(null));
        return new Place(place.code(),
                required(setting + ".names." + code(language), text(place.names(), language)),
                required(setting + ".addresses." + code(language), address(place.addresses(), language)));
    }

    /** A meeting place as a letter prints it. */
    public record Place(String code, String name, PostalAddress address) {

        /** On one line, as an appointment's place: "OCMW Brussel, sociaal onthaal, Hoogstraat 298A, 1000 Brussel". */
        public String asOneLine() {
            return name + ", " + String.join(", ", linesOf(address));
        }
    }

    public String president() {
        return required("signatories.president", kept == null || kept.signatories() == null ? null : kept.signatories().president());
    }

    public String generalDirector() {
        return required("signatories.generalDirector",
                kept == null || kept.signatories() == null ? null : kept.signatories().generalDirector());
    }

    /** The address e-mails and calendar invitations come from. */
    public String senderEmail() {
        return required("sender.email", kept == null || kept.sender() == null ? null : kept.sender().email());
    }

    /** The labour tribunal the CPAS set for files in {@code language}, where it corrects the directory's (S8). */
    public Optional<LabourTribunal> labourTribunal(Language language) {
        if (kept == null || kept.labourTribunals() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (language) {
            case FR -> kept.labourTribunals().fr();
            case NL -> kept.labourTribunals().nl();
            case DE -> kept.labourTribunals().de();
        });
    }

    private <T> T required(String setting, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RuleViolationException("X12", Wording.of("settings.missing", cpas, setting));
        }
        return value;
    }

    private static String text(Texts texts, Language language) {
        if (texts == null) {
            return null;
        }
        return switch (language) {
            case FR -> texts.fr();
            case NL -> texts.nl();
            case DE -> texts.de();
        };
    }

    private static PostalAddress address(Addresses addresses, Language language) {
        if (addresses == null) {
            return null;
        }
        return switch (language) {
            case FR -> addresses.fr();
            case NL -> addresses.nl();
            case DE -> addresses.de();
        };
    }

    private static String code(Language language) {
        return language.name().toLowerCase(java.util.Locale.ROOT);
    }
}
