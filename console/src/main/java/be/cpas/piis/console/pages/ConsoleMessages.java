package be.cpas.piis.console.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalTime;

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

    @Message("Rédiger un contrat")
    String draft_title();

    @Message("Le contrat")
    String contract_section();

    @Message("Type de contrat")
    String contract_type();

    @Message("Général")
    String type_general();

    @Message("Étudiant")
    String type_student();

    @Message("Début")
    String start_date();

    @Message("Fin")
    String end_date();

    @Message("Référent·e")
    String referent();

    @Message("Remplaçant·e")
    String replacement_worker();

    @Message("Personne de confiance")
    String person_of_trust();

    @Message("Objectifs")
    String goal_section();

    @Message("Type d'objectif")
    String goal_kind();

    @Message("professionnel")
    String goal_professional();

    @Message("social")
    String goal_social();

    @Message("études")
    String goal_studies();

    @Message("Objectif")
    String goal_title();

    @Message("Qui")
    String step_responsible();

    @Message("Pour le")
    String step_due_date();

    @Message("le bénéficiaire")
    String party_beneficiary();

    @Message("le CPAS")
    String party_cpas();

    @Message("le partenaire")
    String party_partner();

    @Message("prévue")
    String step_planned();

    @Message("réalisée")
    String step_done();

    @Message("annulée")
    String step_cancelled();

    @Message("Engagements")
    String commitments_section();

    @Message("Ce que le bénéficiaire s'engage à faire")
    String beneficiary_commitment();

    @Message("Ce que le CPAS s'engage à faire")
    String cpas_commitment();

    @Message("Enregistrer le projet")
    String draft_button();

    @Message("Contrat de {name}")
    String contract_of(String name);

    @Message("du {start} au {end}")
    String contract_period(String start, String end);

    @Message("pour le {date}")
    String by_date(String date);

    @Message("Remis au bénéficiaire le")
    String handed_over_on();

    @Message("Signé le")
    String signed_on();

    @Message("Signatures")
    String signatures();

    @Message("Aucune signature.")
    String no_signature();

    @Message("Proposer le contrat")
    String propose_section();

    @Message("Proposer")
    String propose_button();

    @Message("Enregistrer une signature")
    String sign_section();

    @Message("Partie qui signe")
    String sign_party();

    @Message("Enregistrer la signature")
    String sign_button();

    @Message("Laissez vide pour aujourd'hui")
    String blank_is_today();

    @Message("Évaluations")
    String evaluations_section();

    @Message("Le plan d'évaluation se prépare : il s'affiche ici dès qu'il est prêt.")
    String evaluations_waiting();

    @Message("Les évaluations ne peuvent pas être affichées pour l'instant.")
    String evaluations_unavailable();

    @Message("Actualiser")
    String refresh();

    @Message("Date")
    String col_date();

    @Message("Type")
    String col_kind();

    @Message("Présence")
    String col_attendance();

    @Message("régulière")
    String evaluation_kind_regular();

    @Message("finale")
    String evaluation_kind_final();

    @Message("prévue")
    String evaluation_planned();

    @Message("tenue")
    String evaluation_completed();

    @Message("manquée")
    String evaluation_missed();

    @Message("annulée")
    String evaluation_cancelled();

    @Message("Consigner")
    String record_link();

    @Message("Voir")
    String view_link();

    @Message("Évaluation du {date}")
    String evaluation_of(String date);

    @Message("Contrat")
    String col_contract();

    @Message("Rendez-vous")
    String appointment();

    @Message("à {time}, {place}")
    String appointment_at(LocalTime time, String place);

    @Message("Tenue le")
    String held_on();

    @Message("Consigner l'évaluation")
    String record_section();

    @Message("en personne")
    String attendance_inPerson();

    @Message("à distance")
    String attendance_remote();

    @Message("absence excusée")
    String attendance_excused();

    @Message("absence non excusée")
    String attendance_absent();

    @Message("Une absence non excusée est une évaluation manquée : un dossier de manquement s'ouvre pour le Conseil.")
    String attendance_hint();

    @Message("Motif de l'excuse")
    String excuse_reason();

    @Message("Progrès : {goal}")
    String progress_of(String goal);

    @Message("Notes")
    String notes();

    @Message("Ajustements proposés")
    String adjustments();

    @Message("Enregistrer l'évaluation")
    String record_button();

    @Message("Dossiers de manquement")
    String breaches_section();

    @Message("Aucun dossier de manquement.")
    String breaches_none();

    @Message("L'évaluation manquée ouvre un dossier de manquement : il s'affiche ici dès qu'il est ouvert.")
    String breaches_waiting();

    @Message("Les dossiers de manquement ne peuvent pas être affichés pour l'instant.")
    String breaches_unavailable();

    @Message("Ouvert le")
    String col_opened();

    @Message("Faits")
    String col_facts();

    @Message("évaluation manquée")
    String fact_evaluationMissed();

    @Message("résultats non communiqués")
    String fact_resultsOverdue();

    @Message("étape en retard")
    String fact_stepOverdue();

    @Message("signalé")
    String fact_reported();

    @Message("ouvert")
    String breach_open();

    @Message("mise en demeure envoyée")
    String breach_noticeSent();

    @Message("avis donné")
    String breach_opinionGiven();

    @Message("audition demandée")
    String breach_hearingRequested();

    @Message("entendu")
    String breach_heard();

    @Message("décidé")
    String breach_decided();

    @Message("sans sanction")
    String breach_noSanction();

    @Message("RIS suspendu")
    String breach_suspended();

    @Message("sanction avec sursis")
    String breach_deferred();

    @Message("sanction exécutée")
    String breach_executed();

    @Message("en appel")
    String breach_appealed();

    @Message("confirmé en appel")
    String breach_upheld();

    @Message("annulé en appel")
    String breach_annulled();

    @Message("clôturé")
    String breach_closed();

    @Message("Convocation (PDF)")
    String convocation_pdf();

    @Message("Ajouter à mon agenda (.ics)")
    String calendar_file();

    @Message("Déplacer l'évaluation")
    String move_section();

    @Message("Heure")
    String starts_at();

    @Message("Lieu")
    String place();

    @Message("Déplacer")
    String move_button();

    @Message("Le contrat en PDF, dans la langue du bénéficiaire")
    String contract_pdf();

    @Message("Historique des modifications")
    String audit_link();

    @Message("Aucune modification enregistrée.")
    String audit_none();

    @Message("Date du fait")
    String audit_fact_date();

    @Message("Modification")
    String audit_action();

    @Message("Par")
    String audit_actor();

    @Message("Enregistrée le")
    String audit_recorded_at();

    @Message("inscription")
    String audit_registered();

    @Message("coordonnées enregistrées")
    String audit_contactRecorded();

    @Message("dispense accordée")
    String audit_exemptionGranted();

    @Message("dispense levée")
    String audit_exemptionLifted();

    @Message("délai de signature dépassé")
    String audit_signingDeadlineMissed();

    @Message("projet rédigé")
    String audit_drafted();

    @Message("contrat proposé")
    String audit_proposed();

    @Message("signature")
    String audit_signed();

    @Message("avenant proposé")
    String audit_amendmentProposed();

    @Message("avenant signé")
    String audit_amended();

    @Message("exemplaire remis")
    String audit_documentHandedOver();

    @Message("audition demandée")
    String audit_hearingRequested();

    @Message("audition planifiée")
    String audit_hearingPlanned();

    @Message("convocation à l'audition envoyée")
    String audit_hearingConvocationSent();

    @Message("audition tenue")
    String audit_hearingHeld();

    @Message("étape réalisée")
    String audit_stepDone();

    @Message("étape annulée")
    String audit_stepCancelled();

    @Message("étape en retard signalée")
    String audit_stepOverdueReported();

    @Message("contrat résilié")
    String audit_terminated();

    @Message("contrat terminé")
    String audit_completed();

    @Message("contrat transféré")
    String audit_transferred();

    @Message("Historique du contrat de {name}")
    String audit_of_contract(String name);

    @Message("Historique du dossier de {name}")
    String audit_of_beneficiary(String name);

    @Message("Adresse postale")
    String postal_address();

    @Message("Rue, numéro, code postal et commune : les convocations et les lettres y sont envoyées")
    String postal_address_hint();

    @Message("Refusé")
    String failure_refused_title();

    @Message("Ce que vous avez demandé ne peut pas être fait pour l'instant, pour la raison ci-dessous.")
    String failure_refused_text();

    @Message("{name} (vous)")
    String audit_you(String name);

    @Message("Dispenses de PIIS (C2)")
    String exemptions_title();

    @Message("Aucune dispense.")
    String exemptions_none();

    @Message("Motif")
    String col_ground();

    @Message("Justification")
    String col_justification();

    @Message("Décidée par, le")
    String col_decided();

    @Message("Levée")
    String col_lifted();

    @Message("raisons de santé")
    String ground_health();

    @Message("raisons d'équité")
    String ground_equity();

    @Message("travaille et perçoit le revenu d'intégration en complément")
    String ground_workingwithcomplement();

    @Message("Choisir un motif")
    String choose_ground();

    @Message("en vigueur")
    String exemption_in_force();

    @Message("Décider une dispense")
    String exemption_section();

    @Message("Pourquoi aucun PIIS n'est demandé, par écrit : la décision le motive.")
    String exemption_justification_hint();

    @Message("Décidée par")
    String decided_by();

    @Message("Par exemple : Comité spécial du service social")
    String decided_by_hint();

    @Message("Décidée le")
    String decided_on();

    @Message("Dispenser de PIIS")
    String exempt_button();

    @Message("Levée le")
    String lifted_on();

    @Message("Lever la dispense")
    String lift_button();

    @Message("Ce que les partenaires s'engagent à faire")
    String partner_commitment();

    @Message("Avenants (C10)")
    String amendments_section();

    @Message("Aucun avenant.")
    String no_amendment();

    @Message("Proposé le")
    String col_proposed_on();

    @Message("en attente des accords")
    String amendment_pending();

    @Message("version {version}, convenue le {date}")
    String version_agreed(int version, String date);

    @Message("version {version}")
    String version_n(int version);

    @Message("Comparer les versions")
    String versions_compare();

    @Message("Proposer un avenant")
    String amendment_propose_title();

    @Message("Le formulaire part du contrat tel qu'il est : changez ce qui doit l'être. L'avenant devient la version suivante quand chaque partie l'a accepté (C6).")
    String amendment_propose_text();

    @Message("Motif de l'avenant")
    String amendment_reason();

    @Message("Ce qui change et pourquoi, à la demande de qui")
    String amendment_reason_hint();

    @Message("Objectif {number}")
    String goal_n(int number);

    @Message("Étape {number}")
    String step_n(int number);

    @Message("Nouvelle étape (facultative)")
    String step_added();

    @Message("Proposer l'avenant")
    String amendment_propose_button();

    @Message("Avenant proposé le {date}")
    String amendment_of(String date);

    @Message("Accords")
    String agreements();

    @Message("Aucune partie n'a encore donné son accord.")
    String no_agreement();

    @Message("Accord donné le")
    String agreed_on();

    @Message("Enregistrer un accord")
    String agree_section();

    @Message("Partie qui donne son accord")
    String agree_party();

    @Message("Enregistrer l'accord")
    String agree_button();

    @Message("Ce qui a changé")
    String what_changed();

    @Message("De la version {from} à la version {to}")
    String diff_title(int from, int to);

    @Message("Depuis")
    String diff_from();

    @Message("Jusqu'à")
    String diff_to();

    @Message("Comparer")
    String diff_button();

    @Message("Rien ne change entre ces versions.")
    String diff_none();

    @Message("Où")
    String diff_where();

    @Message("Avant")
    String diff_before();

    @Message("Après")
    String diff_after();

    @Message("Objectif")
    String diff_goal();

    @Message("Étape")
    String diff_step();

    @Message("Engagement")
    String diff_commitment();

    @Message("Partenaire")
    String diff_partner();

    @Message("Description")
    String diff_description();

    @Message("Partie")
    String diff_party();

    @Message("Nom")
    String diff_name();

    @Message("Ce qui est attendu")
    String diff_expectations();

    @Message("Intitulé")
    String diff_title_field();

    @Message("Convenu le")
    String amendment_agreed_on();

    @Message("Ajouter un objectif")
    String add_goal();

    @Message("Ajouter une étape à l'objectif {number}")
    String add_step(int number);

    @Message("Partenaires (C6)")
    String partners_section();

    @Message("Aucun partenaire : le contrat lie le bénéficiaire et le CPAS.")
    String partners_none();

    @Message("Partenaire {number}")
    String partner_n(int number);

    @Message("Organisation partenaire")
    String partner_name();

    @Message("Ce qui est attendu du partenaire")
    String partner_expectations();

    @Message("Ajouter un partenaire")
    String add_partner();

    @Message("Une ligne laissée vide n'est pas enregistrée.")
    String blank_rows_hint();

    @Message("Par NISS")
    String find_by_ssin();

    @Message("Par nom")
    String find_by_name();

    @Message("Nom ou prénom")
    String name_query();

    @Message("Le début de chaque mot suffit, sans accents ni majuscules : « peet » trouve Peeters.")
    String name_query_hint();

    @Message("Aucun bénéficiaire de votre CPAS ne porte ce nom.")
    String names_not_found();
}
