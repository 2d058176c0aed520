package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of breach cases as the Council and the social workers read them (S1-S8), in French here,
 * in Dutch and German in {@code messages/council_nl|de.properties}.
 */
@MessageBundle(value = "council", locale = "fr")
public interface CouncilMessages {

    @Message("Dossiers de manquement")
    String nav_breaches();

    @Message("Dossiers de manquement")
    String breaches_title();

    @Message("Aucun dossier dans ce statut.")
    String breaches_none();

    @Message("tous")
    String breach_all();

    @Message("Afficher")
    String filter_button();

    @Message("Prochaine échéance")
    String col_next_deadline();

    @Message("Dossier de manquement de {name}")
    String breach_of(String name);

    @Message("Historique du dossier de manquement de {name}")
    String audit_of_breach(String name);

    @Message("ouvert le {day}")
    String opened_on(String day);

    @Message("prochaine échéance : {day}")
    String next_deadline(String day);

    @Message("Relevé de conformité (PDF)")
    String compliance_pdf();

    @Message("Faits (S1)")
    String facts_section();

    @Message("Dossier clôturé comme ouvert par erreur le {day} :")
    String closed_in_error(String day);

    @Message("Mise en demeure (S2)")
    String notice_section();

    @Message("Envoyée le")
    String sent_on();

    @Message("Ce que le CPAS attend")
    String notice_expected();

    @Message("Réponse attendue pour le")
    String respond_by();

    @Message("Vide : quinze jours après l'envoi.")
    String respond_by_hint();

    @Message("Réponse du bénéficiaire")
    String notice_answer();

    @Message("pas encore de réponse")
    String no_answer_yet();

    @Message("Enregistrer la réponse reçue")
    String answer_form();

    @Message("Reçue le")
    String received_on();

    @Message("Enregistrer la réponse")
    String answer_button();

    @Message("La lettre part dans la langue du bénéficiaire et est conservée telle qu'envoyée.")
    String notice_help();

    @Message("Envoyer la mise en demeure")
    String notice_button();

    @Message("Pas encore.")
    String none_yet();

    @Message("Avis du travailleur social (S3)")
    String opinion_section();

    @Message("Donné le {day}")
    String given_on(String day);

    @Message("Avis écrit au Conseil")
    String opinion_label();

    @Message("Donné le")
    String given_on_label();

    @Message("Transmettre l'avis")
    String opinion_button();

    @Message("Audition (S4)")
    String hearing_section();

    @Message("Demandée le")
    String requested_on();

    @Message("présent")
    String was_present();

    @Message("absent")
    String was_absent();

    @Message("assisté par {who}")
    String assisted_by(String who);

    @Message("Ce qui a été dit")
    String hearing_summary();

    @Message("Déplacer l'audition")
    String hearing_move();

    @Message("Fixer l'audition")
    String hearing_plan();

    @Message("Fixer")
    String hearing_plan_button();

    @Message("La convocation est partie")
    String convocation_sent_form();

    @Message("Enregistrer l'envoi")
    String convocation_sent_button();

    @Message("Enregistrer l'audition")
    String hearing_record();

    @Message("Le bénéficiaire était")
    String present_label();

    @Message("Assisté par (facultatif)")
    String assisted_by_label();

    @Message("Enregistrer l'audition")
    String hearing_record_button();

    @Message("Le bénéficiaire peut demander à être entendu : le Conseil ne décide pas avant l'audition.")
    String hearing_help();

    @Message("Le bénéficiaire demande à être entendu")
    String hearing_request_button();

    @Message("Aucune audition demandée.")
    String no_hearing();

    @Message("Décision du Conseil (S5-S7)")
    String decision_section();

    @Message("Décision")
    String decision_label();

    @Message("suspension du revenu d'intégration")
    String decision_suspension();

    @Message("pas de sanction")
    String decision_noSanction();

    @Message("partielle, {percent} %")
    String share_percent(Integer percent);

    @Message("partielle, {amount} €")
    String share_amount(String amount);

    @Message("Période")
    String period();

    @Message("Sursis (S7)")
    String deferral();

    @Message("probation de {months} mois")
    String probation_of(Integer months);

    @Message("jusqu'au {day}")
    String probation_until(String day);

    @Message("Motivation")
    String reasons();

    @Message("Décidé le")
    String decided_on();

    @Message("Plafond de la suspension")
    String cap_title();

    @Message("Engagements du CPAS")
    String cpas_side_title();

    @Message("Avant de décider")
    String grounds_title();

    @Message("respectés")
    String cpas_side_kept();

    @Message("non respectés")
    String cpas_side_failed();

    @Message("Motif légitime reconnu")
    String legitimate_reason_title();

    @Message("Aucune suspension n'est possible : seule une décision sans sanction peut être prise.")
    String no_suspension_possible();

    @Message("{months} mois au plus")
    String cap_months(Integer months);

