package be.cpas.piis.console.pages;

/**
 * A field of a form whose name is the place the API gives it in the body ({@code goals[0].steps[1].dueDate}),
 * so that the issue the API returns about a place is shown beside its field; {@link #id()} is the same place
 * with dashes, for the label and the issue to point to.
 */
public record FormField(String name, String value) {

    public String id() {
        return name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }
}
