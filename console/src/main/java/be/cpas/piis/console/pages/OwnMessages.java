package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a beneficiary's own page and of the link to it, plain enough for anyone to read; in
 * French here, in Dutch and German in {@code messages/own_nl|de.properties}.
 */
@MessageBundle(value = "own", locale = "fr")
public interface OwnMessages {

    @Message("Lien pour le bénéficiaire")
    String link_button();

    @Message("La page de {name}")
    String link_title(String name);

    @Message("Ce lien ouvre, sans mot de passe, la page du bénéficiaire : son contrat, ses droits, ses prochains rendez-vous et ses lettres, et rien d'autre. Il est valable jusqu'au {day}. Remettez-le ou envoyez-le au bénéficiaire seulement.")
    String link_help(String day);

    @Message("Le lien")
    String link_label();

    @Message("Copiez-le dans un courriel ou un SMS, ou imprimez-le.")
    String link_hint();

    @Message("Ouvrir la page")
    String link_open();

    @Message("Ce lien a expiré")
    String refused_expired_title();

    @Message("Ce lien vers votre page n'est plus valable. Demandez-en un nouveau à votre assistant·e social·e.")
    String refused_expired_text();

    @Message("Ce lien n'est pas valable")
    String refused_forged_title();

    @Message("Ce lien n'ouvre aucune page : il a peut-être été mal copié. Vérifiez-le, ou demandez-en un nouveau à votre assistant·e social·e.")
    String refused_forged_text();

    @Message("Mon contrat d'intégration (PIIS)")
    String title();

    @Message("Bonjour {name}.")
    String hello(String name);

    @Message("Cette page est la vôtre ; son lien est valable jusqu'au {day}.")
    String link_valid_until(String day);

    @Message("Votre demande d'entretien est enregistrée : le CPAS doit vous recevoir dans les 5 jours ouvrables.")
    String asked();

    @Message("Votre contrat")
    String contract_title();

    @Message("à signer")
    String to_sign();

    @Message("Le contrat (PDF)")
    String contract_pdf();

    @Message("Ce que chacun s'engage à faire")
    String commitments_title();

    @Message("Votre assistant·e social·e : {referent} ; en son absence : {replacement}.")
    String your_worker(String referent, String replacement);

    @Message("Vous n'avez pas de contrat en cours.")
    String no_contract();

    @Message("Vos prochains rendez-vous")
    String appointments_title();

    @Message("Aucun rendez-vous prévu.")
    String appointments_none();

    @Message("Évaluation de votre contrat")
    String evaluation();

    @Message("Entretien")
    String interview();

    @Message("Ajouter à mon agenda")
    String add_to_calendar();

    @Message("Convocation")
    String convocation();

    @Message("Rappel")
    String reminder();

    @Message("Vos droits")
    String rights_title();

    @Message("Avant de signer, vous avez 5 jours ouvrables pour réfléchir au contrat qu'on vous a remis.")
    String right_reflection();

    @Message("Pour ce contrat : jusqu'au {day}.")
    String reflection_until(String day);

    @Message("Vous pouvez vous faire accompagner par une personne de votre choix (un proche, une association, un syndicat).")
    String right_trust();

    @Message("Pour ce contrat : {name}.")
    String trust_named(String name);

    @Message("Vous pouvez demander un entretien à tout moment : le CPAS doit vous recevoir dans les 5 jours ouvrables.")
    String right_interview();

    @Message("Si vous n'êtes pas d'accord avec le contrat, ou avant toute sanction, vous pouvez demander à être entendu par le Conseil.")
    String right_hearing();

    @Message("Vous pouvez contester une décision devant le tribunal du travail dans les 3 mois de sa notification.")
    String right_appeal();

    @Message("La décision qui vous a été notifiée le {notifiedOn} peut être contestée jusqu'au {deadline} devant le {tribunal}, {address}.")
    String appeal_until(String notifiedOn, String deadline, String tribunal, String address);

    @Message("Demander un entretien")
    String ask_title();

    @Message("Le CPAS vous recevra dans les 5 jours ouvrables et vous enverra une convocation.")
    String ask_help();

    @Message("De quoi voulez-vous parler ? (facultatif)")
    String ask_reason();

    @Message("Demander l'entretien")
    String ask_button();

    @Message("Cette page n'existe pas")
    String refused_notFound_title();

    @Message("Ce que vous cherchez n'est pas, ou plus, sur votre page. Revenez à votre page par son lien.")
    String refused_notFound_text();

    @Message("Votre page ne peut être affichée pour l'instant")
    String refused_unavailable_title();

    @Message("Un service du CPAS ne répond pas. Réessayez dans quelques minutes.")
    String refused_unavailable_text();

    @Message("Vous avez demandé un entretien : le CPAS vous recevra dans les 5 jours ouvrables de votre demande et vous enverra une convocation.")
    String interview_awaited();

    @Message("La décision qui vous a été notifiée le {notifiedOn} peut être contestée jusqu'au {deadline} devant le tribunal du travail.")
    String appeal_until_tribunal_unknown(String notifiedOn, String deadline);
}
