package be.cpas.piis.evaluation.application;

/** The collections whose items are meetings with the beneficiary, with the name each gives its items in the audit trail (X4). */
public enum Meetings {
    EVALUATIONS("evaluation", "Evaluation"),
    INTERVIEW_REQUESTS("interviewRequest", "Interview request");

    private final String auditedAs;
    private final String resourceName;

    Meetings(String auditedAs, String resourceName) {
        this.auditedAs = auditedAs;
        this.resourceName = resourceName;
    }

    public String auditedAs() {
        return auditedAs;
    }

    /** How a problem names an item that does not exist. */
    public String resourceName() {
        return resourceName;
    }
}
