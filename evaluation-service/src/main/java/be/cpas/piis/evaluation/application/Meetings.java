package be.cpas.piis.evaluation.application;

/** The collections whose items are meetings with the beneficiary, with the name each gives its items in the audit trail (X4). */
public enum Meetings {
    EVALUATIONS("evaluation", "resource.evaluation"),
    INTERVIEW_REQUESTS("interviewRequest", "resource.interviewRequest");

    private final String auditedAs;
    private final String resourceName;

    Meetings(String auditedAs, String resourceName) {
        this.auditedAs = auditedAs;
        this.resourceName = resourceName;
    }

    public String auditedAs() {
        return auditedAs;
    }

    /** The key of the wording by which a problem names an item that does not exist. */
    public String resourceName() {
        return resourceName;
    }
}
