package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.CpasApi;
import be.cpas.piis.console.clients.DirectoryEntry;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A CPAS_ADMIN's pages (X11, X12): the settings of their CPAS that letters and meetings need (its
 * name and address in its languages, meeting places, signatories, sender, labour tribunal
 * division), kept whole with a new version each time, a letter that previews them, and the
 * national directory of CPAS with the tribunal competent for each.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SettingsPages {

    static final List<String> LANGUAGES = List.of("fr", "nl", "de");
    private static final String ADD_PLACE = "addPlace";
    /** The settings keep at most that many meeting places. */
    private static final int MEETING_PLACES_AT_MOST = 20;
    private static final int DIRECTORY_PAGE = 50;

    /**
     * What the settings' form shows: each field by the place the API gives it, the meeting places'
     * rows (those with something in them, then one blank), and the version kept.
     */
    public record SettingsForm(Map<String, String> values, int places, String version) {

        static SettingsForm of(Map<String, String> values) {
            int kept = (int) IntStream.range(0, MEETING_PLACES_AT_MOST).filter(index -> values.entrySet().stream()
                    .anyMatch(field -> field.getKey().startsWith("meetingPlaces[" + index + "]") && !field.getValue().isBlank())).count();
            return new SettingsForm(values, kept + 1, values.getOrDefault("version", ""));
        }

        SettingsForm withPlaceAdded() {
            return new SettingsForm(values, places + 1, version);
        }

        /** The field at {@code pattern} ("addresses.%s.street") for the language or row given. */
        public FormField at(String pattern, Object first) {
            return field(pattern.formatted(first));
        }

        /** The field at {@code pattern} ("meetingPlaces[%d].names.%s") for the row and language given. */
        public FormField at(String pattern, Object first, Object second) {
            return field(pattern.formatted(first, second));
        }

        public List<Integer> placeRows() {
            return IntStream.range(0, places).boxed().toList();
        }

        public List<String> languages() {
            return LANGUAGES;
        }

        private FormField field(String name) {
            return new FormField(name, values.getOrDefault(name, ""));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Frame frame, SettingsForm form, boolean saved, Problem problem);

        static native TemplateInstance directory(Frame frame, String name, boolean searched, List<DirectoryEntry> entries);

        static native TemplateInstance directoryEntry(Frame frame, DirectoryEntry entry);
    }

    @Inject
    @RestClient
    CpasApi cpas;

    @Inject
    Refusals refusals;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Path("/settings")
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        person.requireCpasAdmin();
        return Templates.settings(frame("/settings"), SettingsForm.of(keptValues()), saved, Problem.none()).setLocale(language.locale());
    }

    /** Keeps the settings typed, whole; or, when the add button was pressed, shows the form again with one more meeting place. */
    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keep(MultivaluedMap<String, String> form, @HeaderParam("HX-Request") String htmx) {
        person.requireCpasAdmin();
        Map<String, String> typed = Answers.firstValues(form);
        boolean adding = typed.remove(ADD_PLACE) != null;
        SettingsForm shown = SettingsForm.of(typed);
        if (adding) {
            return Answers.page(Templates.settings(frame("/settings"), shown.withPlaceAdded(), false, Problem.none()), language.locale(), 200);
        }
        try {
            cpas.keepSettings(person.cpas(), JsonPaths.body(typed));
            return Answers.seeOther("/settings?saved=true", htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(Templates.settings(frame("/settings"), shown, false, problem), language.locale(), 422);
        }
    }

    /** X12: a letter as the settings kept make it, in {@code lang} (the page's language by default). */
    @GET
    @Path("/settings/preview")
    @Produces("application/pdf")
    public Response preview(@QueryParam("lang") String lang) {
        person.requireCpasAdmin();
        String asked = LANGUAGES.contains(lang) ? lang : language.code();
        return Answers.pdf(cpas.letterPreview(person.cpas(), asked), "letter-preview-" + asked + ".pdf");
    }

    /** X11: the CPAS whose name contains {@code name}; none asked, none listed. */
    @GET
    @Path("/directory")
    public TemplateInstance directory(@QueryParam("name") String name) {
        String asked = name == null ? "" : name.strip();
        boolean searched = asked.length() >= 2;
        List<DirectoryEntry> entries = searched ? cpas.directory(asked, DIRECTORY_PAGE).items() : List.of();
        return Templates.directory(frame(asked.isEmpty() ? "/directory" : "/directory?name=" + asked), asked, searched, entries)
                .setLocale(language.locale());
    }

    @GET
    @Path("/directory/{nisCode}")
    public TemplateInstance directoryEntry(@PathParam("nisCode") String nisCode) {
        return Templates.directoryEntry(frame("/directory/" + nisCode), cpas.cpas(nisCode)).setLocale(language.locale());
    }

    /** The settings kept, by the places the form names them with; none when the CPAS never kept any. */
    private Map<String, String> keptValues() {
        try {
            return JsonPaths.values(cpas.settings(person.cpas()));
        } catch (WebApplicationException notKept) {
            if (notKept.getResponse().getStatus() == 404) {
                return Map.of();
            }
            throw notKept;
        }
    }

    private Frame frame(String path) {
        return Frame.of(person, language, path);
    }
}