    @Message("Sanction antérieure décidée le {day}")
    String earlier_case(String day);

    @Message("Reconnaître un motif légitime (S5)")
    String legitimate_reason_form();

    @Message("Reconnaître le motif")
    String legitimate_reason_button();

    @Message("Décider")
    String decision_form();

    @Message("Étendue")
    String scope_label();

    @Message("totale")
    String scope_total();

    @Message("partielle")
    String scope_partial();

    @Message("Part suspendue (%)")
    String percentage_label();

    @Message("ou montant suspendu (€)")
    String amount_label();

    @Message("À partir du")
    String starts_on();

    @Message("Après la notification, et au plus tard le premier jour du troisième mois suivant la décision.")
    String starts_on_hint();

    @Message("Durée")
    String length_label();

    @Message("Unité")
    String length_unit();

    @Message("mois")
    String unit_months();

    @Message("jours")
    String unit_days();

    @Message("Sursis : mois de probation (facultatif)")
    String deferral_label();

    @Message("De 3 à 12 mois ; la suspension n'est exécutée qu'en cas de nouveau manquement.")
    String deferral_hint();

    @Message("Enregistrer la décision")
    String decision_button();

    @Message("Notification (S8)")
    String notification_section();

    @Message("Posté le")
    String posted_on();

    @Message("Réputé reçu le")
    String notified_on();

    @Message("Recours possible jusqu'au")
    String appeal_deadline();

    @Message("Tribunal du travail compétent")
    String tribunal();

    @Message("Le jour où la lettre de décision est remise à la poste par recommandé ; le délai de recours en découle.")
    String notification_help();

    @Message("Enregistrer l'envoi de la lettre")
    String notification_button();

    @Message("La lettre de décision n'est pas encore partie.")
    String notification_awaited();

    @Message("Exécution du sursis (S7)")
    String execution_section();

    @Message("Nouveau manquement du")
    String new_breach_on();

    @Message("Seulement après un nouveau manquement constaté pendant la probation ; notifiée comme une décision.")
    String execution_help();

    @Message("Exécuter la sanction")
    String execution_button();

    @Message("Recours (S8)")
    String appeals_section();

    @Message("Aucun recours introduit.")
    String appeals_none();

    @Message("Recours introduit le {day}")
    String appeal_filed_on(String day);

    @Message("décision confirmée")
    String appeal_upheld();

    @Message("décision annulée")
    String appeal_annulled();

    @Message("Jugement du tribunal")
    String outcome_label();

    @Message("Jugé le")
    String judged_on();

    @Message("Enregistrer le jugement")
    String judgment_button();

    @Message("Introduit le")
    String filed_on();

    @Message("Enregistrer un recours")
    String appeal_button();

    @Message("Lettres envoyées (A3)")
    String letters_section();

    @Message("Aucune lettre envoyée.")
    String letters_none();

    @Message("Mise en demeure")
    String letter_formalNotice();

    @Message("Convocation à l'audition")
    String letter_hearingConvocation();

    @Message("Lettre de décision")
    String letter_decision();

    @Message("Lettre d'exécution")
    String letter_execution();

    @Message("Garanties (S2-S8)")
    String compliance_section();

    @Message("Règle")
    String col_rule();

    @Message("Garantie")
    String col_safeguard();

    @Message("Respectée")
    String col_met();

    @Message("Preuve")
    String col_evidence();

    @Message("oui")
    String met_yes();

    @Message("non")
    String met_no();

    @Message("Clôturer un dossier ouvert par erreur (S1)")
    String closure_form();

    @Message("Pourquoi le dossier a été ouvert par erreur")
    String closure_reasons();

    @Message("Clôturer le dossier")
    String closure_button();

    @Message("dossier ouvert")
    String audit_breach_opened();

    @Message("fait ajouté")
    String audit_breach_factAdded();

    @Message("mise en demeure envoyée")
    String audit_breach_noticeSent();

    @Message("réponse à la mise en demeure")
    String audit_breach_noticeAnswered();

    @Message("avis donné")
    String audit_breach_opinionGiven();

    @Message("audition demandée")
    String audit_breach_hearingRequested();

    @Message("audition fixée")
    String audit_breach_hearingPlanned();

    @Message("convocation envoyée")
    String audit_breach_hearingConvocationSent();

    @Message("audition tenue")
    String audit_breach_heard();

    @Message("motif légitime reconnu")
    String audit_breach_legitimateReasonRecorded();

    @Message("décision du Conseil")
    String audit_breach_decided();

    @Message("décision notifiée")
    String audit_breach_notified();

    @Message("sanction exécutée")
    String audit_breach_executed();

    @Message("sursis échu")
    String audit_breach_lapsed();

    @Message("recours introduit")
    String audit_breach_appealed();

    @Message("recours jugé")
    String audit_breach_appealJudged();

    @Message("clôturé comme ouvert par erreur")
    String audit_breach_closedInError();
}
