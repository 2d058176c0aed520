package be.cpas.piis.platform.problem;

/** Unknown, or not the caller's CPAS's: both answer the same 404 so that nothing leaks (X1). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
