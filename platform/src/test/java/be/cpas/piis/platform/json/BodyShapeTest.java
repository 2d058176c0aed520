package be.cpas.piis.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.platform.problem.InputIssue;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a request body is checked against the type it becomes, without Quarkus. */
class BodyShapeTest {

    enum Party { BENEFICIARY, CPAS }

    record Step(String description, Party responsible, LocalDate dueDate) {
    }

    record Draft(UUID beneficiaryId, String title, int weeks, Boolean student, LocalDate startDate, LocalTime startsAt, Period length,
                 List<Step> steps, JsonNode notes) {
    }

    private final ObjectMapper mapper = conventional(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static ObjectMapper conventional(ObjectMapper mapper) {
        new JsonConventions().customize(mapper);
        return mapper;
    }

    @Test
    void X5_a_sound_body_has_no_issue() throws IOException {
        assertThat(issuesOf("""
                {"beneficiaryId":"1b06f0d1-9fa8-4316-a2f4-9835faf60910","title":"Find a job","weeks":12,"student":false,
                 "startDate":"2026-12-01","startsAt":"09:30","steps":[{"description":"Register","responsible":"cpas","dueDate":"2026-12-15"}],
                 "notes":{"any":["thing",1]}}
                """)).isEmpty();
    }

    @Test
    void X5_every_fault_of_a_body_is_reported_with_the_path_of_its_property() throws IOException {
        List<InputIssue> issues = issuesOf("""
                {"beneficiaryId":"1-1-1-1-1","title":1,"weeks":"12","student":"true","startDate":0,"startsAt":"25:00",
                 "steps":[{"description":true,"responsible":"CPAS","dueDate":"2026-02-30","due":1}],"surplus":null}
                """);

        assertThat(issues).extracting(InputIssue::name).containsExactly("beneficiaryId", "title", "weeks", "student", "startDate",
                "startsAt", "steps[0].description", "steps[0].responsible", "steps[0].dueDate", "steps[0].due", "surplus");
        assertThat(issues).filteredOn(issue -> issue.name().equals("steps[0].responsible")).singleElement()
                .extracting(InputIssue::detail).isEqualTo("must be one of beneficiary, cpas");
        assertThat(issues).filteredOn(issue -> issue.name().equals("surplus")).singleElement()
                .extracting(InputIssue::type).isEqualTo("urn:problem-type:belgif:input-validation:unknownInput");
    }

    @Test
    void X5_a_code_a_time_or_a_period_is_taken_exactly_as_written_never_trimmed_nor_empty() throws IOException {
        assertThat(issuesOf("""
                {"startsAt":"09:30\\u0000","length":"","steps":[{"responsible":"cpas\\u0000"},{"responsible":" cpas"}]}
                """)).extracting(InputIssue::name).containsExactly("startsAt", "length", "steps[0].responsible", "steps[1].responsible");
        assertThat(issuesOf("{\"startsAt\":\"09:30\",\"length\":\"P1M\"}")).isEmpty();
    }

    @Test
    void X5_a_body_that_is_not_utf_8_is_refused() throws IOException {
        List<InputIssue> issues = new ArrayList<>();
        JsonNode tree = StrictJsonTree.read(mapper.getFactory(), new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}, issues);

        assertThat(tree).isNull();
        assertThat(issues).extracting(InputIssue::detail).containsExactly("is not UTF-8");
    }

    @Test
    void X5_a_date_outside_1900_to_2199_is_refused_however_well_formed() throws IOException {
        assertThat(issuesOf("{\"startDate\":\"+999999999-12-31\",\"steps\":[{\"dueDate\":\"1899-12-31\"}]}"))
                .extracting(InputIssue::name, InputIssue::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "is not between 1900-01-01 and 2199-12-31"),
                        org.assertj.core.groups.Tuple.tuple("steps[0].dueDate", "is not between 1900-01-01 and 2199-12-31"));
        assertThat(issuesOf("{\"startDate\":\"1900-01-01\",\"steps\":[{\"dueDate\":\"2199-12-31\"}]}")).isEmpty();
    }

    @Test
    void X5_a_text_that_cannot_be_stored_nor_printed_is_refused_anywhere_in_the_body() throws IOException {
        List<InputIssue> issues = issuesOf("""
                {"title":"Absent \\uffff","steps":[{"description":"nul \\u0000"},{"description":"half \\ud800"}],"notes":{"a":["\\u0001"]}}
                """);

        assertThat(issues).extracting(InputIssue::name).containsExactly("title", "steps[0].description", "steps[1].description", "notes.a[0]");
        assertThat(issues).allSatisfy(issue -> assertThat(issue.value()).isNull());
    }

    @Test
    void X5_a_property_given_twice_and_content_after_the_value_are_refused() throws IOException {
        assertThat(issuesOf("{\"title\":\"a\",\"steps\":[{\"description\":\"b\",\"description\":\"c\"}],\"title\":\"d\"}"))
                .extracting(InputIssue::name, InputIssue::detail)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("steps[0].description", "is given more than once"),
                        org.assertj.core.groups.Tuple.tuple("title", "is given more than once"));
        assertThat(issuesOf("{\"title\":\"a\"} {}")).extracting(InputIssue::detail)
                .containsExactly("content follows the JSON value: a body holds exactly one");
    }

    @Test
    void X5_texts_and_lists_are_bounded_and_a_deep_body_is_not_read_to_its_end() {
        String longText = "a".repeat(BodyShape.MAX_TEXT_LENGTH + 1);
        String manySteps = "{}," .repeat(BodyShape.MAX_ITEMS) + "{}";
        assertThat(issuesOfUnchecked("{\"title\":\"" + longText + "\",\"steps\":[" + manySteps + "]}"))
                .extracting(InputIssue::name).containsExactly("title", "steps");
        assertThatThrownBy(() -> issuesOf("[".repeat(5_000))).isInstanceOf(StrictJsonTree.TooDeep.class);
    }

    private List<InputIssue> issuesOfUnchecked(String body) {
        try {
            return issuesOf(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<InputIssue> issuesOf(String body) throws IOException {
        List<InputIssue> issues = new ArrayList<>();
        JsonNode tree = StrictJsonTree.read(mapper.getFactory(), body.getBytes(StandardCharsets.UTF_8), issues);
        JavaType type = mapper.getTypeFactory().constructType(Draft.class);
        BodyShape.check(mapper, type, tree, issues);
        return issues;
    }
}
