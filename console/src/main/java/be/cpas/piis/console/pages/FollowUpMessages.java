package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a social worker's follow-up: what a caseload lists as needing doing, its sorted, paged
 * table, and a student's exam results (E7); in French here, in Dutch and German in
 * {@code messages/work_nl|de.properties}. A bundle of its own keeps {@link ConsoleMessages} under the
 * size at which the generated bundle class no longer loads.
 */
@MessageBundle(value = "work", locale = "fr")
public interface FollowUpMessages {

    @Message("Évaluations des sept prochains jours")
    String coming_week_title();

    @Message("Aucune évaluation prévue dans les sept prochains jours.")
    String coming_week_none();

    @Message("Évaluations passées sans rapport")
    String overdue_evaluations_title();

    @Message("Aucune évaluation passée sans rapport.")
    String overdue_evaluations_none();

    @Message("Entretiens demandés à tenir (E3)")
    String interviews_title();

    @Message("Aucune demande d'entretien en attente.")
    String interviews_none();

    @Message("Étapes en retard (C12)")
    String steps_title();

    @Message("Aucune étape en retard.")
    String steps_none();

    @Message("Étape")
    String col_step();

    @Message("Prévue pour le")
    String col_due_date();

    @Message("Pages de mes contrats")
    String pages();

    @Message("Page précédente")
    String previous_page();

    @Message("Page suivante")
    String next_page();

    @Message("Page {page} sur {pages}")
    String page_of(int page, int pages);

    @Message("Résultats d'examens (E7)")
    String results_section();

    @Message("L'étudiant·e communique ses résultats dans les 7 jours ouvrables de leur publication (E7).")
    String results_rule();

    @Message("Aucun résultat enregistré.")
    String results_none();

    @Message("Les résultats n'ont pas pu être lus ; réessayez dans un moment.")
    String results_unavailable();

    @Message("Session")
    String results_session();

    @Message("Publiés le")
    String results_published_on();

    @Message("À communiquer au plus tard le")
    String results_due_by();

    @Message("Communiqués le")
    String results_communicated_on();

    @Message("en retard")
    String results_overdue_badge();

    @Message("Enregistrer la communication")
    String results_communicated_button();

    @Message("Des résultats sont publiés")
    String results_published_section();

    @Message("Enregistrer la publication")
    String results_published_button();

    @Message("À remplir si l'étudiant·e les a déjà communiqués")
    String results_communicated_hint();

    @Message("Fournir une attestation d'inscription à des études de plein exercice.")
    String commitment_enrolment();

    @Message("Suivre les cours régulièrement.")
    String commitment_attendance();

    @Message("Présenter les examens.")
    String commitment_exams();

    @Message("Mettre tout en œuvre pour réussir.")
    String commitment_effort();

    @Message("Se présenter aux entretiens de suivi.")
    String commitment_interviews();

    @Message("Faire valoir ses droits aux allocations familiales ou aux aliments lorsqu'ils sont dus.")
    String commitment_allowances();

    @Message("Communiquer ses résultats d'examens dans les sept jours ouvrables de leur publication.")
    String commitment_results();
}
