package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.document.ConvocationLetter;
import be.cpas.piis.evaluation.document.ConvocationRenderer;
import be.cpas.piis.evaluation.domain.Appointment;
import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.evaluation.domain.InterviewRequest;
import be.cpas.piis.evaluation.domain.LetterKind;
import be.cpas.piis.evaluation.domain.Meeting;
import be.cpas.piis.evaluation.domain.MeetingKind;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.evaluation.persistence.InterviewRequestRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.document.CalendarInvitation;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A1-A3: the letters of the meetings with a beneficiary, an evaluation or an interview they asked
 * for: the convocation and its calendar event, the reminder, the record of each letter sent (kept
 * byte for byte as evidence) and of the beneficiary's confirmation.
 */
@ApplicationScoped
public class Convoking {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    InterviewRequestRepository interviewRequests;

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    ConvocationRenderer renderer;

    @Inject
    SentDocuments archive;

    @Inject
    AppointmentSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    LetterRecipients recipients;

    /** A letter in the language asked for, or else the beneficiary's, or else French. */
    public record RenderedLetter(byte[] pdf, Language language) {
    }

    @Transactional
    public RenderedLetter letter(String cpas, Meetings meetings, UUID meetingId, LetterKind kind, Optional<Language> asked) {
        Meeting meeting = find(cpas, meetings, meetingId);
        meeting.requireOpen();
        return render(meeting, kind, asked);
    }

    /** A1: the meeting as an iCalendar event, named by the meeting's id so that a calendar updates it when it moves. */
    @Transactional
    public byte[] calendarEvent(String cpas, Meetings meetings, UUID meetingId) {
        Meeting meeting = find(cpas, meetings, meetingId);
        meeting.requireOpen();
        Appointment appointment = placed(meeting);
        EvaluationPlan plan = plans.findById(meeting.contractId());
        CpasSettings kept = cpasSettings.of(cpas);
        String office = kept.name(Optional.ofNullable(plan.language()).orElse(Language.FR));
        return new CalendarInvitation(meeting.id(), appointment.day().atTime(appointment.startsAt()).atZone(PiisClock.BRUSSELS),
                settings.duration(), summaryOf(meeting.meetingKind()) + " – " + office, appointment.place(),
                "PIIS " + meeting.contractId(), kept.senderEmail()).toIcs(clock.now());
    }

    /** A3, X9: a letter went out on {@code sentOn}; the very letter is kept, with its SHA-256. */
    @Transactional
    public SentDocument sent(String cpas, Meetings meetings, UUID meetingId, LetterKind kind, Optional<Language> asked, LocalDate sentOn) {
        Meeting meeting = find(cpas, meetings, meetingId);
        meeting.requireOpen();
        RenderedLetter letter = render(meeting, kind, asked);
        placed(meeting).letterSent(kind, meeting.factDate("sentOn", sentOn, clock.today(), plans.findById(meeting.contractId())));
        LocalDate day = kind == LetterKind.CONVOCATION ? meeting.appointment().convocationSentOn().orElseThrow()
                : meeting.appointment().reminderSentOn().orElseThrow();
        SentDocument sent = archive.keep(cpas, meetingId, Codes.of(kind), letter.language(), day, letter.pdf());
        audit.record(cpas, meetings.auditedAs(), meetingId, kind == LetterKind.CONVOCATION ? "convocationSent" : "reminderSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256(), "language", sent.language()));
        return sent;
    }

    /** A2: the beneficiary confirmed they will come. */
    @Transactional
    public Meeting confirmed(String cpas, Meetings meetings, UUID meetingId, LocalDate confirmedOn) {
        Meeting meeting = find(cpas, meetings, meetingId);
        meeting.requireOpen();
        placed(meeting).confirm(meeting.factDate("confirmedOn", confirmedOn, clock.today(), plans.findById(meeting.contractId())));
        audit.record(cpas, meetings.auditedAs(), meetingId, "confirmed", meeting.appointment().confirmedOn().orElseThrow(), null,
                Map.of("confirmedOn", meeting.appointment().confirmedOn().orElseThrow()));
        return meeting;
    }

    /** X4: every change of the meeting, its letters and confirmation included. */
    @Transactional
    public List<AuditTrail.Entry> auditTrail(String cpas, Meetings meetings, UUID meetingId) {
        return audit.of(cpas, meetings.auditedAs(), find(cpas, meetings, meetingId).id());
    }

    @Transactional
    public List<SentDocument> sentLetters(String cpas, Meetings meetings, UUID meetingId) {
        return archive.of(find(cpas, meetings, meetingId).id());
    }

    @Transactional
    public byte[] sentLetter(String cpas, Meetings meetings, UUID meetingId, UUID letterId) {
        return archive.content(find(cpas, meetings, meetingId).id(), letterId)
                .orElseThrow(() -> new ResourceNotFoundException("resource.letter", letterId));
    }

    public Meeting find(String cpas, Meetings meetings, UUID meetingId) {
        Optional<? extends Meeting> meeting = meetings == Meetings.EVALUATIONS
                ? evaluations.findInCpas(meetingId, cpas)
                : interviewRequests.findInCpas(meetingId, cpas);
        return meeting.orElseThrow(() -> new ResourceNotFoundException(meetings.resourceName(), meetingId));
    }

    private RenderedLetter render(Meeting meeting, LetterKind kind, Optional<Language> asked) {
        EvaluationPlan plan = plans.findById(meeting.contractId());
        Appointment appointment = placed(meeting);
        Language language = asked.or(() -> Optional.ofNullable(plan.language())).orElse(Language.FR);
        LocalDate requestedOn = meeting instanceof InterviewRequest request ? request.requestedOn() : null;
        ConvocationLetter letter = new ConvocationLetter(kind, meeting.meetingKind(), meeting.id(), meeting.contractId(),
                cpasSettings.of(meeting.cpas()).letterhead(language), recipients.beneficiary(plan.beneficiaryId()),
                appointment.day(), appointment.startsAt(), appointment.place(), requestedOn, plan.referentWorker(), clock.today());
        return new RenderedLetter(renderer.pdf(letter, language), language);
    }

    /** A1: a convocation says where and when; a meeting without both is not ready for one. */
    private static Appointment placed(Meeting meeting) {
        Appointment appointment = meeting.appointment();
        if (appointment.place() == null || appointment.startsAt() == null) {
            throw new ConflictException("A1", Wording.of("meeting.notPlaced"));
        }
        return appointment;
    }

    private static String summaryOf(MeetingKind kind) {
        return switch (kind) {
            case EVALUATION -> "Évaluation PIIS / GPMI-evaluatie";
            case FINAL_EVALUATION -> "Évaluation finale PIIS / GPMI-eindevaluatie";
            case INTERVIEW -> "Entretien PIIS / GPMI-gesprek";
        };
    }
}
