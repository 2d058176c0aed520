package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.LocalDate;
import java.util.List;

/** What a contract says (C3-C6, C11): drafted once, changed later only by an amendment (C10). */
public record ContractContent(ContractType type, LocalDate startDate, LocalDate endDate, String referentWorker,
                              String replacementWorker, String personOfTrust, List<Goal> goals,
                              List<Commitment> commitments, List<Partner> partners) {

    public ContractContent {
        goals = List.copyOf(goals);
        commitments = List.copyOf(commitments);
        partners = List.copyOf(partners);
    }

    /** C3: a contract ends after it starts; drafts and amendments alike. */
    public void requireConsistentDates() {
        if (!endDate.isAfter(startDate)) {
            throw new RuleViolationException("C3", "A contract ends after it starts: " + startDate + " to " + endDate);
        }
    }

    /** C6: a partner organisation takes part with what is expected of it, from the draft on. */
    public void requireExpectationsOfEachPartner() {
        if (partners.stream().anyMatch(partner -> isBlank(partner.expectations()))) {
            throw new RuleViolationException("C6", "A contract states what is expected of each partner organisation");
        }
    }

    /**
     * What a contract must say before the beneficiary gets it, proposed or amended: both workers (C4),
     * a goal and the CPAS's own commitments (C3), what each partner is expected to do (C6), a studies
     * goal for a student (C11).
     */
    public void requireComplete() {
        requireConsistentDates();
        if (isBlank(referentWorker) || isBlank(replacementWorker)) {
            throw new RuleViolationException("C4", "A contract names its reference social worker and that worker's replacement before it is proposed");
        }
        if (goals.isEmpty()) {
            throw new RuleViolationException("C3", "A contract has at least one goal before it is proposed");
        }
        if (commitments.stream().noneMatch(commitment -> commitment.party() == Party.CPAS)) {
            throw new RuleViolationException("C3", "A contract lists the CPAS's own commitments too");
        }
        requireExpectationsOfEachPartner();
        if (type == ContractType.STUDENT && goals.stream().noneMatch(goal -> goal.kind() == GoalKind.STUDIES)) {
            throw new RuleViolationException("C11", "A student's contract has a goal of kind studies");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
