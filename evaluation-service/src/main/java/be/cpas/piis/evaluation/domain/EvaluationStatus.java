package be.cpas.piis.evaluation.domain;

public enum EvaluationStatus {
    PLANNED, COMPLETED, MISSED
}
