package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of transfers (T1-T6): a beneficiary's move, the dossier's delivery, the take-over by the
 * new CPAS; in French here, in Dutch and German in {@code messages/move_nl|de.properties}.
 */
@MessageBundle(value = "move", locale = "fr")
public interface TransferMessages {

    @Message("Transferts")
    String nav_transfers();

    @Message("Transferts de dossiers")
    String transfers_title();

    @Message("Dossiers reçus d'autres CPAS")
    String incoming_title();

    @Message("Aucun dossier reçu.")
    String incoming_none();

    @Message("Transferts vers d'autres CPAS")
    String outgoing_title();

    @Message("Aucun transfert.")
    String outgoing_none();

    @Message("De")
    String col_from();

    @Message("Vers le CPAS")
    String col_to();

    @Message("Déménagement")
    String col_moved_on();

    @Message("Dossier")
    String col_dossier();

    @Message("Essais échoués")
    String col_attempts();

    @Message("Transfert")
    String col_transfer();

    @Message("Ouvrir le dossier")
    String open_dossier();

    @Message("Voir le transfert")
    String open_transfer();

    @Message("refus du bénéficiaire (T3)")
    String refused_short();

    @Message("demandé")
    String transfer_requested();

    @Message("remis au nouveau CPAS")
    String transfer_delivered();

    @Message("repris")
    String transfer_accepted();

    @Message("non repris")
    String transfer_refused();

    @Message("annulé")
    String transfer_cancelled();

    @Message("reçu, à décider")
    String incoming_received();

    @Message("décidé")
    String incoming_takenOver();

    @Message("à transmettre au CPAS compétent (T6)")
    String incoming_forwarding();

    @Message("transmis au CPAS compétent (T6)")
    String incoming_forwarded();

    @Message("Transfert du contrat de {name}")
    String transfer_of(String name);

    @Message("Historique du transfert du contrat de {name}")
    String audit_of_transfer(String name);

    @Message("transfert demandé")
    String audit_transfer_requested();

    @Message("dossier remis")
    String audit_transfer_delivered();

    @Message("Demandé le")
    String requested_on();

    @Message("Fin des études")
    String studies_ended_on();

    @Message("Ce qui part")
    String content_sent();

    @Message("Le bénéficiaire a refusé le transfert du contrat (T3) : seul le fait du déménagement part, sans rien du contrat.")
    String refused_explained();

    @Message("Le dossier : le bénéficiaire, le contrat tel qu'il est (objectifs, étapes, engagements, partenaires) et le bilan des évaluations.")
    String content_explained();

    @Message("Remise au nouveau CPAS (T5)")
    String delivery_title();

    @Message("Remis le")
    String delivered_at();

    @Message("Prochain essai")
    String next_attempt();

    @Message("Essais échoués")
    String failed_attempts();

    @Message("Dernière erreur")
    String last_error();

    @Message("Le dossier est renvoyé, de plus en plus espacé, jusqu'à ce que l'autre CPAS l'ait reçu : rien n'est perdu ni envoyé deux fois.")
    String delivery_help();

    @Message("Dossier reçu : {name}")
    String incoming_of(String name);

    @Message("du {name}")
    String from_cpas(String name);

    @Message("déménagement le {day}")
    String moved_on(String day);

    @Message("Ce CPAS n'est pas compétent : le dossier est transmis au CPAS compétent au plus tard le {day} (T6), et le bénéficiaire en est informé.")
    String forward_by(String day);

    @Message("Transmis au CPAS compétent le {day} (T6) ; le bénéficiaire en a été informé.")
    String forwarded(String day);

    @Message("Le bénéficiaire")
    String person_title();

    @Message("Né·e le")
    String birth_date();

    @Message("Contact")
    String contact();

    @Message("Décision RIS")
    String ris_decision();

    @Message("Pour inscrire un bénéficiaire que ce CPAS ne connaît pas encore.")
    String ris_decision_hint();

    @Message("Le bénéficiaire a refusé le transfert de son contrat (T3) : ce dossier ne contient que le fait du déménagement.")
    String refused_received();

    @Message("Le contrat (version {version})")
    String contract_title(Integer version);

    @Message("Évaluations : {held} tenue(s), {missed} manquée(s) sans excuse, {planned} prévue(s).")
    String evaluations_summary(Integer held, Integer missed, Integer planned);

    @Message("Reprise par ce CPAS (T2)")
    String takeover_title();

    @Message("Reprise")
    String takeover_label();

    @Message("totale : tout le contrat devient un projet ici")
    String takeover_full();

    @Message("partielle : les objectifs cochés ci-dessous")
    String takeover_partial();

    @Message("aucune, pour les raisons données")
    String takeover_none();

    @Message("Objectifs repris")
    String goals_kept();

    @Message("Raisons")
    String reasons();

    @Message("Début du nouveau contrat")
    String start_date();

    @Message("Fin du nouveau contrat")
    String end_date();

    @Message("Vide : la fin du contrat d'origine.")
    String end_date_hint();

    @Message("Enregistrer la décision")
    String takeover_button();

    @Message("La reprise n'est pas encore décidée.")
    String takeover_awaited();

    @Message("Nouveau contrat")
    String new_contract();

    @Message("Ouvrir le projet de contrat")
    String open_draft();

    @Message("Déménagement dans une autre commune (T1)")
    String transfer_section();

    @Message("Le contrat part au CPAS de la nouvelle commune et est clôturé ici. Un contrat d'étudiant reste ici pendant les études (T4).")
    String transfer_help();

    @Message("Code INS de la nouvelle commune")
    String new_municipality();

    @Message("Cinq chiffres, que l'annuaire des CPAS donne.")
    String new_municipality_hint();

    @Message("Date du déménagement")
    String moved_on_label();

    @Message("Le bénéficiaire refuse que son contrat le suive (T3)")
    String beneficiary_refusal();

    @Message("Fin ou interruption des études (T4)")
    String studies_ended_label();

    @Message("Transférer le contrat")
    String transfer_button();

    @Message("totale")
    String done_full();

    @Message("partielle")
    String done_partial();

    @Message("aucune")
    String done_none();
}
