package be.cpas.piis.sanctions.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.sanctions.document.ComplianceRecord.Safeguard;
import be.cpas.piis.sanctions.document.FormalNoticeLetter.Fact;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** S2, S6-S8: what the formal notice, the decision letter, the execution and the compliance record say, read back from their PDFs. */
@QuarkusTest
class SanctionLetterRendererTest {

    private static final UUID BREACH = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final UUID CONTRACT = UUID.fromString("0b7e8d9c-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    // Posted on Wednesday 25 November 2026, received on the third working day: the appeal period of
    // three months ends on Sunday 28 February 2027, moved to Monday 1 March.
    private static final LocalDate POSTED = LocalDate.of(2026, 11, 25);
    private static final LocalDate NOTIFIED = LocalDate.of(2026, 11, 30);
    private static final LocalDate APPEAL_DEADLINE = LocalDate.of(2027, 3, 1);

    private static final Letter.Party BRUSSELS_FR = new Letter.Party("CPAS de Bruxelles", List.of("Rue Haute 298A", "1000 Bruxelles"));
    private static final Letter.Party BRUSSELS_NL = new Letter.Party("OCMW Brussel", List.of("Hoogstraat 298A", "1000 Brussel"));
    private static final Letter.Party BRUSSELS_DE = new Letter.Party("ÖSHZ Brüssel", List.of("Rue Haute 298A", "1000 Brüssel"));
    private static final Letter.Party ANA = new Letter.Party("Ana Peeters", List.of("Rue de la Loi 16 bte 3", "1000 Bruxelles"));

    @Inject
    SanctionLetterRenderer renderer;

    @Test
    void S2_the_formal_notice_tells_the_facts_what_is_expected_the_rights_to_answer_and_what_may_follow() {
        String french = PdfText.of(renderer.formalNotice(notice(BRUSSELS_FR), Language.FR));
        assertThat(french).contains("Mise en demeure", "Notre référence : PIIS " + CONTRACT, "Dossier " + BREACH, "Page 1 / ",
                "CPAS de Bruxelles Rue Haute 298A 1000 Bruxelles", "Ana Peeters Rue de la Loi 16 bte 3 1000 Bruxelles",
                "Bruxelles, le 20 novembre 2026", "Madame, Monsieur,",
                "Vous ne vous êtes pas présenté·e à l'évaluation de votre contrat du mardi 10 novembre 2026, sans justifier votre absence.",
                "12/11/2026 Absent à la formation de Bruxelles Formation, sans prévenir.",
                "Reprendre contact avec votre assistante sociale",
                "il a lieu dans les cinq jours ouvrables", "Jusqu'au lundi 7 décembre 2026 inclus",
                "entendu·e par le Conseil de l'action sociale", "assister ou représenter par la personne de votre choix",
                "suspendre le paiement de votre revenu d'intégration, partiellement ou totalement, pendant un mois au maximum",
                "pendant trois mois au maximum", "Aucune décision ne sera prise avant",
                "Pour le CPAS de Bruxelles, le service social");

        String dutch = PdfText.of(renderer.formalNotice(notice(BRUSSELS_NL), Language.NL));
        assertThat(dutch).contains("Ingebrekestelling", "Onze referentie: GPMI " + CONTRACT, "Pagina 1 / ", "OCMW Brussel Hoogstraat 298A 1000 Brussel",
                "Brussel, 20 november 2026",
                "U was niet aanwezig op de evaluatie van uw contract van dinsdag 10 november 2026", "binnen vijf werkdagen",
                "Tot en met maandag 7 december 2026", "Raad voor Maatschappelijk Welzijn", "uw leefloon", "ten hoogste drie maanden",
                "Voor het OCMW Brussel, de sociale dienst").doesNotContain("CPAS de Bruxelles");

        String german = PdfText.of(renderer.formalNotice(notice(BRUSSELS_DE), Language.DE));
        assertThat(german).contains("Inverzugsetzung", "Unser Zeichen: IPSI " + CONTRACT, "Akte " + BREACH, "Seite 1 / ", "ÖSHZ Brüssel",
                "Brüssel, den 20. November 2026",
                "Sie sind nicht zur Bewertung Ihres Vertrags am Dienstag, 10. November 2026 erschienen", "innerhalb von fünf Werktagen",
                "Bis einschließlich Montag, 7. Dezember 2026", "Sozialhilferat", "Eingliederungseinkommens", "höchstens drei Monate");
    }

    @Test
    void S2_each_origin_of_a_fact_has_its_own_sentence() {
        Letter.Party antwerp = new Letter.Party("OCMW Antwerpen", List.of("Lange Gasthuisstraat 39", "2000 Antwerpen"));
        FormalNoticeLetter notice = new FormalNoticeLetter(BREACH, CONTRACT, antwerp, ANA, List.of(
                new Fact(LocalDate.of(2026, 9, 30), "resultsOverdue", null),
                new Fact(LocalDate.of(2026, 10, 15), "stepOverdue", "Inschrijving bij VDAB")),
                "Uw resultaten bezorgen.", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 20));

        assertThat(PdfText.of(renderer.formalNotice(notice, Language.NL))).contains(
                "30/09/2026 U hebt uw examenresultaten niet meegedeeld binnen zeven werkdagen na de bekendmaking ervan.",
                "15/10/2026 Een stap van uw contract werd niet uitgevoerd op de afgesproken datum. Inschrijving bij VDAB");
        assertThat(PdfText.of(renderer.formalNotice(notice, Language.FR))).contains(
                "Vous n'avez pas communiqué vos résultats d'examens dans les sept jours ouvrables de leur publication.",
                "Une étape de votre contrat n'a pas été réalisée à la date prévue.");
    }

