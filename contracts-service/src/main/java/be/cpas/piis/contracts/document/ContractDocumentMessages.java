package be.cpas.piis.contracts.document;

import be.cpas.piis.contracts.document.ContractDocument.State;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.GoalKind;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.ReflectionPeriod;
import be.cpas.piis.contracts.domain.StudentCommitment;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The fixed texts of the contract document, {@code {doc:...}} in its template. The texts are in
 * {@code messages/doc_fr.properties} (the default), {@code doc_nl.properties} and
 * {@code doc_de.properties}; the build checks each against the parameters declared here.
 */
@MessageBundle(value = "doc", locale = "fr")
public interface ContractDocumentMessages {

    @Message
    String date(LocalDate date);

    @Message
    String documentTitle();

    @Message
    String state(State state);

    @Message
    String ended(ContractStatus status, LocalDate date);

    @Message
    String footer(UUID contractId, int version);

    @Message
    String reference(UUID contractId);

    @Message
    String partiesHeading();

    @Message
    String cpasLabel();

    @Message
    String beneficiaryLabel();

    @Message
    String birthDateLabel();

    @Message
    String referentWorkerLabel();

    @Message
    String replacementWorkerLabel();

    @Message
    String personOfTrustLabel();

    @Message
    String notNamed();

    @Message
    String partnersHeading();

    @Message
    String expectationsLabel();

    @Message
    String periodHeading();

    @Message
    String period(LocalDate start, LocalDate end);

    @Message
    String contractType(ContractType type);

    @Message
    String goalsHeading();

    @Message
    String goalKind(GoalKind kind);

    @Message
    String stepColumn();

    @Message
    String responsibleColumn();

    @Message
    String dueDateColumn();

    @Message
    String noSteps();

    @Message
    String party(Party party);

    @Message
    String commitmentsHeading();

    @Message
    String commitmentsOf(Party party);

    @Message
    String studentCommitment(StudentCommitment commitment);

    @Message
    String rightsHeading();

    @Message
    String rightAssistance();

    @Message
    String rightReflection(int length, ReflectionPeriod.Unit unit);

    @Message
    String reflectionRuns(LocalDate handedOverOn, LocalDate endsOn, LocalDate signableFrom);

    @Message
    String reflectionEnded(LocalDate handedOverOn, LocalDate endsOn);

    @Message
    String rightHearing();

    @Message
    String rightEvaluations();

    @Message
    String rightInterview();

    @Message
    String rightAppeal();

    @Message
    String signaturesHeading();

    @Message
    String signatoryFor(Party party);

    @Message
    String signedOn(LocalDate date);

    @Message
    String toSign();
}
