package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.domain.Signature;
import be.cpas.piis.contracts.domain.StepStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the audit trail keeps of a contract before and after each change (X4). */
record ContractState(ContractStatus status, int version, LocalDate handedOverOn, LocalDate reflectionEndsOn,
                     LocalDate hearingRequestedOn, HearingAppointment hearingAppointment, LocalDate hearingHeldOn,
                     List<SignatureState> signatures, Map<UUID, StepStatus> steps, LocalDate endedOn) {

    /** C8, A1: when and where the Council hears the beneficiary. */
    record HearingAppointment(LocalDate day, LocalTime startsAt, String place) {
        static HearingAppointment of(Contract contract) {
            return contract.hearingPlannedOn() == null ? null
                    : new HearingAppointment(contract.hearingPlannedOn(), contract.hearingStartsAt(), contract.hearingPlace());
        }
    }

    record SignatureState(String party, UUID partnerId, LocalDate signedOn) {
        static SignatureState of(Signature signature) {
            return new SignatureState(signature.party().name(), signature.partnerId(), signature.signedOn());
        }
    }

    static ContractState of(Contract contract) {
        Map<UUID, StepStatus> steps = new LinkedHashMap<>();
        contract.goals().forEach(goal -> goal.steps().forEach(step -> steps.put(step.id(), step.status())));
        return new ContractState(contract.status(), contract.contentVersion(), contract.handedOverOn(), contract.reflectionEndsOn(),
                contract.hearingRequestedOn(), HearingAppointment.of(contract), contract.hearingHeldOn(),
                contract.signatures().stream().map(SignatureState::of).toList(), steps, contract.endedOn());
    }
}
