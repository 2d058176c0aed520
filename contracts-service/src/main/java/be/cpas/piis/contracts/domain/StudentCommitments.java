package be.cpas.piis.contracts.domain;

import java.util.List;

/** C11: what every student's contract carries on the beneficiary's side. */
public final class StudentCommitments {

    /** E7: the working days a student has to communicate exam results. */
    public static final int RESULTS_WITHIN_WORKING_DAYS = 7;

    public static final List<String> STANDARD = List.of(
            "Provide proof of enrolment in full-time studies",
            "Attend classes regularly",
            "Sit the exams",
            "Make every effort to succeed",
            "Attend the follow-up interviews",
            "Claim family allowance or maintenance where due",
            "Communicate exam results within " + RESULTS_WITHIN_WORKING_DAYS + " working days of their publication");

    private StudentCommitments() {
    }

    /** The commitments of a student's contract: the standard ones first, then those agreed on top. */
    static List<Commitment> withStandard(List<Commitment> agreed) {
        List<Commitment> standard = STANDARD.stream().map(text -> new Commitment(Party.BENEFICIARY, text)).toList();
        List<Commitment> extra = agreed.stream()
                .filter(commitment -> !(commitment.party() == Party.BENEFICIARY && STANDARD.contains(commitment.description())))
                .toList();
        return java.util.stream.Stream.concat(standard.stream(), extra.stream()).toList();
    }
}
