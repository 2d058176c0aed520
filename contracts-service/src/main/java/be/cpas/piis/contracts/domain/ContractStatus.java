package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.problem.Wording;

/** DRAFT → PROPOSED → ACTIVE → COMPLETED | TERMINATED | TRANSFERRED. */
public enum ContractStatus {
    DRAFT, PROPOSED, ACTIVE, COMPLETED, TERMINATED, TRANSFERRED;

    /** The status as a refusal names it, so that a caller reads it in their own language. */
    public Wording wording() {
        return switch (this) {
            case DRAFT -> Wording.of("contractStatus.draft");
            case PROPOSED -> Wording.of("contractStatus.proposed");
            case ACTIVE -> Wording.of("contractStatus.active");
            case COMPLETED -> Wording.of("contractStatus.completed");
            case TERMINATED -> Wording.of("contractStatus.terminated");
            case TRANSFERRED -> Wording.of("contractStatus.transferred");
        };
    }
}
