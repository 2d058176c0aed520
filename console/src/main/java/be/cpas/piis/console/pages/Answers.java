package be.cpas.piis.console.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How the pages answer a form: the page that shows the change, or the form again with its refusal. */
final class Answers {

    private Answers() {
    }

    /** After a change, the page that shows it; htmx is told to go there as a whole page. */
    static Response seeOther(String path, String htmx) {
        return htmx != null ? Response.ok().header("HX-Redirect", path).build() : Response.seeOther(URI.create(path)).build();
    }

    static Response page(TemplateInstance page, Locale locale, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.setLocale(locale)).build();
    }

    /** A document the browser shows itself, under the name it saves it as. */
    static Response pdf(byte[] document, String fileName) {
        return Response.ok(document, "application/pdf").header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    /** A meeting for the person's calendar, as a file their calendar application opens. */
    static Response calendar(String event, String fileName) {
        return Response.ok(event, "text/calendar").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** A form's fields by name, each with the first value posted under it (blank when none). */
    static Map<String, String> firstValues(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, posted) -> values.put(name, posted.isEmpty() ? "" : posted.get(0)));
        return values;
    }

    /** A field left empty is a value not given. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
