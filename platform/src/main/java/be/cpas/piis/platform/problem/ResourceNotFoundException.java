package be.cpas.piis.platform.problem;

/**
 * Unknown, or not the caller's CPAS's: both answer the same 404 so that nothing leaks (X1).
 * {@code resource} is the key of its name in the platform's problem catalogue, e.g.
 * {@code resource.contract}.
 */
public class ResourceNotFoundException extends RuntimeException {

    private final Wording detail;

    public ResourceNotFoundException(String resource, Object id) {
        this(Wording.of("notFound", Wording.of(resource), id));
    }

    private ResourceNotFoundException(Wording detail) {
        super(detail.toString());
        this.detail = detail;
    }

    public Wording detail() {
        return detail;
    }
}
