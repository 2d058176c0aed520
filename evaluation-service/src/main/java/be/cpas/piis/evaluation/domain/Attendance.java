package be.cpas.piis.evaluation.domain;

/** E4: how the beneficiary attended; an unexcused absence is a missed evaluation (E5). */
public enum Attendance {
    IN_PERSON, REMOTE, EXCUSED, ABSENT
}
