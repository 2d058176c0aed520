package be.cpas.piis.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The representations of a convocation, chosen with {@code Accept} rather than with a file extension
 * in the path ([uri-extens]): the letter as a PDF, the default, or the appointment as an iCalendar event.
 */
public final class Representations {

    public static final String PDF = "application/pdf";
    public static final String CALENDAR = "text/calendar";

    private Representations() {
    }

    /** Whether the first of the caller's acceptable types that either representation matches is the calendar's. */
    public static boolean calendarWanted(HttpHeaders headers) {
        MediaType pdf = MediaType.valueOf(PDF);
        MediaType calendar = MediaType.valueOf(CALENDAR);
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(pdf) || type.isCompatible(calendar))
                .findFirst()
                .map(type -> !type.isCompatible(pdf))
                .orElse(false);
    }
}
