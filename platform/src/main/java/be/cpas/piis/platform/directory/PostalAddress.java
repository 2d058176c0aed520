package be.cpas.piis.platform.directory;

/**
 * A postal address as the directory holds it: any part may be missing where the source could not
 * confirm it, rather than guessed.
 */
public record PostalAddress(String street, String postalCode, String city) {

    /** Whether a letter can carry it as it is: street, postal code and city all given. */
    public boolean isComplete() {
        return isGiven(street) && isGiven(postalCode) && isGiven(city);
    }

    private static boolean isGiven(String part) {
        return part != null && !part.isBlank();
    }
}
