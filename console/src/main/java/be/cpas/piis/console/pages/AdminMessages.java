package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a CPAS_ADMIN's pages: the CPAS's settings and their preview (X12), the national
 * directory (X11); in French here, in Dutch and German in {@code messages/admin_nl|de.properties}.
 */
@MessageBundle(value = "admin", locale = "fr")
public interface AdminMessages {

    @Message("Réglages du CPAS")
    String nav_settings();

    @Message("Annuaire des CPAS")
    String nav_directory();

    @Message("Réglages du CPAS")
    String settings_title();

    @Message("Ce que les courriers et les rendez-vous du CPAS {cpas} utilisent (X12)")
    String settings_lead(String cpas);

    @Message("version {version}")
    String version(String version);

    @Message("Réglages enregistrés : chaque service les utilise dès maintenant.")
    String saved();

    @Message("Aperçu d'un courrier")
    String preview_title();

    @Message("Un courrier tel que les réglages enregistrés le font : en-tête, lieux de rendez-vous, tribunal du travail, expéditeur et signataires. Un réglage manquant y est nommé.")
    String preview_help();

    @Message("Aperçu ({language})")
    String preview_in(String language);

    @Message("Enregistrer les réglages")
    String save_button();

    @Message("En-tête des courriers : nom et adresse")
    String letterhead_section();

    @Message("Nom du CPAS")
    String cpas_name();

    @Message("Rue et numéro")
    String street();

    @Message("Code postal")
    String postal_code();

    @Message("Localité")
    String city();

    @Message("Lieux de rendez-vous")
    String places_section();

    @Message("Le premier lieu est celui que proposent les convocations. Une ligne laissée vide n'est pas gardée.")
    String places_help();

    @Message("Code du lieu")
    String place_code();

    @Message("Une lettre minuscule puis des lettres ou des chiffres, par exemple « accueil ».")
    String place_code_hint();

    @Message("Nom ({language})")
    String place_name_in(String language);

    @Message("Ajouter un lieu")
    String add_place();

    @Message("Signataires et expéditeur")
    String signatories_section();

    @Message("Président du Conseil")
    String president();

    @Message("Directeur général")
    String general_director();

    @Message("Nom de l'expéditeur des courriels")
    String sender_name();

    @Message("Adresse de l'expéditeur des courriels")
    String sender_email();

    @Message("Tribunal du travail (recours)")
    String tribunal_section();

    @Message("Laissez vide pour citer la division que donne l'annuaire national ; remplissez-la pour la corriger.")
    String tribunal_help();

    @Message("Tribunal, dossiers ({language})")
    String tribunal_name_in(String language);

    @Message("La division que donne l'annuaire national pour le CPAS")
    String directory_own();

    @Message("Annuaire des CPAS")
    String directory_title();

    @Message("Nom de la commune")
    String directory_name();

    @Message("Au moins deux lettres du nom français ou néerlandais, sans souci des accents.")
    String directory_hint();

    @Message("Chercher")
    String search_button();

    @Message("Aucun CPAS dont le nom contient « {name} ».")
    String directory_none(String name);

    @Message("Code INS")
    String col_nis();

    @Message("CPAS")
    String col_cpas();

    @Message("Région")
    String col_region();

    @Message("Langues")
    String col_languages();

    @Message("Système")
    String col_system();

    @Message("ce système")
    String served_here();

    @Message("un autre système")
    String served_elsewhere();

    @Message("Flandre")
    String region_flanders();

    @Message("Wallonie")
    String region_wallonia();

    @Message("Bruxelles-Capitale")
    String region_brussels();

    @Message("code INS {code}")
    String nis_code(String code);

    @Message("Tribunaux du travail compétents")
    String tribunals_title();

    @Message("division {division}")
    String division(String division);

    @Message("adresse incomplète")
    String address_incomplete();

    @Message("Lieu {number} ({language})")
    String place_in(Integer number, String language);
}
