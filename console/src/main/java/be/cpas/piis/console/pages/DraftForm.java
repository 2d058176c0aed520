package be.cpas.piis.console.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * C3 to C6: a new contract as a form, its fields named as the API names their places ({@link FormField}):
 * as many goals, steps and partners as the social worker adds (a button of the form adds a row, without
 * JavaScript), the commitments of the beneficiary and of the CPAS, the referent, the replacement and the
 * person of trust. Rows left blank are not sent, and the form is shown again as it was sent, so that the
 * API's issue about {@code goals[1].steps[0].dueDate} stands beside that very field.
 */
public final class DraftForm {

    /** What the {@code add} button of the form asks for: another goal, another partner, or a step of goal {@code step-N}. */
    static final String ADD = "add";

    private static final Pattern GOAL_FIELD = Pattern.compile("goals\\[(\\d{1,3})]\\..*");
    private static final Pattern STEP_FIELD = Pattern.compile("goals\\[(\\d{1,3})]\\.steps\\[(\\d{1,3})]\\..*");
    private static final Pattern PARTNER_FIELD = Pattern.compile("partners\\[(\\d{1,3})]\\..*");
    /** More rows than a contract has: beyond, what a form posts is not read. */
    private static final int MOST_ROWS = 50;

    private record Step(String description, String responsible, String dueDate) {

        static final Step BLANK = new Step("", "beneficiary", "");

        boolean blank() {
            return description.isBlank() && dueDate.isBlank();
        }
    }

    private record Goal(String kind, String title, List<Step> steps) {

        static final Goal BLANK = new Goal("professional", "", List.of(Step.BLANK));

        boolean blank() {
            return title.isBlank() && steps.stream().allMatch(Step::blank);
        }
    }

    private record Partner(String name, String expectations) {

        boolean blank() {
            return name.isBlank() && expectations.isBlank();
        }
    }

    public record GoalRows(int number, FormField kind, FormField title, List<StepRows> steps) {

        /** The value of the button that adds a step to this goal. */
        public String addStep() {
            return "step-" + (number - 1);
        }
    }

    public record StepRows(int number, FormField description, FormField responsible, FormField dueDate) {
    }

    public record PartnerRows(int number, FormField name, FormField expectations) {
    }

    public final FormField type;
    public final FormField startDate;
    public final FormField endDate;
    public final FormField referentWorker;
    public final FormField replacementWorker;
    public final FormField personOfTrust;
    public final FormField beneficiaryCommitment;
    public final FormField cpasCommitment;
    private final List<Goal> goalValues;
    private final List<Partner> partnerValues;

    private DraftForm(Map<String, String> scalars, List<Goal> goals, List<Partner> partners) {
        type = new FormField("type", scalars.getOrDefault("type", "general"));
        startDate = new FormField("startDate", scalars.getOrDefault("startDate", ""));
        endDate = new FormField("endDate", scalars.getOrDefault("endDate", ""));
        referentWorker = new FormField("referentWorker", scalars.getOrDefault("referentWorker", ""));
        replacementWorker = new FormField("replacementWorker", scalars.getOrDefault("replacementWorker", ""));
        personOfTrust = new FormField("personOfTrust", scalars.getOrDefault("personOfTrust", ""));
        beneficiaryCommitment = new FormField("commitments[0].description", scalars.getOrDefault("commitments[0].description", ""));
        cpasCommitment = new FormField("commitments[1].description", scalars.getOrDefault("commitments[1].description", ""));
        this.goalValues = goals.isEmpty() ? List.of(Goal.BLANK) : List.copyOf(goals);
        this.partnerValues = List.copyOf(partners);
    }

    /** A blank contract of a year from {@code start}, whose referent is the social worker who drafts it. */
    static DraftForm blank(LocalDate start, String referent) {
        return new DraftForm(Map.of("startDate", start.toString(), "endDate", start.plusYears(1).minusDays(1).toString(),
                "referentWorker", referent), List.of(), List.of());
    }

    /** What the social worker posted. */
    static DraftForm typed(MultivaluedMap<String, String> form) {
        Map<String, String> scalars = new LinkedHashMap<>();
        for (String name : List.of("type", "startDate", "endDate", "referentWorker", "replacementWorker", "personOfTrust",
                "commitments[0].description", "commitments[1].description")) {
            scalars.put(name, value(form, name));
        }
        int goalCount = rows(form, GOAL_FIELD);
        List<Goal> goals = IntStream.range(0, goalCount).mapToObj(goal -> {
            String place = "goals[" + goal + "].";
            int stepCount = form.keySet().stream().map(STEP_FIELD::matcher).filter(Matcher::matches)
                    .filter(match -> Integer.parseInt(match.group(1)) == goal)
                    .mapToInt(match -> Integer.parseInt(match.group(2)) + 1).filter(count -> count <= MOST_ROWS).max().orElse(0);
            List<Step> steps = IntStream.range(0, stepCount).mapToObj(step -> {
                String stepPlace = place + "steps[" + step + "].";
                return new Step(value(form, stepPlace + "description"), valueOr(form, stepPlace + "responsible", "beneficiary"),
                        value(form, stepPlace + "dueDate"));
            }).toList();
            return new Goal(valueOr(form, place + "kind", "professional"), value(form, place + "title"), steps);
        }).toList();
        List<Partner> partners = IntStream.range(0, rows(form, PARTNER_FIELD))
                .mapToObj(partner -> new Partner(value(form, "partners[" + partner + "].name"),
                        value(form, "partners[" + partner + "].expectations")))
                .toList();
        return new DraftForm(scalars, goals, partners);
    }

