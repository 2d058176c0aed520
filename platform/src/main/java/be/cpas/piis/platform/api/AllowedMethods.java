package be.cpas.piis.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of the API takes, for the {@code Allow} header of a 405 ([http-405]) and to
 * tell a method the path does not take (405) from a path that does not exist (404): Jakarta REST
 * answers 404 when a path's operations are spread over several resource classes, and its 405 lists
 * no methods.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final String API = "/piis/";
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*([^}]+))?}");

    private record Route(Pattern path, String method) {
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** The methods {@code path} takes, in alphabetical order; empty when no operation has that path. */
    public Set<String> of(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        return allowed;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(found, root.value(), bean.getBeanClass());
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void addRoutes(List<Route> found, String root, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = normalised(root + (sub == null ? "" : "/" + sub.value()));
            if (template.startsWith(API)) {
                found.add(new Route(Pattern.compile(regexOf(template)), httpMethod));
            }
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String normalised(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String regexOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literalFrom = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalFrom, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            literalFrom = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(literalFrom))).append("/?");
        return regex.toString();
    }
}
