package be.cpas.piis.console.pages;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A step of a breach case the pages offer as a form (S1-S8), with the fields the API's body takes:
 * the form's field names are the body's, so that the API's issues name the field they are about.
 * A blank field is a value not given (the API then takes today, or says what is missing).
 */
enum BreachStep {

    FORMAL_NOTICE("formalNotice", text("expected"), text("respondBy"), text("sentOn")),
    NOTICE_ANSWER("noticeAnswer", text("answer"), text("answeredOn")),
    OPINION("opinion", text("opinion"), text("givenOn")),
    HEARING_REQUEST("hearingRequest", text("requestedOn")),
    HEARING_APPOINTMENT("hearingAppointment", text("plannedOn"), text("startsAt"), text("place")),
    CONVOCATION_SENT("convocationSent", text("sentOn")),
    HEARING("hearing", text("heldOn"), yesNo("present"), text("assistedBy"), text("summary")),
    LEGITIMATE_REASON("legitimateReason", text("reason"), text("recordedOn")),
    DECISION("decision", text("decision"), text("scope"), number("percentage"), amount("amount"), text("startsOn"),
            text("lengthValue"), text("lengthUnit"), number("probationMonths"), text("reasons"), text("decidedOn")),
    NOTIFICATION("notification", text("postedOn")),
    EXECUTION("execution", text("startsOn"), text("executedOn"), text("reasons"), text("postedOn")),
    CLOSURE("closure", text("reasons"), text("closedOn")),
    APPEAL("appeal", text("filedOn"));

    /** A field of the form, and how its typed text becomes the body's value. */
    record Field(String name, Function<String, Object> value) {
    }

    private final String path;
    private final List<Field> fields;

    BreachStep(String path, Field... fields) {
        this.path = path;
        this.fields = List.of(fields);
    }

    String path() {
        return path;
    }

    static Optional<BreachStep> named(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }

    /** What was typed into the step's form, field by field, blank when not typed. */
    Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(field -> typed.put(field.name(), form.getOrDefault(field.name(), "")));
        return typed;
    }

    /** The API's body for what was typed. */
    Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach(field -> Optional.ofNullable(Answers.blankToNull(typed.get(field.name())))
                .ifPresent(value -> body.put(field.name(), field.value().apply(value))));
        return this == DECISION ? decisionBody(body) : body;
    }

    /**
     * S6, S7: a decision of no sanction carries only its reasons and day; a suspension its length as an
     * ISO period ("P1M", "P15D") and its deferral as an object; a total one no share.
     */
    private static Map<String, Object> decisionBody(Map<String, Object> typed) {
        Map<String, Object> body = new LinkedHashMap<>(typed);
        Object value = body.remove("lengthValue");
        Object unit = body.remove("lengthUnit");
        Object probation = body.remove("probationMonths");
        if ("noSanction".equals(body.get("decision"))) {
            List.of("scope", "percentage", "amount", "startsOn").forEach(body::remove);
            return body;
        }
        if (value != null) {
            body.put("length", "P" + value + ("days".equals(unit) ? "D" : "M"));
        }
        if (probation != null) {
            body.put("deferral", Map.of("probationMonths", probation));
        }
        if ("total".equals(body.get("scope"))) {
            body.remove("percentage");
            body.remove("amount");
        }
        return body;
    }

    private static Field text(String name) {
        return new Field(name, value -> value);
    }

    private static Field yesNo(String name) {
        return new Field(name, Boolean::valueOf);
    }

    /** A whole number, or the text as typed for the API to say it is none. */
    private static Field number(String name) {
        return new Field(name, value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException notANumber) {
                return value;
            }
        });
    }

    /** An amount in euros, with a comma or a point; the text as typed when it is none. */
    private static Field amount(String name) {
        return new Field(name, value -> {
            try {
                return new BigDecimal(value.replace(',', '.'));
            } catch (NumberFormatException notAnAmount) {
                return value;
            }
        });
    }
}
