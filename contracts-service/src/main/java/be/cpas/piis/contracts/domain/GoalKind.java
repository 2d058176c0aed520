package be.cpas.piis.contracts.domain;

/** C3: professional (training, job search), social (housing, debts, health, language, ties) or studies. */
public enum GoalKind {
    PROFESSIONAL, SOCIAL, STUDIES
}
