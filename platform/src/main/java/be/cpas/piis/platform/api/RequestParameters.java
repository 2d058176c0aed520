package be.cpas.piis.platform.api;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.problem.Problem;
import be.cpas.piis.platform.text.CarriedText;
import be.cpas.piis.platform.text.StrictUtf8;
import be.cpas.piis.platform.time.SupportedDates;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the path, query and header parameters of every operation before it runs, and reports
 * every fault at once ([req-valid], X5): an unknown query parameter (a misspelt filter would
 * otherwise be ignored and return far more than asked), one given twice where one value is taken,
 * a value that is not of its type (a malformed UUID in a path, a {@code pageSize} that is not a
 * number: Jakarta REST would answer 404, as if the resource did not exist), an empty value (a
 * parameter left out is absent, not empty), a date outside the supported days, a text the platform
 * cannot carry, or a query string whose percent-encoding is not UTF-8.
 */
public class RequestParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final int MAX_TEXT_LENGTH = 2_000;

    private record Where(String in, String name) {
    }

    private record Declared(String in, String name, Class<?> type, boolean many) {
    }

    private final Map<Method, List<Declared>> declaredByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseMalformed(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        List<Declared> declared = declaredByMethod.computeIfAbsent(method, RequestParameters::declaredBy);
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException malformed) {
            return refusal(request, List.of(InputIssue.invalid("query", "", null, "is not a properly percent-encoded query string")));
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery != null && !isUtf8(rawQuery)) {
            return refusal(request, List.of(InputIssue.invalid("query", "", null, "is not percent-encoded UTF-8")));
        }
        List<InputIssue> issues = new ArrayList<>();
        query.keySet().stream()
                .filter(name -> declared.stream().noneMatch(parameter -> parameter.in().equals("query") && parameter.name().equals(name)))
                .forEach(name -> issues.add(InputIssue.unknown("query", name)));
        for (Declared parameter : declared) {
            List<String> values = switch (parameter.in()) {
                case "query" -> query.get(parameter.name());
                case "path" -> request.getUriInfo().getPathParameters().get(parameter.name());
                default -> request.getHeaders().get(parameter.name());
            };
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (values.size() > 1 && !parameter.many()) {
                issues.add(InputIssue.invalid(parameter.in(), parameter.name(), null, "is given more than once: it takes one value"));
                continue;
            }
            values.stream().map(value -> faultOf(parameter, value)).filter(issue -> issue != null).findFirst().ifPresent(issues::add);
        }
        return issues.isEmpty() ? null : refusal(request, issues);
    }

    private static Response refusal(ContainerRequestContext request, List<InputIssue> issues) {
        return Problem.inputIncorrect(DocumentLanguages.forMessages(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                issues.stream().sorted(Comparator.comparing(InputIssue::in).thenComparing(InputIssue::name)).toList()).toResponse();
    }

    private static InputIssue faultOf(Declared parameter, String value) {
        Class<?> type = parameter.type();
        if (value.isEmpty()) {
            return InputIssue.invalid(parameter.in(), parameter.name(), null, "has no value: leave it out rather than send it empty");
        }
        if (type == UUID.class) {
            return QueryValues.isUuid(value) ? null : fault(parameter, value, "must be a UUID");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return isWholeNumber(value, type == int.class || type == Integer.class) ? null : fault(parameter, value, "must be a whole number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.equals("true") || value.equals("false") ? null : fault(parameter, value, "must be true or false");
        }
        if (type == LocalDate.class) {
            return dateFault(parameter, value);
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            return InputIssue.invalid(parameter.in(), parameter.name(), null, "is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return CarriedText.isCarried(value) ? null : InputIssue.invalidInput(parameter.in(), parameter.name(), null, CarriedText.REFUSAL);
    }

    /** Whether the bytes that {@code rawQuery}'s percent-escapes stand for are UTF-8, as URLDecoder would not say. */
    private static boolean isUtf8(String rawQuery) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%' && i + 2 < rawQuery.length() && HexFormat.isHexDigit(rawQuery.charAt(i + 1)) && HexFormat.isHexDigit(rawQuery.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(rawQuery, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return StrictUtf8.decode(bytes.toByteArray()).isPresent();
    }

    private static boolean isWholeNumber(String value, boolean asInt) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return false;
        }
        try {
            if (asInt) {
                Integer.parseInt(value);
            } else {
                Long.parseLong(value);
            }
            return true;
        } catch (NumberFormatException outOfRange) {
            return false;
        }
    }

    private static InputIssue dateFault(Declared parameter, String value) {
        try {
            return SupportedDates.contains(LocalDate.parse(value)) ? null
                    : InputIssue.invalidInput(parameter.in(), parameter.name(), value, SupportedDates.REFUSAL);
        } catch (DateTimeParseException e) {
            return fault(parameter, value, "must be a date (YYYY-MM-DD)");
        }
    }

    private static InputIssue fault(Declared parameter, String value, String detail) {
        boolean echoable = value.length() <= 100 && CarriedText.isCarried(value);
        return InputIssue.invalid(parameter.in(), parameter.name(), echoable ? value : null, detail);
    }

    private static List<Declared> declaredBy(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Where where = whereOf(parameter);
            if (where != null) {
                boolean many = Collection.class.isAssignableFrom(parameter.getType());
                declared.add(new Declared(where.in(), where.name(), many ? itemTypeOf(parameter.getParameterizedType()) : parameter.getType(), many));
            }
        }
        return List.copyOf(declared);
    }

    private static Class<?> itemTypeOf(Type collection) {
        if (collection instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return String.class;
    }

    /** Where the parameter comes from and its name, or null for the body and injected values. */
    private static Where whereOf(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
        PathParam path = parameter.getAnnotation(PathParam.class);
        RestPath restPath = parameter.getAnnotation(RestPath.class);
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        RestHeader restHeader = parameter.getAnnotation(RestHeader.class);
        if (query != null) {
            return new Where("query", query.value());
        }
        if (restQuery != null) {
            return new Where("query", orName(restQuery.value(), parameter));
        }
        if (path != null) {
            return new Where("path", path.value());
        }
        if (restPath != null) {
            return new Where("path", orName(restPath.value(), parameter));
        }
        if (header != null) {
            return new Where("header", header.value());
        }
        return restHeader == null ? null : new Where("header", orName(restHeader.value(), parameter));
    }

    private static String orName(String declaredName, Parameter parameter) {
        return declaredName.isEmpty() ? parameter.getName() : declaredName;
    }
}
