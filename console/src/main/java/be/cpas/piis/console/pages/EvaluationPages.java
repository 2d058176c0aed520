package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.Evaluation;
import be.cpas.piis.console.clients.EvaluationsApi;
import be.cpas.piis.console.clients.MeetingsApi;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.SentLetter;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An evaluation of a contract, and how it went (E4): attendance, progress on each of the contract's
 * goals, notes and the adjustments the social worker proposes. An unexcused absence is a missed
 * evaluation (E5); the contract's page then shows the breach case it opened (S1).
 */
@Path("/evaluations")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages extends MeetingPages {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** More evaluations than a social worker holds in a week. */
    private static final int WEEK_PAGE = 200;

    /** What a social worker typed into the recording form, shown again with the API's issues when it refused. */
    public static class Recording {
        @FormParam("heldOn")
        public String heldOn = "";
        @FormParam("attendance")
        public String attendance = "inPerson";
        @FormParam("excuseReason")
        public String excuseReason = "";
        /** One per goal of the contract, in the contract's order. */
        @FormParam("progress")
        public List<String> progress = new ArrayList<>();
        @FormParam("notes")
        public String notes = "";
        @FormParam("adjustments")
        public String adjustments = "";

        /** What was typed about the goal at {@code index}. */
        public String progressOn(int index) {
            return index < progress.size() ? progress.get(index) : "";
        }

        Map<String, Object> body(List<Contract.Goal> goals) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("heldOn", Answers.blankToNull(heldOn));
            body.put("attendance", attendance);
            body.put("excuseReason", Answers.blankToNull(excuseReason));
            body.put("progress", Answers.blankToNull(progressPerGoal(goals)));
            body.put("notes", Answers.blankToNull(notes));
            body.put("adjustments", Answers.blankToNull(adjustments));
            return body;
        }

        /** The API keeps one text of progress: each goal's, under its title. */
        private String progressPerGoal(List<Contract.Goal> goals) {
            return IntStream.range(0, goals.size())
                    .filter(index -> !progressOn(index).isBlank())
                    .mapToObj(index -> goals.get(index).title() + " : " + progressOn(index).strip())
                    .collect(Collectors.joining("\n\n"));
        }
    }

    /** The day, time and place a social worker moves an evaluation to (E1, A1). */
    public static class Moving {
        @FormParam("plannedOn")
        public String plannedOn = "";
        @FormParam("startsAt")
        public String startsAt = "";
        @FormParam("place")
        public String place = "";

        static Moving from(Evaluation evaluation) {
            Moving moving = new Moving();
            moving.plannedOn = String.valueOf(evaluation.plannedOn());
            if (evaluation.appointment() != null) {
                moving.startsAt = evaluation.appointment().startsAt() == null ? "" : evaluation.appointment().startsAt().toString();
                moving.place = Objects.requireNonNullElse(evaluation.appointment().place(), "");
            }
            return moving;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("plannedOn", Answers.blankToNull(plannedOn));
            body.put("startsAt", Answers.blankToNull(startsAt));
            body.put("place", Answers.blankToNull(place));
            return body;
        }
    }

    /** A social worker's week: each day from Monday to Sunday with the evaluations planned on it. */
    public record Week(LocalDate monday, List<Day> days) {

        public LocalDate sunday() {
            return monday.plusDays(6);
        }

        public LocalDate previous() {
            return monday.minusWeeks(1);
        }

        public LocalDate next() {
            return monday.plusWeeks(1);
        }

        public boolean empty() {
            return days.stream().allMatch(day -> day.evaluations().isEmpty());
        }
    }

    public record Day(LocalDate date, List<WeekEntry> evaluations) {
    }

    /** An evaluation of the week with the name of the beneficiary it is with. */
    public record WeekEntry(Evaluation evaluation, String beneficiaryName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(Frame frame, Week week);

        static native TemplateInstance evaluation(Frame frame, Evaluation evaluation, Contract contract, Beneficiary beneficiary,
                                                  List<SentLetter> letters,
                                                  Recording recording, Moving moving, Problem problem);
    }

    @Inject
    @RestClient
    EvaluationsApi evaluations;

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    SignedInPerson person;

    /** The week of {@code of} (this week when absent or not a date) in the signed-in social worker's calendar. */
    @GET
    @Path("/week")
    public TemplateInstance week(@QueryParam("of") String of) {
        LocalDate monday = dayOrToday(of).with(DayOfWeek.MONDAY);
        Map<UUID, String> names = new HashMap<>();
        Map<LocalDate, List<WeekEntry>> byDay = new TreeMap<>();
        evaluations.ofSocialWorker(person.username(), monday.toString(), monday.plusDays(6).toString(), WEEK_PAGE).items()
                .forEach(evaluation -> byDay.computeIfAbsent(evaluation.plannedOn(), day -> new ArrayList<>()).add(new WeekEntry(evaluation,
                        names.computeIfAbsent(evaluation.contractId(), this::beneficiaryNameOf))));
        List<Day> days = IntStream.range(0, 7).mapToObj(monday::plusDays)
                .map(day -> new Day(day, byDay.getOrDefault(day, List.of()))).toList();
        return Templates.week(Frame.of(person, language, "/evaluations/week?of=" + monday), new Week(monday, days)).setLocale(language.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance evaluation(@PathParam("id") UUID id) {
        Evaluation evaluation = evaluations.evaluation(id);
        return page(evaluation, contracts.contract(evaluation.contractId()), new Recording(), Moving.from(evaluation), Problem.none())
                .setLocale(language.locale());
    }

    @POST
    @Path("/{id}/appointment")
    public Response move(@PathParam("id") UUID id, @BeanParam Moving moving, @HeaderParam("HX-Request") String htmx) {
        Evaluation evaluation = evaluations.evaluation(id);
        try {
            evaluations.move(id, moving.body());
            return Answers.seeOther("/evaluations/" + id, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(page(evaluation, contracts.contract(evaluation.contractId()), new Recording(), moving, problem),
                    language.locale(), 422);
        }
    }

    @POST
    @Path("/{id}/record")
    public Response record(@PathParam("id") UUID id, @BeanParam Recording recording, @HeaderParam("HX-Request") String htmx) {
        Evaluation evaluation = evaluations.evaluation(id);
        Contract contract = contracts.contract(evaluation.contractId());
        try {
            evaluations.record(id, recording.body(contract.goals()));
            return Answers.seeOther("/contracts/" + contract.id(), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(page(evaluation, contract, recording, Moving.from(evaluation), problem), language.locale(), 422);
        }
    }

    @Override
    MeetingsApi meetings() {
        return evaluations;
    }

    @Override
    String kind() {
        return "evaluation";
    }

    @Override
    String pathOf(UUID id) {
        return "/evaluations/" + id;
    }

    @Override
    String beneficiaryLanguageOf(UUID id) {
        return contracts.beneficiary(contracts.contract(evaluations.evaluation(id).contractId()).beneficiaryId()).language();
    }

    @Override
    TemplateInstance refusedPage(UUID id, Problem problem) {
        Evaluation evaluation = evaluations.evaluation(id);
        return page(evaluation, contracts.contract(evaluation.contractId()), new Recording(), Moving.from(evaluation), problem);
    }

    private String beneficiaryNameOf(UUID contractId) {
        return contracts.beneficiary(contracts.contract(contractId).beneficiaryId()).name();
    }

    private static LocalDate dayOrToday(String day) {
        try {
            return day == null ? LocalDate.now(BELGIUM) : LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return LocalDate.now(BELGIUM);
        }
    }

    private TemplateInstance page(Evaluation evaluation, Contract contract, Recording recording, Moving moving, Problem problem) {
        return Templates.evaluation(Frame.of(person, language, "/evaluations/" + evaluation.id()), evaluation, contract,
                contracts.beneficiary(contract.beneficiaryId()), evaluations.letters(evaluation.id()).items(), recording, moving, problem);
    }
}
