package be.cpas.piis.platform.json;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every JSON request body of the platform, strictly ([req-valid], X5): a duplicate property,
 * content after the value, a wrong JSON type, an unknown property, an unsupported date or a text
 * the platform cannot carry is a 400, and all the issues of one body are reported together, those
 * of its constraints ({@code @NotNull}, {@code @Size}…) included, each with the path of its property.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonBodies implements MessageBodyReader<Object> {

    private static final Set<Class<?>> RAW_BODIES = Set.of(String.class, byte[].class, InputStream.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !RAW_BODIES.contains(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        List<InputIssue> issues = new ArrayList<>();
        JsonNode body = tree(entityStream.readAllBytes(), issues);
        if (body == null && issues.isEmpty()) {
            return null;
        }
        if (body == null) {
            throw new InvalidInputException(issues);
        }
        JavaType target = mapper.getTypeFactory().constructType(genericType);
        JsonNode sound = BodyShape.check(mapper, target, body, issues);
        if (issues.isEmpty()) {
            return mapper.readerFor(target).readValue(body);
        }
        if (sound != null && isValidated(annotations)) {
            issues.addAll(constraintIssues(target, sound, issues));
        }
        issues.sort(Comparator.comparing(InputIssue::name));
        throw new InvalidInputException(issues);
    }

    private JsonNode tree(byte[] bytes, List<InputIssue> issues) {
        try {
            return StrictJsonTree.read(mapper.getFactory(), bytes, issues);
        } catch (StrictJsonTree.TooDeep deep) {
            throw new InvalidInputException(InputIssue.invalid("body", "", null, deep.getMessage()));
        } catch (JsonProcessingException unreadable) {
            JsonLocation at = unreadable.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidInputException(InputIssue.invalid("body", "", null, "is not valid JSON" + where));
        } catch (IOException unreadable) {
            throw new InvalidInputException(InputIssue.invalid("body", "", null, "could not be read"));
        }
    }

    private static boolean isValidated(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(annotation -> annotation.annotationType() == Valid.class);
    }

    /** The constraints the sound part of the body breaks, but for properties already reported. */
    private List<InputIssue> constraintIssues(JavaType target, JsonNode sound, List<InputIssue> reported) {
        Object value;
        try {
            value = mapper.readerFor(target).readValue(sound);
        } catch (IOException | RuntimeException unconvertible) {
            return List.of();
        }
        if (value == null) {
            return List.of();
        }
        Set<String> reportedNames = reported.stream().map(InputIssue::name).collect(Collectors.toSet());
        List<InputIssue> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            InputIssue issue = InputIssue.of(violation);
            if (!reportedNames.contains(issue.name())) {
                found.add(issue);
            }
        }
        return found;
    }
}
