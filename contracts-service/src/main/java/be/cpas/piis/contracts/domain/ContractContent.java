package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
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
            throw new RuleViolationException("C3", Wording.of("content.endsBeforeStart", startDate, endDate));
        }
    }

    /** C6: a partner organisation takes part with what is expected of it, from the draft on. */
    public void requireExpectationsOfEachPartner() {
        if (partners.stream().anyMatch(partner -> isBlank(partner.expectations()))) {
            throw new RuleViolationException("C6", Wording.of("content.partnerExpectationsMissing"));
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
            throw new RuleViolationException("C4", Wording.of("content.workersMissing"));
        }
        if (goals.isEmpty()) {
            throw new RuleViolationException("C3", Wording.of("content.noGoal"));
        }
        if (commitments.stream().noneMatch(commitment -> commitment.party() == Party.CPAS)) {
            throw new RuleViolationException("C3", Wording.of("content.noCpasCommitment"));
        }
        requireExpectationsOfEachPartner();
        if (type == ContractType.STUDENT && goals.stream().noneMatch(goal -> goal.kind() == GoalKind.STUDIES)) {
            throw new RuleViolationException("C11", Wording.of("content.studentWithoutStudiesGoal", "kind", Codes.of(GoalKind.STUDIES)));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
