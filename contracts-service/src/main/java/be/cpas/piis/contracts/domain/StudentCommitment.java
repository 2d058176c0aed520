package be.cpas.piis.contracts.domain;

import java.util.Optional;

/**
 * C11: the standard student commitments, in the order of {@link StudentCommitments#STANDARD}, so
 * that a document or a client shows them in its own language rather than as they are stored.
 */
public enum StudentCommitment {
    ENROLMENT, ATTENDANCE, EXAMS, EFFORT, INTERVIEWS, ALLOWANCES, RESULTS;

    static {
        if (values().length != StudentCommitments.STANDARD.size()) {
            throw new IllegalStateException("Each standard student commitment needs its translation in the contract document");
        }
    }

    /** The standard commitment a stored text is, if it is one. */
    public static Optional<StudentCommitment> of(String description) {
        int index = StudentCommitments.STANDARD.indexOf(description);
        return index < 0 ? Optional.empty() : Optional.of(values()[index]);
    }
}
