package be.cpas.piis.systemtests;

import static be.cpas.piis.systemtests.Platform.CONTRACTS;
import static be.cpas.piis.systemtests.Platform.EVALUATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.systemtests.OtlpCollector.ReceivedSpan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services as they run in a cluster (profile {@code cluster}): traces exported over OTLP to a
 * collector, logs as JSON lines. A signature request's trace follows the event through the outbox
 * and Kafka into evaluation-service; no log line and no span names a beneficiary by NISS (X3).
 */
class ObservabilityTest {

    private static final String BRUSSELS = "21004";
    private static final ZoneId BRUSSELS_TIME = ZoneId.of("Europe/Brussels");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SIGNING_SSIN = "85073003328";
    private static final String REGISTERED_SSIN = "90020197724";
    /** Fails the NISS check digits: a 400, whose answer must not reach the logs either. */
    private static final String INVALID_SSIN = "90020197725";
    private static final List<String> NATIONAL_NUMBERS = List.of(SIGNING_SSIN, REGISTERED_SSIN, INVALID_SSIN);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OtlpCollector collector;
    private static Platform platform;
    private static SocialWorker brussels;

    @BeforeAll
    static void startPlatform() {
        collector = OtlpCollector.start();
        Platform.Setup setup = Platform.deployment("observed", List.of(CONTRACTS, EVALUATIONS));
        for (String service : List.of(CONTRACTS, EVALUATIONS)) {
            setup.with(service, "quarkus.profile", "local,cluster")
                    .with(service, "quarkus.otel.exporter.otlp.endpoint", collector.endpoint())
                    .with(service, "quarkus.otel.exporter.otlp.protocol", "http/protobuf")
                    .with(service, "quarkus.otel.bsp.schedule.delay", "200ms");
        }
        platform = setup.start();
        brussels = new SocialWorker(platform, BRUSSELS);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            brussels.moveClocksTo(LocalDate.now(BRUSSELS_TIME));
            platform.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void the_trace_of_a_signature_request_holds_the_evaluation_service_consumer_of_the_contract_signed() {
        String contractId = brussels.signed(brussels.proposedContract(SIGNING_SSIN));
        brussels.at(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200);

        List<ReceivedSpan> ancestry = await().atMost(PATIENCE)
                .until(ObservabilityTest::fromAnEvaluationServiceConsumerUpToASignatureRequest, Optional::isPresent).get();

        ReceivedSpan consumer = ancestry.get(0);
        ReceivedSpan producer = ancestry.get(1);
        ReceivedSpan request = ancestry.get(ancestry.size() - 1);
        assertThat(consumer.attribute("messaging.destination.name")).contains("piis.contracts");
        assertThat(producer.service()).isEqualTo(CONTRACTS);
        assertThat(producer.kind()).isEqualTo(SpanKind.SPAN_KIND_PRODUCER);
        assertThat(producer.attribute("messaging.destination.name")).contains("piis.contracts");
        assertThat(request.service()).isEqualTo(CONTRACTS);
        assertThat(request.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
        assertThat(request.attribute("http.route")).contains("/piis/v1/contracts/{contractId}/signatures");
        assertThat(request.isRoot()).as("the signature request started the trace").isTrue();
    }

    @Test
    void X3_no_log_line_and_no_span_names_a_beneficiary_by_national_number() {
        String contractId = brussels.signed(brussels.proposedContract(REGISTERED_SSIN));
        brussels.at(CONTRACTS).body("""
                {"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"1990-02-01","language":"fr","risDecisionDate":"2026-11-02"}
                """.formatted(REGISTERED_SSIN)).post("/piis/v1/beneficiaries").then().statusCode(409);
        brussels.at(CONTRACTS).body("{\"ssin\":\"" + REGISTERED_SSIN + "\"}").post("/piis/v1/beneficiaries/search").then().statusCode(200);
        brussels.at(CONTRACTS).body("{\"ssin\":\"" + INVALID_SSIN + "\"}").post("/piis/v1/beneficiaries/search").then().statusCode(400);
        await().atMost(PATIENCE).until(() -> brussels.at(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().extract().jsonPath().getList("items").size() == 3);

        for (String service : List.of(CONTRACTS, EVALUATIONS)) {
            List<String> lines = logLines(service);
            assertThat(lines).as(service + " logged").isNotEmpty();
            assertThat(lines).as("every line of " + service + " is a JSON object").allSatisfy(ObservabilityTest::parsesAsJsonObject);
            assertThat(lines).as(service + "'s log").noneMatch(ObservabilityTest::namesABeneficiary);
        }
        assertThat(collector.spans()).isNotEmpty()
                .noneMatch(span -> namesABeneficiary(span.name() + span.attributes()));
    }

    /**
     * The spans from an evaluation-service consumer span up, parent after parent, to the span that
     * started its trace, once the collector holds a chain that ends in a signature request.
     */
    private static Optional<List<ReceivedSpan>> fromAnEvaluationServiceConsumerUpToASignatureRequest() {
        List<ReceivedSpan> spans = collector.spans();
        Map<String, ReceivedSpan> byId = spans.stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (first, again) -> first));
        return spans.stream()
                .filter(span -> span.service().equals(EVALUATIONS) && span.kind() == SpanKind.SPAN_KIND_CONSUMER)
                .map(consumer -> ancestry(consumer, byId))
                .filter(ancestry -> {
                    ReceivedSpan first = ancestry.get(ancestry.size() - 1);
                    return first.isRoot() && first.kind() == SpanKind.SPAN_KIND_SERVER
                            && first.attribute("http.route").orElse("").endsWith("/signatures");
                })
                .findFirst();
    }

    private static List<ReceivedSpan> ancestry(ReceivedSpan span, Map<String, ReceivedSpan> byId) {
        List<ReceivedSpan> ancestry = new ArrayList<>();
        for (ReceivedSpan current = span; current != null; current = byId.get(current.parentSpanId())) {
            ancestry.add(current);
        }
        return ancestry;
    }

    /** The lines the service finished writing: the last one may still be on its way. */
    private static List<String> logLines(String service) {
        try {
            String log = Files.readString(platform.log(service));
            return log.substring(0, log.lastIndexOf('\n') + 1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namesABeneficiary(String text) {
        return NATIONAL_NUMBERS.stream().anyMatch(text::contains);
    }

    private static void parsesAsJsonObject(String line) {
        try {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