    @Test
    void S6_S8_a_partial_suspension_on_recidivism_gives_its_share_period_reasons_hearing_and_appeal_route() {
        DecisionLetter decision = suspension(BRUSSELS_FR, "partial", 50, null, null, true, LocalDate.of(2026, 11, 19));

        String french = PdfText.of(renderer.decision(decision, Language.FR));
        assertThat(french).contains("Décision du Conseil de l'action sociale", "Lors de sa séance du 18 novembre 2026",
                "suspendre partiellement le paiement de votre revenu d'intégration, à raison de 50 % de son montant, du 1 décembre 2026 au 31 janvier 2027 inclus.",
                "trois mois au maximum, au lieu d'un mois", "Absences répétées sans motif légitime",
                "Le Conseil vous a entendu·e le 19 novembre 2026",
                "Tribunal du travail francophone de Bruxelles", "Boulevard de Waterloo 70, 1000 Bruxelles",
                "requête écrite", "lettre recommandée", "Le recours est gratuit.",
                "au plus tard le lundi 1 mars 2027", "remise à la poste le 25 novembre 2026", "réputée vous être parvenue le 30 novembre 2026",
                "Ana Peeters Rue de la Loi 16 bte 3 1000 Bruxelles", "Bruxelles, le 25 novembre 2026",
                "La présidence du Conseil", "Khadija Tamditi", "La direction générale", "Pierre Van Hoorebeke");
        assertThat(french).doesNotContain("sursis");

        DecisionLetter inDutch = new DecisionLetter(BREACH, CONTRACT, BRUSSELS_NL, ANA, "Khadija Tamditi", "Pierre Van Hoorebeke", "suspension",
                "partial", 50, null, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), Period.ofMonths(2), null,
                "Herhaalde afwezigheid zonder rechtmatige reden.", LocalDate.of(2026, 11, 18), null, true,
                "Nederlandstalige arbeidsrechtbank Brussel", "Poelaertplein 3, 1000 Brussel", POSTED, NOTIFIED, APPEAL_DEADLINE);
        String dutch = PdfText.of(renderer.decision(inDutch, Language.NL));
        assertThat(dutch).contains("Beslissing van de Raad voor Maatschappelijk Welzijn", "OCMW Brussel Hoogstraat 298A 1000 Brussel",
                "gedeeltelijk te schorsen, ten belope van 50 % van het bedrag, van 1 december 2026 tot en met 31 januari 2027.",
                "Nederlandstalige arbeidsrechtbank Brussel", "Poelaertplein 3, 1000 Brussel", "verzoekschrift", "aangetekende brief",
                "kosteloos", "uiterlijk op maandag 1 maart 2027", "De voorzitter van de Raad", "De algemeen directeur")
                .doesNotContain("CPAS de Bruxelles", "francophone");

