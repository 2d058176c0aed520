package be.cpas.piis.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the trace an event was recorded in with the event in the outbox, and gives it back to the
 * relay. The relay publishes later, on a thread of its own: without this, the producer span and,
 * through the Kafka headers, the consumers' spans would start traces of their own instead of
 * following the request that changed the state.
 */
@ApplicationScoped
class OutboxTraceContext {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TextMapGetter<Map<String, String>> FROM_FIELDS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> fields) {
            return fields.keySet();
        }

        @Override
        public String get(Map<String, String> fields, String key) {
            return fields == null ? null : fields.get(key);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    ObjectMapper json;

    /** The current trace context as the configured propagators write it (W3C {@code traceparent}...), or null when there is none. */
    String ofCurrentSpan() {
        Map<String, String> fields = new LinkedHashMap<>();
        propagator().inject(Context.current(), fields, Map::put);
        if (fields.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a trace context", e);
        }
    }

    /** The context a message was recorded in; the root context when it was recorded outside any trace. */
    Context restore(String stored) {
        if (stored == null) {
            return Context.root();
        }
        try {
            return propagator().extract(Context.root(), json.readValue(stored, FIELDS), FROM_FIELDS);
        } catch (JsonProcessingException unreadable) {
            // A trace is worth less than the event: the event leaves in a trace of its own.
            return Context.root();
        }
    }

    private TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }
}