    /** The same form with the blank rows left out: what is sent, and shown again beside the API's issues. */
    DraftForm compacted() {
        List<Goal> goals = goalValues.stream()
                .filter(goal -> !goal.blank())
                .map(goal -> new Goal(goal.kind(), goal.title(), goal.steps().stream().filter(step -> !step.blank()).toList()))
                .toList();
        return new DraftForm(scalars(), goals, partnerValues.stream().filter(partner -> !partner.blank()).toList());
    }

    /** The same form with one more row, as the {@code add} button asked; unchanged for anything else. */
    DraftForm withRowAdded(String what) {
        List<Goal> goals = new ArrayList<>(goalValues);
        List<Partner> partners = new ArrayList<>(partnerValues);
        if ("goal".equals(what) && goals.size() < MOST_ROWS) {
            goals.add(Goal.BLANK);
        } else if ("partner".equals(what) && partners.size() < MOST_ROWS) {
            partners.add(new Partner("", ""));
        } else {
            stepOf(what).filter(goal -> goal < goals.size() && goals.get(goal).steps().size() < MOST_ROWS).ifPresent(goal -> {
                Goal extended = goals.get(goal);
                List<Step> steps = new ArrayList<>(extended.steps());
                steps.add(Step.BLANK);
                goals.set(goal, new Goal(extended.kind(), extended.title(), steps));
            });
        }
        return new DraftForm(scalars(), goals, partners);
    }

    /** The body of {@code POST /piis/v1/contracts}, of the form as it stands (compact it first). */
    Map<String, Object> body(UUID beneficiaryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("beneficiaryId", beneficiaryId);
        body.put("type", type.value());
        body.put("startDate", Answers.blankToNull(startDate.value()));
        body.put("endDate", Answers.blankToNull(endDate.value()));
        body.put("referentWorker", Answers.blankToNull(referentWorker.value()));
        body.put("replacementWorker", Answers.blankToNull(replacementWorker.value()));
        body.put("personOfTrust", Answers.blankToNull(personOfTrust.value()));
        body.put("goals", goalValues.stream().map(goal -> {
            Map<String, Object> goalBody = new LinkedHashMap<>();
            goalBody.put("kind", goal.kind());
            goalBody.put("title", goal.title());
            goalBody.put("steps", goal.steps().stream().map(step -> {
                Map<String, Object> stepBody = new LinkedHashMap<>();
                stepBody.put("description", step.description());
                stepBody.put("responsible", step.responsible());
                stepBody.put("dueDate", Answers.blankToNull(step.dueDate()));
                return stepBody;
            }).toList());
            return goalBody;
        }).toList());
        body.put("commitments", List.of(Map.of("party", "beneficiary", "description", beneficiaryCommitment.value()),
                Map.of("party", "cpas", "description", cpasCommitment.value())));
        body.put("partners", partnerValues.stream().map(partner -> {
            Map<String, Object> partnerBody = new LinkedHashMap<>();
            partnerBody.put("name", partner.name());
            partnerBody.put("expectations", Answers.blankToNull(partner.expectations()));
            return partnerBody;
        }).toList());
        return body;
    }

    /** Each goal with its steps, a goal without any showing one blank step to fill in. */
    public List<GoalRows> goals() {
        return IntStream.range(0, goalValues.size()).mapToObj(index -> {
            Goal goal = goalValues.get(index);
            String place = "goals[" + index + "].";
            List<Step> steps = goal.steps().isEmpty() ? List.of(Step.BLANK) : goal.steps();
            List<StepRows> stepRows = IntStream.range(0, steps.size()).mapToObj(step -> {
                String stepPlace = place + "steps[" + step + "].";
                return new StepRows(step + 1, new FormField(stepPlace + "description", steps.get(step).description()),
                        new FormField(stepPlace + "responsible", steps.get(step).responsible()),
                        new FormField(stepPlace + "dueDate", steps.get(step).dueDate()));
            }).toList();
            return new GoalRows(index + 1, new FormField(place + "kind", goal.kind()), new FormField(place + "title", goal.title()), stepRows);
        }).toList();
    }

    public List<PartnerRows> partners() {
        return IntStream.range(0, partnerValues.size()).mapToObj(index -> new PartnerRows(index + 1,
                new FormField("partners[" + index + "].name", partnerValues.get(index).name()),
                new FormField("partners[" + index + "].expectations", partnerValues.get(index).expectations()))).toList();
    }

    private Map<String, String> scalars() {
        Map<String, String> scalars = new LinkedHashMap<>();
        for (FormField field : List.of(type, startDate, endDate, referentWorker, replacementWorker, personOfTrust, beneficiaryCommitment,
                cpasCommitment)) {
            scalars.put(field.name(), field.value());
        }
        return scalars;
    }

    private static Optional<Integer> stepOf(String what) {
        return Optional.ofNullable(what).filter(value -> value.matches("step-\\d{1,2}")).map(value -> Integer.parseInt(value.substring(5)));
    }

    /** How many rows the fields matching {@code pattern} describe (the highest index plus one), bounded. */
    private static int rows(MultivaluedMap<String, String> form, Pattern pattern) {
        return form.keySet().stream().map(pattern::matcher).filter(Matcher::matches)
                .mapToInt(match -> Integer.parseInt(match.group(1)) + 1).filter(count -> count <= MOST_ROWS).max().orElse(0);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        return valueOr(form, name, "");
    }

    private static String valueOr(MultivaluedMap<String, String> form, String name, String absent) {
        String value = form.getFirst(name);
        return value == null ? absent : value.strip();
    }
}
