package be.cpas.piis.evaluation.domain;

/** The letters sent for an appointment: the convocation (A1) and the reminder before it (A2). */
public enum LetterKind {
    CONVOCATION, REMINDER
}
