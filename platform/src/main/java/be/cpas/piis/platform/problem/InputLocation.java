package be.cpas.piis.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Where a violated constraint sits in the request: the body (with its property path), the path, the query or a header. */
record InputLocation(String in, String name) {

    static InputLocation of(ConstraintViolation<?> violation) {
        String methodName = null;
        int parameterIndex = -1;
        String parameterName = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                methodName = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
                parameterName = node.getName();
            } else {
                addProperty(properties, node);
            }
        }
        if (!properties.isEmpty()) {
            return new InputLocation("body", String.join(".", properties));
        }
        Optional<Parameter> parameter = parameter(violation.getRootBeanClass(), methodName, parameterIndex);
        return parameter.map(InputLocation::ofParameter).orElse(new InputLocation("body", parameterName == null ? "" : parameterName));
    }

    /**
     * Bean Validation puts the index of a list's item on the node that follows the list (the item's
     * property, or the item itself): {@code goals[0].title} is the nodes {@code goals} and
     * {@code title} with index 0.
     */
    private static void addProperty(List<String> properties, Path.Node node) {
        if (node.isInIterable() && node.getIndex() != null && !properties.isEmpty()) {
            int last = properties.size() - 1;
            properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
        }
        if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
            properties.add(node.getName());
        }
    }

    private static InputLocation ofParameter(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof QueryParam query) {
                return new InputLocation("query", query.value());
            }
            if (annotation instanceof RestQuery query) {
                return new InputLocation("query", query.value().isEmpty() ? parameter.getName() : query.value());
            }
            if (annotation instanceof PathParam path) {
                return new InputLocation("path", path.value());
            }
            if (annotation instanceof RestPath path) {
                return new InputLocation("path", path.value().isEmpty() ? parameter.getName() : path.value());
            }
            if (annotation instanceof HeaderParam header) {
                return new InputLocation("header", header.value());
            }
            if (annotation instanceof RestHeader header) {
                return new InputLocation("header", header.value().isEmpty() ? parameter.getName() : header.value());
            }
        }
        return new InputLocation("body", "");
    }

    /** Walks up from a possible generated subclass to the declaration that carries the JAX-RS annotations. */
    private static Optional<Parameter> parameter(Class<?> resource, String methodName, int index) {
        if (methodName == null || index < 0) {
            return Optional.empty();
        }
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            Optional<Parameter> annotated = Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.getName().equals(methodName) && method.getParameterCount() > index)
                    .map(method -> method.getParameters()[index])
                    .filter(parameter -> parameter.getAnnotations().length > 0)
                    .findFirst();
            if (annotated.isPresent()) {
                return annotated;
            }
        }
        return Optional.empty();
    }
}
