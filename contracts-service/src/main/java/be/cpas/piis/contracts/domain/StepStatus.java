package be.cpas.piis.contracts.domain;

public enum StepStatus {
    PLANNED, DONE, CANCELLED
}