        String german = PdfText.of(renderer.decision(suspension(BRUSSELS_DE, "partial", 50, null, null, true, LocalDate.of(2026, 11, 19)),
                Language.DE));
        assertThat(german).contains("Beschluss des Sozialhilferats",
                "vom 1. Dezember 2026 bis einschließlich 31. Januar 2027 teilweise auszusetzen, in Höhe von 50 % des Betrags.",
                "Zuständiges Arbeitsgericht", "Boulevard de Waterloo 70, 1000 Bruxelles", "Einschreiben", "kostenlos",
                "spätestens am Montag, 1. März 2027", "ÖSHZ Brüssel", "Der Vorsitz des Rates", "Die Generaldirektion");
    }

    @Test
    void S6_a_partial_suspension_by_amount_is_written_in_euros_as_each_language_writes_them() {
        DecisionLetter decision = suspension(BRUSSELS_FR, "partial", null, new BigDecimal("150"), null, false, null);

        assertThat(PdfText.of(renderer.decision(decision, Language.FR))).contains("à raison de 150,00 € par mois")
                .doesNotContain("récidive", "au lieu d'un mois");
        assertThat(PdfText.of(renderer.decision(decision, Language.NL))).contains("ten belope van € 150,00 per maand");
        assertThat(PdfText.of(renderer.decision(decision, Language.DE))).contains("in Höhe von 150,00 € pro Monat");
    }

    @Test
    void S7_a_deferred_suspension_says_it_is_executed_only_on_a_new_breach_before_the_probation_ends() {
        DecisionLetter decision = suspension(BRUSSELS_FR, "total", null, null, LocalDate.of(2027, 5, 31), false, null);

        assertThat(PdfText.of(renderer.decision(decision, Language.FR))).contains(
                "suspendre totalement le paiement de votre revenu d'intégration, du 1 décembre 2026 au 31 janvier 2027 inclus.",
                "L'exécution de cette sanction est suspendue (sursis) jusqu'au 31 mai 2027 inclus : la sanction ne sera exécutée que si vous "
                        + "manquez à nouveau à vos engagements avant cette date.",
                "vous pouviez demander à être entendu·e par le Conseil");
        assertThat(PdfText.of(renderer.decision(decision, Language.NL))).contains("volledig te schorsen",
                "De uitvoering van deze sanctie wordt uitgesteld tot en met 31 mei 2027 (uitstel)", "enkel uitgevoerd als u vóór die datum");
        assertThat(PdfText.of(renderer.decision(decision, Language.DE))).contains("vollständig auszusetzen",
                "bis einschließlich 31. Mai 2027 aufgeschoben (Aufschub)", "nur vollstreckt, wenn Sie vor diesem Datum");
    }

    @Test
    void S7_S8_the_execution_of_a_deferred_sanction_names_the_new_breach_the_suspension_its_reasons_and_the_appeal_route() {
        String french = PdfText.of(renderer.execution(execution(BRUSSELS_FR, "Tribunal du travail francophone de Bruxelles"), Language.FR));
        assertThat(french).contains("exécution de la sanction avec sursis", "Ana Peeters Rue de la Loi 16 bte 3 1000 Bruxelles",
                "Par sa décision du 2 septembre 2026", "jusqu'au 3 mars 2027 inclus", "un nouveau manquement, survenu le 12 octobre 2026",
                "du 1 décembre 2026 au 31 décembre 2026 inclus", "Absent de nouveau", "mise en demeure", "Tribunal du travail francophone de Bruxelles",
                "lundi 1 mars 2027", "La présidence du Conseil", "Marie Dupont", "La direction générale", "Jean Martin");
        assertThat(PdfText.of(renderer.execution(execution(BRUSSELS_NL, "Nederlandstalige arbeidsrechtbank Brussel"), Language.NL))).contains(
                "uitvoering van de sanctie met uitstel", "nieuwe tekortkoming vastgesteld, op 12 oktober 2026",
                "Nederlandstalige arbeidsrechtbank Brussel", "maandag 1 maart 2027", "De voorzitter van de Raad")
                .doesNotContain("CPAS de Bruxelles");
        assertThat(PdfText.of(renderer.execution(execution(BRUSSELS_DE, "Tribunal du travail francophone de Bruxelles"), Language.DE))).contains(
                "Vollstreckung der zur Bewährung ausgesetzten Sanktion", "neuen Verstoß", "12. Oktober 2026", "Montag, 1. März 2027",
                "Der Vorsitz des Rates");
    }

    private static ExecutionLetter execution(Letter.Party cpas, String tribunal) {
        return new ExecutionLetter(BREACH, CONTRACT, cpas, ANA, "Marie Dupont", "Jean Martin", "total", null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3),
                LocalDate.of(2027, 3, 3), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 20),
                "Absent de nouveau à l'atelier du 12 octobre, sans motif.", tribunal, "Place Poelaert 3, bte 3, 1000 Bruxelles", POSTED,
                NOTIFIED, APPEAL_DEADLINE);
    }

    @Test
    void S8_a_decision_without_sanction_says_so_and_still_gives_the_appeal_route() {
        Letter.Party eupen = new Letter.Party("ÖSHZ Eupen", List.of("Bergstraße 2", "4700 Eupen"));
        DecisionLetter decision = new DecisionLetter(BREACH, CONTRACT, eupen, ANA, "Anna Schmitz", "Paul Krings", "noSanction", null, null, null,
                null, null, null, null,
                "Die Abwesenheit war durch eine Krankenhausaufnahme gerechtfertigt.", LocalDate.of(2026, 11, 18), null, false,
                "Arbeitsgericht Eupen", "Aachener Straße 62, 4700 Eupen", POSTED, NOTIFIED, APPEAL_DEADLINE);

        String german = PdfText.of(renderer.decision(decision, Language.DE));
        assertThat(german).contains("Der Sozialhilferat beschließt, keine Sanktion gegen Sie zu verhängen.",
                "Die Abwesenheit war durch eine Krankenhausaufnahme gerechtfertigt.", "Arbeitsgericht Eupen", "Aachener Straße 62, 4700 Eupen",
                "spätestens am Montag, 1. März 2027", "Eupen, den 25. November 2026", "Anna Schmitz", "Paul Krings")
                .doesNotContain("auszusetzen");
        assertThat(PdfText.of(renderer.decision(decision, Language.FR))).contains("Le Conseil décide de ne pas vous sanctionner.")
                .doesNotContain("suspendre");
        assertThat(PdfText.of(renderer.decision(decision, Language.NL))).contains("De Raad beslist u geen sanctie op te leggen.");
    }

    @Test
    void S8_the_compliance_record_shows_every_safeguard_whether_met_when_by_whom_and_its_evidence() {
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ComplianceRecord record = new ComplianceRecord(BREACH, CONTRACT, "21004", "decided", List.of(
                new Safeguard("S2", "Formal notice sent", true, LocalDate.of(2026, 11, 20), "marie.dubois", "formal-notice.pdf sha256:" + sha256),
                new Safeguard("S4", "Hearing held", null, null, null, "No hearing asked"),
                new Safeguard("S5", "CPAS kept its commitments", true, LocalDate.of(2026, 11, 18), null, "No CPAS step overdue"),
                new Safeguard("S6", "Suspension within 1 month", false, LocalDate.of(2026, 11, 18), "jan.claes", "3 months without recidivism")),
                LocalDate.of(2026, 12, 2));

        String french = PdfText.of(renderer.complianceRecord(record, Language.FR, BRUSSELS_FR, "Ana Peeters"));
        assertThat(french).contains("Relevé des garanties de la procédure de sanction", BREACH.toString(), CONTRACT.toString(),
                "Bénéficiaire Ana Peeters", "CPAS CPAS de Bruxelles", "État du dossier décidé", "Page 1 / ", "Bruxelles, le 2 décembre 2026",
                "S2 Mise en demeure avant toute décision oui 20/11/2026 marie.dubois formal-notice.pdf", "formal-notice.pdf sha256:9f86d08",
                "S4 Audition par le Conseil, si demandée sans objet – calculé par le service No hearing asked",
                "oui 18/11/2026 calculé par le service No CPAS step overdue", "S6 Suspension dans sa limite et son délai de début non 18/11/2026 jan.claes")
                .doesNotContain("decided", "code INS", "Formal notice sent");

        assertThat(PdfText.of(renderer.complianceRecord(record, Language.NL, BRUSSELS_NL, "Ana Peeters"))).contains(
                "Overzicht van de waarborgen van de sanctieprocedure", "Begunstigde Ana Peeters", "OCMW OCMW Brussel",
                "Stand van het dossier beslist", "S4 Verhoor door de Raad, indien gevraagd niet van toepassing",
                "ja 18/11/2026 berekend door de dienst", "nee").doesNotContain("Hearing held", "decided");
        assertThat(PdfText.of(renderer.complianceRecord(record, Language.DE, BRUSSELS_DE, "Ana Peeters"))).contains(
                "Übersicht über die Garantien des Sanktionsverfahrens", "Begünstigte Person Ana Peeters", "Stand der Akte entschieden",
                "S4 Anhörung durch den Rat, wenn beantragt entfällt", "ja 18.11.2026 vom Dienst berechnet", "nein")
                .doesNotContain("Hearing held", "decided");
    }

    /** The formal notice of the case, from the CPAS as {@code cpas} names itself in the letter's language. */
    private static FormalNoticeLetter notice(Letter.Party cpas) {
        return new FormalNoticeLetter(BREACH, CONTRACT, cpas, ANA, List.of(
                new Fact(LocalDate.of(2026, 11, 10), "evaluationMissed", null),
                new Fact(LocalDate.of(2026, 11, 12), "reported", "Absent à la formation de Bruxelles Formation, sans prévenir.")),
                "Reprendre contact avec votre assistante sociale et reprendre la formation.", LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 11, 20));
    }

    private static DecisionLetter suspension(Letter.Party cpas, String scope, Integer percentage, BigDecimal amount, LocalDate probationEndsOn,
                                             boolean recidivism, LocalDate heardOn) {
        return new DecisionLetter(BREACH, CONTRACT, cpas, ANA, "Khadija Tamditi", "Pierre Van Hoorebeke", "suspension", scope, percentage, amount,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), Period.ofMonths(2), probationEndsOn,
                "Absences répétées sans motif légitime aux évaluations de septembre et de novembre.", LocalDate.of(2026, 11, 18), heardOn,
                recidivism, "Tribunal du travail francophone de Bruxelles", "Boulevard de Waterloo 70, 1000 Bruxelles", POSTED, NOTIFIED,
                APPEAL_DEADLINE);
    }
}
