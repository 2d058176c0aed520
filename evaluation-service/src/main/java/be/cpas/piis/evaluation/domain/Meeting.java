package be.cpas.piis.evaluation.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What the beneficiary is convoked to (A1): an evaluation or an interview they asked for. */
public interface Meeting {

    UUID id();

    UUID contractId();

    String cpas();

    MeetingKind meetingKind();

    Appointment appointment();

    /** Refuses letters and changes once the meeting took place or was called off. */
    void requireOpen();

    /** X9: the day of a fact about the meeting, today when absent: never in the future, nor before the step the meeting follows. */
    LocalDate factDate(String name, LocalDate fact, LocalDate today, EvaluationPlan plan);
}
