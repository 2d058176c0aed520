package be.cpas.piis.platform.problem;

import java.util.List;

/** Input that passed the schema but is still unusable, such as a forged cursor: a 400 with its issues. */
public class InvalidInputException extends RuntimeException {

    private final List<InputIssue> issues;

    public InvalidInputException(InputIssue... issues) {
        this(List.of(issues));
    }

    public InvalidInputException(List<InputIssue> issues) {
        super("The input message is incorrect");
        this.issues = List.copyOf(issues);
    }

    public List<InputIssue> issues() {
        return issues;
    }
}
