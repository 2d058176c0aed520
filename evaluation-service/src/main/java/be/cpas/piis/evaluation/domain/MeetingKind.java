package be.cpas.piis.evaluation.domain;

/** What a convocation calls the beneficiary to; the letters say it in their words. */
public enum MeetingKind {
    EVALUATION, FINAL_EVALUATION, INTERVIEW
}
