package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the meetings a social worker sets outside the evaluation plan: the hearing before
 * the Council (C8), the interviews beneficiaries ask for (E3) and the week's calendar; in French
 * here, in Dutch and German in {@code messages/meet_nl|de.properties}. A bundle of its own keeps
 * {@link ConsoleMessages} under the size at which the generated bundle class no longer loads.
 */
@MessageBundle(value = "meet", locale = "fr")
public interface MeetingMessages {

    @Message("Audition par le Conseil (C8)")
    String hearing_section();

    @Message("Demandée le")
    String hearing_requested_on();

    @Message("Issue de l'audition")
    String hearing_outcome();

    @Message("Convocations envoyées")
    String letters_sent();

    @Message("Tant que l'issue de l'audition n'est pas enregistrée, le contrat ne peut pas être signé (C8).")
    String hearing_blocks_signature();

    @Message("Convocation envoyée")
    String convocation_sent_section();

    @Message("Envoyée le")
    String sent_on();

    @Message("Enregistrer l'envoi")
    String convocation_sent_button();

    @Message("Planifier l'audition")
    String hearing_plan_section();

    @Message("Déplacer l'audition")
    String hearing_move_section();

    @Message("Planifier")
    String hearing_plan_button();

    @Message("Enregistrer l'issue de l'audition")
    String hearing_outcome_section();

    @Message("Enregistrer l'issue")
    String hearing_outcome_button();

    @Message("La personne n'est pas d'accord avec le contenu proposé ? Elle peut demander à être entendue par le Conseil avant de signer.")
    String hearing_request_text();

    @Message("Enregistrer la demande d'audition")
    String hearing_request_button();

    @Message("Envoyée le {date}")
    String letter_sent_on(String date);

    @Message("Ma semaine")
    String nav_week();

    @Message("Mes évaluations du {from} au {to}")
    String week_title(String from, String to);

    @Message("Semaines")
    String week_navigation();

    @Message("Semaine précédente")
    String week_previous();

    @Message("Cette semaine")
    String week_this();

    @Message("Semaine suivante")
    String week_next();

    @Message("Aucune évaluation cette semaine.")
    String week_empty();

    @Message("Demandes d'entretien (E3)")
    String interviews_section();

    @Message("Les demandes d'entretien ne peuvent pas être lues pour l'instant.")
    String interviews_unavailable();

    @Message("Aucune demande d'entretien.")
    String interviews_none();

    @Message("À tenir au plus tard le")
    String interview_due_by();

    @Message("délai dépassé")
    String interview_overdue_badge();

    @Message("Le délai de 5 jours ouvrables est dépassé depuis le {date} : le CPAS doit en répondre (E3).")
    String interview_overdue(String date);

    @Message("La personne demande un entretien")
    String interview_request_section();

    @Message("Motif de la demande")
    String interview_reason();

    @Message("Enregistrer la demande")
    String interview_request_button();

    @Message("Entretien demandé le {date}")
    String interview_of(String date);

    @Message("demandé")
    String interview_requested();

    @Message("fixé")
    String interview_scheduled();

    @Message("tenu")
    String interview_held();

    @Message("annulé")
    String interview_cancelled();

    @Message("après le délai")
    String interview_late();

    @Message("Fixer l'entretien")
    String interview_schedule_section();

    @Message("Déplacer l'entretien")
    String interview_move_section();

    @Message("Un jour ouvrable, dans les 5 jours ouvrables de la demande (E3)")
    String interview_day_hint();

    @Message("Enregistrer l'entretien tenu")
    String interview_record_section();

    @Message("Enregistrer l'entretien")
    String interview_record_button();

    @Message("Courriers envoyés")
    String meeting_letters_sent();

    @Message("Un courrier envoyé")
    String meeting_letter_sent_section();

    @Message("Courrier")
    String letter_kind();

    @Message("convocation")
    String letter_convocation();

    @Message("rappel (A2)")
    String letter_reminder();

    @Message("La lettre envoyée est conservée telle quelle, dans la langue du bénéficiaire (A3).")
    String letter_kept_hint();

    @Message("Convocation envoyée le {date}")
    String convocation_sent_on(String date);

    @Message("Rappel envoyé le {date}")
    String reminder_sent_on(String date);
}
