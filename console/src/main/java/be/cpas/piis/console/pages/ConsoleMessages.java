package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the pages, in French here and in Dutch and German in {@code messages/msg_nl|de.properties}. */
@MessageBundle(value = "msg", locale = "fr")
public interface ConsoleMessages {

    @Message("Console PIIS")
    String app_name();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Mes dossiers")
    String nav_caseload();

    @Message("Trouver un bénéficiaire")
    String nav_find();

    @Message("Inscrire un bénéficiaire")
    String nav_register();

    @Message("Se déconnecter")
    String sign_out();

    @Message("{name}, CPAS {cpas}")
    String signed_in_as(String name, String cpas);

    @Message("Langue")
    String language();

    @Message("Changer")
    String change_language();

    @Message("Contrats à signer dans les 30 jours")
    String deadlines_title();

    @Message("Aucune échéance de signature dans les 30 jours.")
    String deadlines_none();

    @Message("Mes contrats en cours")
    String contracts_title();

    @Message("Aucun contrat en cours dont vous êtes le ou la référent·e.")
    String contracts_none();

    @Message("Votre rôle ne donne pas accès aux dossiers des bénéficiaires.")
    String caseload_not_for_role();

    @Message("Bénéficiaire")
    String col_beneficiary();

    @Message("Signer au plus tard le")
    String col_deadline();

    @Message("Statut")
    String col_status();

    @Message("Début")
    String col_start();

    @Message("Fin")
    String col_end();

    @Message("Réflexion jusqu'au")
    String col_reflection();

    @Message("brouillon")
    String status_draft();

    @Message("proposé")
    String status_proposed();

    @Message("en cours")
    String status_active();

    @Message("terminé")
    String status_completed();

    @Message("résilié")
    String status_terminated();

    @Message("transféré")
    String status_transferred();

    @Message("NISS")
    String ssin();

    @Message("11 chiffres, sans points ni tiret")
    String ssin_hint();

    @Message("Chercher")
    String find();

    @Message("Aucun bénéficiaire de votre CPAS n'a ce NISS. Vous pouvez l'inscrire.")
    String not_found();

    @Message("Prénom")
    String first_name();

    @Message("Nom")
    String last_name();

    @Message("Date de naissance")
    String birth_date();

    @Message("Langue du dossier")
    String file_language();

    @Message("Date de la décision d'octroi du RIS")
    String ris_decision_date();

    @Message("Étudiant·e")
    String student();

    @Message("Inscrire")
    String register();

    @Message("Corrigez ce qui est signalé ci-dessous.")
    String correct_below();

    @Message("Français")
    String lang_fr();

    @Message("Nederlands")
    String lang_nl();

    @Message("Deutsch")
    String lang_de();

    @Message("Un PIIS est obligatoire")
    String obligation_compulsory();

    @Message("Un PIIS n'est pas obligatoire")
    String obligation_optional();

    @Message("parce que la personne a moins de 25 ans")
    String reason_undertwentyfive();

    @Message("parce qu'il s'agit d'un premier octroi du RIS")
    String reason_firstris();

    @Message("parce que la personne revient au RIS après plus de trois mois sans RIS ni emploi par le CPAS")
    String reason_returningafterthreemonths();

    @Message("parce que la personne reçoit le RIS depuis avant le 1er novembre 2016")
    String reason_continuingris();

    @Message("parce que le dossier a été repris d'un autre CPAS")
    String reason_takenover();

    @Message("parce qu'aucun RIS n'est octroyé")
    String reason_norisgranted();

    @Message("Le contrat doit être signé au plus tard le {date} (C1).")
    String signing_deadline(String date);

    @Message("Dispensé·e de PIIS (C2).")
    String exempted();

    @Message("Contrats")
    String contracts();

    @Message("Aucun contrat.")
    String no_contract();

    @Message("Vous êtes déconnecté·e")
    String signed_out_title();

    @Message("Votre session est fermée. Pour continuer, reconnectez-vous.")
    String signed_out_text();

    @Message("Se reconnecter")
    String sign_in_again();

    @Message("Introuvable")
    String failure_not_found_title();

    @Message("Ce que vous cherchez n'existe pas, ou n'est pas un dossier de votre CPAS.")
    String failure_not_found_text();

    @Message("Pas pour votre rôle")
    String failure_forbidden_title();

    @Message("Votre rôle ne donne pas accès à cette page.")
    String failure_forbidden_text();

    @Message("Service indisponible")
    String failure_unavailable_title();

    @Message("Un service de la plateforme n'a pas répondu. Réessayez dans un instant.")
    String failure_unavailable_text();
}
