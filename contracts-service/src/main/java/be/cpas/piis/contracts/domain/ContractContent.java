package be.cpas.piis.contracts.domain;

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
}
