package be.cpas.piis.platform.api;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.Problem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an operation does not know ([req-valid]): a misspelt filter would
 * otherwise be ignored silently and return far more than the caller asked for.
 */
public class UnknownQueryParameters {

    private final Map<Method, Set<String>> knownByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> known = knownByMethod.computeIfAbsent(method, UnknownQueryParameters::queryParameterNames);
        List<InputIssue> issues = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .map(name -> InputIssue.unknown("query", name))
                .toList();
        if (issues.isEmpty()) {
            return null;
        }
        return Problem.badRequest("The input message is incorrect", issues).toResponse();
    }

    private static Set<String> queryParameterNames(Method method) {
        return Arrays.stream(method.getParameters())
                .map(UnknownQueryParameters::queryParameterName)
                .filter(name -> name != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String queryParameterName(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            return restQuery.value().isEmpty() ? parameter.getName() : restQuery.value();
        }
        return null;
    }
}
