package be.cpas.piis.platform.tracing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Belgif tracing ([trc-header]): every response carries a new {@code BelGov-Trace-Id}, and echoes
 * the caller's as {@code BelGov-Related-Trace-Id}, so that both sides can find one exchange in
 * their logs. The trace id is also put in the logging context of the request, under a key of its
 * own: {@code traceId} is OpenTelemetry's.
 */
public class BelgovTraceIds {

    public static final String TRACE_ID = "BelGov-Trace-Id";
    public static final String RELATED_TRACE_ID = "BelGov-Related-Trace-Id";
    private static final String PROPERTY = BelgovTraceIds.class.getName();
    private static final String LOGGING_KEY = "belgovTraceId";
    /** A caller's id is echoed only when it is a plain token: no header injection, no log forging. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void assignTraceId(ContainerRequestContext request) {
        String traceId = UUID.randomUUID().toString();
        request.setProperty(PROPERTY, traceId);
        MDC.put(LOGGING_KEY, traceId);
    }

    @ServerResponseFilter
    public void addTraceHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Object traceId = request.getProperty(PROPERTY);
        if (traceId != null) {
            response.getHeaders().putSingle(TRACE_ID, traceId);
        }
        String related = request.getHeaderString(TRACE_ID);
        if (related != null && SAFE_ID.matcher(related).matches()) {
            response.getHeaders().putSingle(RELATED_TRACE_ID, related);
        }
        MDC.remove(LOGGING_KEY);
    }
}
