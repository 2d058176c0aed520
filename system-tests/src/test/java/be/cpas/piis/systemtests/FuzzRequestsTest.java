package be.cpas.piis.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fuzz suite's requests follow from its seed alone, so that a failure it reports replays. */
class FuzzRequestsTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/piis/v1/things":{"post":{"security":[{"SecurityScheme":["SOCIAL_WORKER"]}],
                "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewThing"}}}}},
                "get":{"security":[{"SecurityScheme":["SOCIAL_WORKER","AUDITOR"]}],"parameters":[
                  {"name":"pageSize","in":"query","schema":{"type":"integer","minimum":1,"maximum":500}},
                  {"name":"contractId","in":"query","schema":{"type":"string"}}]}},
              "/piis/v1/things/{thingId}":{"get":{"security":[{"SecurityScheme":["SOCIAL_WORKER"]}],
                "parameters":[{"name":"thingId","in":"path","required":true,"schema":{"$ref":"#/components/schemas/UUID"}}]}},
              "/dev/clock":{"get":{}}},
             "components":{"schemas":{
              "UUID":{"type":"string","format":"uuid"},
              "Kind":{"type":"string","enum":["IN_PERSON","REMOTE"]},
              "NewThing":{"type":"object","required":["contractId","title"],"properties":{
                "contractId":{"$ref":"#/components/schemas/UUID"},"title":{"type":"string","maxLength":200,"pattern":"\\\\S"},
                "kind":{"$ref":"#/components/schemas/Kind"},"heldOn":{"type":"string","format":"date"},
                "steps":{"type":"array","maxItems":10,"items":{"type":"object","required":["description"],
                  "properties":{"description":{"type":"string"},"count":{"type":"integer","format":"int32"}}}}}}}}}
            """;

    @Test
    void the_same_seed_makes_the_same_requests_and_another_seed_other_ones() throws IOException {
        OpenApiDocument document = OpenApiDocument.of("thing-service", new ObjectMapper().readTree(DOCUMENT));
        FuzzSeed seed = FuzzSeed.of(Map.of("signedContract", "0b6f6c52-0d55-4c4e-9a51-3c1d0f9d2a10"), LocalDate.of(2026, 12, 1));
        FuzzTokens tokens = new FuzzTokens();

        List<String> first = sent(new FuzzRequests(document, document.operations(), seed, tokens, 7));
        List<String> again = sent(new FuzzRequests(document, document.operations(), seed, tokens, 7));
        List<String> other = sent(new FuzzRequests(document, document.operations(), seed, tokens, 8));

        assertThat(first).hasSizeGreaterThan(100).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void every_operation_but_the_development_ones_gets_requests_and_codes_are_sent_as_the_api_writes_them() throws IOException {
        OpenApiDocument document = OpenApiDocument.of("thing-service", new ObjectMapper().readTree(DOCUMENT));
        FuzzSeed seed = FuzzSeed.of(Map.of(), LocalDate.of(2026, 12, 1));
        FuzzRequests requests = new FuzzRequests(document, document.operations(), seed, new FuzzTokens(), 7);

        Set<String> operations = requests.malformed().stream().flatMap(List::stream).map(FuzzRequest::operation).collect(Collectors.toSet());
        assertThat(operations).contains("POST /piis/v1/things", "GET /piis/v1/things", "GET /piis/v1/things/{thingId}")
                .noneMatch(operation -> operation.contains("/dev/"));
        assertThat(requests.baselines()).filteredOn(request -> request.mutation().equals("baseline (every property)"))
                .singleElement().extracting(request -> new String(request.body())).asString().contains("\"kind\":\"inPerson\"");
        assertThat(FuzzRequests.apiSpelling("WORKING_WITH_COMPLEMENT")).isEqualTo("workingWithComplement");
        assertThat(FuzzRequests.ssin(LocalDate.of(1993, 5, 18), 223)).isEqualTo("93051822361");
    }

    private static List<String> sent(FuzzRequests requests) {
        return requests.malformed().stream().flatMap(List::stream)
                .map(request -> request.method() + " " + request.pathAndQuery() + " " + request.headers() + " "
                        + (request.body() == null ? "" : new String(request.body())) + " " + request.expected().description())
                .toList();
    }
}
