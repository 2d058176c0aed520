package be.cpas.piis.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.infra.KeycloakServer;
import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.FreePorts;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser: headless Chromium signs in on Keycloak's own login page (the
 * realm local runs import), and the console calls contracts-service with the person's token, which
 * the service verifies with the realm's published keys. Every page is saved as a screenshot and
 * checked with axe-core.
 */
class ConsoleTest {

    private static final String CONTRACTS = Platform.CONTRACTS;
    private static final String EVALUATIONS = Platform.EVALUATIONS;
    private static final String SANCTIONS = "sanctions-service";
    private static final String TRANSFERS = Platform.TRANSFERS;
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 7, 30);
    /** Ten weeks ago: the signing deadline (C1, three months after) falls within the caseload's next 30 days. */
    private static final LocalDate RIS_DECISION_DATE = LocalDate.now().minusWeeks(10);
    /** The sample realm's access token and session lifespans, and the short ones of the session test. */
    private static final int REALM_TOKEN_SECONDS = 300;
    private static final int REALM_SESSION_SECONDS = 36_000;
    private static final int SHORT_TOKEN_SECONDS = 10;
    private static final int SHORT_SESSION_SECONDS = 15;
    private static final By SAVE_DRAFT = By.cssSelector("form[action$='/contracts'] button.btn-primary[type=submit]");
    private static final AtomicInteger SERIALS = new AtomicInteger(101);
    /** The key the console signs its beneficiary pages' API tokens with, under the development issuer the services trust here. */
    private static final Path DEV_PRIVATE_KEY = Path.of("..", "test-support", "src", "main", "resources", "dev-keys", "private.pem")
            .toAbsolutePath().normalize();
    /** The console's secret for the links to beneficiaries' pages, which this test uses to make an expired one. */
    private static final String LINKS_SECRET = "the console test's secret for beneficiary links";

    private static KeycloakServer keycloak;
    private static Platform platform;
    private static ServiceProcess console;
    private static String consoleUrl;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Browser.installed()).as("Chromium and ChromeDriver from Debian's packages (chromium, chromium-driver)").isTrue();
        int consolePort = FreePorts.next();
        consoleUrl = "http://localhost:" + consolePort;
        keycloak = KeycloakServer.start(Path.of(System.getProperty("piis.keycloak.distribution")), Path.of("target", "keycloak").toAbsolutePath(),
                FreePorts.next(), FreePorts.next(), consoleUrl, Path.of("target", "system-tests", "keycloak.log"));
        String realm = trustingTheRealm().toUri().toString();
        platform = Platform.deployment("console", List.of(CONTRACTS, EVALUATIONS, SANCTIONS, TRANSFERS))
                .with(CONTRACTS, "quarkus.config.locations", realm)
                .with(EVALUATIONS, "quarkus.config.locations", realm)
                .with(SANCTIONS, "quarkus.config.locations", realm)
                .with(TRANSFERS, "quarkus.config.locations", realm)
                .start();
        console = ServiceProcess.launch("console", "console", consolePort, Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                "quarkus.rest-client.contracts-service.url", platform.url(CONTRACTS),
                "quarkus.rest-client.evaluation-service.url", platform.url(EVALUATIONS),
                "quarkus.rest-client.sanctions-service.url", platform.url(SANCTIONS),
                "quarkus.rest-client.transfer-service.url", platform.url(TRANSFERS),
                "smallrye.jwt.sign.key.location", DEV_PRIVATE_KEY.toUri().toString(),
                "piis.beneficiary-links.secret", LINKS_SECRET), "/signed-out");
        console.awaitReady();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** The words of the console a walk reads, in the language it walks in. */
    private record Words(String language, String caseload, String contractOf, String reflection, String reflecting,
                         String regularEvaluation, String missedEvaluation, String signedOut, String you, String equity,
                         String missed) {
    }

    private static final Words FRENCH = new Words("fr", "Mes dossiers", "Contrat de ", "Réflexion jusqu'au", "délai de réflexion",
            "régulière", "évaluation manquée", "Vous êtes déconnecté·e", "(vous)",
            "raisons d'équité", "manquée");
    private static final Words DUTCH = new Words("nl", "Mijn dossiers", "Contract van ", "Bedenktijd tot", "bedenktijd",
            "gewone", "gemiste evaluatie", "U bent afgemeld", "(u)",
            "billijkheidsredenen", "gemist");

    @BeforeEach
    void todayIsToday() {
        moveClocksTo(LocalDate.now());
    }

    @Test
    void X1_a_social_worker_walks_a_contract_from_registration_to_the_breach_case_of_a_missed_evaluation_in_french() {
        walk(FRENCH, "sofia.janssens");
    }

    @Test
    void X1_a_social_worker_walks_a_contract_from_registration_to_the_breach_case_of_a_missed_evaluation_in_dutch() {
        walk(DUTCH, "lucas.maes");
    }

    /**
     * Signs in on Keycloak's page; registers a beneficiary (refused first, then accepted); exempts them (C2, refused
     * without a justification, then granted) and lifts the exemption; drafts two goals and a partner (refused without the
     * CPAS's commitment, then saved), proposes, has the
     * signature refused (C7), lets time pass; records the beneficiary's request to be heard (C8), plans and convokes the
     * hearing, has the signature refused until its outcome is recorded; records the three signatures; sees the evaluation plan appear on the same page
     * (E1, from ContractSigned); records an unexcused absence (E5) and sees the breach case it opened (S1); reads the
     * PDF and the audit trail; records the next evaluation's convocation sent (A3) and has a move refused (E1); reads the worker's week; amends the contract (C10, refused without a reason, then agreed
     * by the three parties) and reads what changed from version 1 to 2; records an interview request (E3), sets the interview,
     * records its convocation sent, reads in the caseload the interview to hold and the step overdue (C12) and sorts its contracts, holds
     * the interview; finds the beneficiary by name and by NISS; signs out.
     */
    private void walk(Words words, String username) {
        String ssin = newSsin();
        try (Browser browser = Browser.inLanguage(words.language())) {
            signIn(browser, username);
            browser.awaitHeading(words.caseload());
            assertThat(browser.text(By.tagName("header"))).contains("21004");
            browser.check("caseload");

            browser.open(consoleUrl + "/beneficiaries/new");
            fillRegistration(browser, "12345", "Ana", "Peeters");
            browser.click(By.cssSelector("form[action='/beneficiaries'] button[type=submit]"));
            assertThat(browser.text(By.id("ssin-issue"))).isNotBlank();
            assertThat(browser.find(By.id("firstName")).getAttribute("value")).isEqualTo("Ana");
            browser.check("registration-refused");

            fillRegistration(browser, ssin, "Ana", "Peeters");
            browser.click(By.cssSelector("form[action='/beneficiaries'] button[type=submit]"));
            browser.awaitHeading("Ana Peeters");
            browser.check("beneficiary");

            browser.choose("ground", "equity");
            browser.type("decidedBy", "Comité spécial du service social");
            browser.click(By.cssSelector("form[action$='/exemptions'] button[type=submit]"));
            assertThat(browser.text(By.id("justification-issue"))).isNotBlank();
            assertThat(browser.find(By.id("decidedBy")).getAttribute("value")).isEqualTo("Comité spécial du service social");
            browser.check("exemption-refused");
            browser.type("justification", "Soigne à plein temps sa mère gravement malade");
            browser.click(By.cssSelector("form[action$='/exemptions'] button[type=submit]"));
            assertThat(browser.text(By.cssSelector("#exemptions tbody"))).contains(words.equity());
            assertThat(browser.elements(By.id("ground"))).as("no second exemption while one is in force").isEmpty();
            browser.check("beneficiary-exempted");
            browser.click(By.cssSelector("form[action$='/lifting'] button[type=submit]"));
            browser.find(By.id("ground"));
            assertThat(browser.elements(By.cssSelector("form[action$='/lifting']"))).isEmpty();

            browser.click(By.cssSelector("a[href^='/contracts/new']"));
            browser.type("goals-0-title", "Trouver un emploi dans la logistique");
            browser.type("goals-0-steps-0-description", "S'inscrire chez Actiris");
            browser.setValue("goals-0-steps-0-dueDate", LocalDate.now().plusWeeks(3).toString());
            browser.type("replacementWorker", "nora.willems");
            browser.type("commitments-0-description", "Suivre la formation de cariste");
            browser.click(By.cssSelector("button[name=add][value=goal]"));
            browser.choose("goals-1-kind", "social");
            browser.type("goals-1-title", "Trouver un logement stable");
            browser.type("goals-1-steps-0-description", "Rencontrer l'agence immobilière sociale");
            browser.choose("goals-1-steps-0-responsible", "cpas");
            browser.click(By.cssSelector("button[name=add][value=partner]"));
            browser.type("partners-0-name", "Bruxelles Formation");
            browser.type("partners-0-expectations", "Former Ana au métier de cariste");
            assertThat(browser.find(By.id("goals-0-title")).getAttribute("value")).isEqualTo("Trouver un emploi dans la logistique");
            browser.check("draft");
            browser.click(SAVE_DRAFT);
            assertThat(browser.text(By.id("commitments-1-description-issue"))).isNotBlank();
            assertThat(browser.find(By.id("goals-1-title")).getAttribute("value")).isEqualTo("Trouver un logement stable");
            browser.type("commitments-1-description", "Payer l'inscription à la formation");
            browser.click(SAVE_DRAFT);
            browser.awaitHeading(words.contractOf() + "Ana Peeters");
            assertThat(browser.text(By.tagName("main"))).contains("Trouver un emploi dans la logistique", "Trouver un logement stable",
                    "Former Ana au métier de cariste", username);
            String contractId = browser.url().substring(browser.url().lastIndexOf('/') + 1);

            browser.click(By.cssSelector("form[action$='/proposal'] button[type=submit]"));
            browser.awaitText(words.reflection());
            browser.check("contract-proposed");

            browser.click(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).contains(words.reflecting());
            browser.check("signature-refused");

            LocalDate afterReflection = reflectionEndOf(contractId).plusDays(1);
            moveClocksTo(afterReflection);
            browser.clickForNewPage(By.cssSelector("form[action$='/hearing'] button[type=submit]"));
            LocalDate hearingDay = BelgianWorkingDays.onOrNextWorkingDay(afterReflection.plusDays(1));
            browser.setValue("hearingPlannedOn", hearingDay.toString());
            browser.setValue("hearingStartsAt", "10:00");
            browser.type("hearingPlace", "Salle du Conseil, rue Haute 298a");
            browser.clickForNewPage(By.cssSelector("form[action$='/hearing/appointment'] button[type=submit]"));
            assertThat(browser.fetched("/contracts/" + contractId + "/hearing/convocation", 5)).isEqualTo("%PDF-");
            assertThat(browser.fetched("/contracts/" + contractId + "/hearing/calendar", 15)).isEqualTo("BEGIN:VCALENDAR");
            browser.clickForNewPage(By.cssSelector("form[action$='/hearing/letters'] button[type=submit]"));
            assertThat(browser.text(By.id("hearing-letters"))).isNotBlank();
            browser.choose("party", "beneficiary");
            browser.click(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).isNotBlank();
            browser.check("hearing-signature-refused");

            moveClocksTo(hearingDay);
            browser.type("outcome", "Le Conseil a entendu Ana ; le contrat reste tel quel");
            browser.clickForNewPage(By.cssSelector("form[action$='/hearing/outcome'] button[type=submit]"));
            assertThat(browser.text(By.id("hearing"))).contains("Le Conseil a entendu Ana");
            browser.choose("party", "beneficiary");
            browser.clickForNewPage(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            browser.choose("party", "cpas");
            browser.clickForNewPage(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            assertThat(browser.text(By.id("party"))).contains("Bruxelles Formation");
            browser.clickForNewPage(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            browser.markPage();
            assertThat(browser.text(By.cssSelector("#evaluations tbody"))).contains(words.regularEvaluation());
            assertThat(browser.samePage()).as("the plan appears on the page the signature led to, without a reload").isTrue();
            browser.check("contract-signed");

            LocalDate firstEvaluation = firstEvaluationOf(contractId);
            moveClocksTo(firstEvaluation);
            browser.click(By.cssSelector("#evaluations tbody tr:first-child a"));
            browser.find(By.id("attendance"));
            browser.check("evaluation");
            browser.choose("attendance", "absent");
            browser.type("notes", "Pas venue, pas de nouvelles");
            browser.clickForNewPage(By.cssSelector("form[action$='/record'] button[type=submit]"));
            browser.markPage();
            assertThat(browser.text(By.cssSelector("#breaches tbody"))).contains(words.missedEvaluation());
            assertThat(browser.samePage()).as("the breach case appears on the page the absence led to, without a reload").isTrue();
            browser.check("breach-listed");

            assertThat(browser.fetched("/contracts/" + contractId + "/document", 5)).isEqualTo("%PDF-");
            browser.click(By.cssSelector("a[href$='/audit']"));
            assertThat(browser.text(By.cssSelector("main tbody"))).contains(words.you());
            browser.check("contract-audit");

            browser.open(consoleUrl + "/contracts/" + contractId);
            browser.click(By.cssSelector("#evaluations tbody tr:nth-child(2) a"));
            browser.find(By.id("startsAt"));
            String evaluation = browser.url().substring(consoleUrl.length());
            assertThat(browser.fetched(evaluation + "/convocation", 5)).isEqualTo("%PDF-");
            assertThat(browser.fetched(evaluation + "/calendar", 15)).isEqualTo("BEGIN:VCALENDAR");
            browser.clickForNewPage(By.cssSelector("form[action$='/letters'] button[type=submit]"));
            assertThat(browser.fetched(browser.find(By.cssSelector("#letters-sent a")).getAttribute("href"), 5)).isEqualTo("%PDF-");
            browser.setValue("plannedOn", firstEvaluation.plusYears(3).toString());
            browser.click(By.cssSelector("form[action$='/appointment'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).isNotBlank();
            browser.check("evaluation-move-refused");

            browser.open(consoleUrl + "/evaluations/week?of=" + firstEvaluation);
            assertThat(browser.text(By.cssSelector("#week tbody"))).contains("Ana Peeters").contains(words.missed());
            browser.check("week");

            browser.open(consoleUrl + "/contracts/" + contractId);
            browser.click(By.cssSelector("a[href$='/amendments/new']"));
            browser.type("goals-0-title", "Trouver un emploi dans un entrepôt");
            browser.click(By.cssSelector("form[action$='/amendments'] button[type=submit]"));
            assertThat(browser.text(By.id("reason-issue"))).isNotBlank();
            assertThat(browser.find(By.id("goals-0-title")).getAttribute("value")).isEqualTo("Trouver un emploi dans un entrepôt");
            browser.check("amendment-refused");
            browser.type("reason", "À sa demande, Ana vise un emploi en entrepôt");
            browser.type("goals-0-steps-1-description", "Passer le brevet de cariste");
            browser.clickForNewPage(By.cssSelector("form[action$='/amendments'] button[type=submit]"));
            browser.choose("party", "beneficiary");
            browser.clickForNewPage(By.cssSelector("form[action$='/agreements'] button[type=submit]"));
            browser.choose("party", "cpas");
            browser.clickForNewPage(By.cssSelector("form[action$='/agreements'] button[type=submit]"));
            browser.clickForNewPage(By.cssSelector("form[action$='/agreements'] button[type=submit]"));
            browser.check("amendment-agreed");
            browser.click(By.cssSelector("a[href*='/amendments/diff']"));
            assertThat(browser.text(By.cssSelector("#changes tbody")))
                    .contains("Trouver un emploi dans la logistique", "Trouver un emploi dans un entrepôt", "Passer le brevet de cariste");
            browser.check("amendment-diff");

            browser.open(consoleUrl + "/contracts/" + contractId);
            browser.type("interviewReason", "Ana veut parler de sa formation");
            browser.clickForNewPage(By.cssSelector("form[action='/interviews'] button[type=submit]"));
            LocalDate interviewDay = BelgianWorkingDays.onOrNextWorkingDay(firstEvaluation.plusDays(1));
            browser.setValue("plannedOn", interviewDay.toString());
            browser.setValue("startsAt", "14:00");
            browser.type("place", "Bureau 3, rue Haute 298a");
            browser.clickForNewPage(By.cssSelector("form[action$='/appointment'] button[type=submit]"));
            String interview = browser.url().substring(consoleUrl.length());
            assertThat(browser.fetched(interview + "/convocation", 5)).isEqualTo("%PDF-");
            assertThat(browser.find(By.id("plannedOn")).getAttribute("value")).isEqualTo(interviewDay.toString());
            browser.clickForNewPage(By.cssSelector("form[action$='/letters'] button[type=submit]"));
            assertThat(browser.text(By.id("letters-sent"))).isNotBlank();
            browser.check("interview-scheduled");

            browser.open(consoleUrl + "/");
            assertThat(browser.text(By.id("waiting-interviews"))).contains("Ana Peeters");
            assertThat(browser.text(By.id("overdue-steps"))).contains("S'inscrire chez Actiris").doesNotContain("agence immobilière");
            browser.click(By.cssSelector("#my-contracts th a[href*='sort=end']"));
            browser.find(By.cssSelector("#my-contracts th[aria-sort=ascending] a[href*='sort=end']"));
            browser.check("caseload-due");
            browser.open(consoleUrl + interview);
            moveClocksTo(interviewDay);
            browser.type("notes", "Elle commence la formation lundi");
            browser.clickForNewPage(By.cssSelector("form[action$='/record'] button[type=submit]"));
            assertThat(browser.text(By.id("interview"))).contains("Elle commence la formation lundi");

            browser.open(consoleUrl + "/beneficiaries/find");
            browser.check("find");
            browser.type("find-name", "PEET");
            browser.click(By.cssSelector("form[action='/beneficiaries/find-by-name'] button[type=submit]"));
            assertThat(browser.text(By.id("found-by-name"))).contains("Ana Peeters");
            assertThat(browser.url()).doesNotContain("PEET");
            browser.check("found-by-name");
            browser.type("find-ssin", ssin);
            browser.click(By.cssSelector("form[action='/beneficiaries/find'] button[type=submit]"));
            browser.awaitHeading("Ana Peeters");
            assertThat(browser.url()).doesNotContain(ssin);

            browser.click(By.cssSelector("a[href='/signout']"));
            browser.awaitHeading(words.signedOut());
            browser.check("signed-out");
            browser.open(consoleUrl + "/");
            browser.find(By.id("kc-login"));
        }
    }

    @Test
    void X1_a_social_worker_of_62063_never_sees_a_beneficiary_of_21004() {
        String ssin = newSsin();
        String beneficiaryId = asSocialWorker(CONTRACTS)
                .body("""
                        {"ssin":"%s","firstName":"Nora","lastName":"Claes","birthDate":"%s","language":"fr","risDecisionDate":"%s"}
                        """.formatted(ssin, BIRTH_DATE, RIS_DECISION_DATE))
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "louise.lambert");
            browser.awaitHeading("Mes dossiers");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("Nora Claes");

            browser.open(consoleUrl + "/beneficiaries/find");
            browser.type("find-ssin", ssin);
            browser.click(By.cssSelector("form[action='/beneficiaries/find'] button[type=submit]"));
            assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Aucun bénéficiaire de votre CPAS n'a ce NISS");

            browser.open(consoleUrl + "/beneficiaries/" + beneficiaryId);
            browser.awaitHeading("Introuvable");
            assertThat(browser.text(By.tagName("body"))).doesNotContain("Nora Claes");
            browser.check("not-found");
        }
    }

    @Test
    void E7_a_social_worker_records_a_students_results_published_and_sees_them_communicated_late() {
        String contractId = signedStudentContract("Lina", "Dubois");
        LocalDate publishedOn = reflectionEndOf(contractId).plusDays(1);
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            browser.open(consoleUrl + "/contracts/" + contractId);
            assertThat(browser.text(By.tagName("main"))).as("C11's standard commitments, in the page's language")
                    .contains("Suivre les cours régulièrement.").doesNotContain("Attend classes regularly");
            browser.type("resultsSession", "Session de janvier");
            browser.click(By.cssSelector("form[action='/student-results'] button[type=submit]"));
            assertThat(browser.text(By.id("resultsPublishedOn-issue"))).isNotBlank();
            browser.setValue("resultsPublishedOn", publishedOn.toString());
            browser.clickForNewPage(By.cssSelector("form[action='/student-results'] button[type=submit]"));
            assertThat(browser.text(By.id("student-results"))).contains("Session de janvier").doesNotContain("en retard");

            moveClocksTo(BelgianWorkingDays.plusWorkingDays(publishedOn, 8));
            browser.open(consoleUrl + "/contracts/" + contractId);
            assertThat(browser.text(By.id("student-results"))).contains("en retard");
            browser.clickForNewPage(By.cssSelector("form[action$='/communication'] button[type=submit]"));
            assertThat(browser.elements(By.cssSelector("form[action$='/communication']"))).isEmpty();
            browser.check("student-results");
        }
    }

    /**
     * S1-S8 from the case's file: a social worker reports a breach, sends the formal notice (refused first without what
     * the CPAS expects, what was typed kept), records the answer, the opinion, the request to be heard, plans and records
     * the hearing; a Council member reads the CPAS's side and the cap before deciding (S5, S6), has two months refused and
     * decides one; the social worker records the letter posted and reads the appeal deadline, the decision letter and the
     * compliance record; an auditor reads the file and is shown no form.
     */
    @Test
    void S2_S8_the_council_decides_a_breach_case_from_its_file_and_the_decision_letter_is_notified() {
        String contractId = signedStudentContract("Yasmine", "Haddad");
        String breachId = await().atMost(Duration.ofSeconds(30)).until(() -> asSocialWorker(SANCTIONS)
                .body("{\"contractId\":\"%s\",\"description\":\"Absente à l'atelier CV du lundi sans prévenir\"}".formatted(contractId))
                .post("/piis/v1/breaches").then().extract(), answer -> answer.statusCode() == 201).path("id");
        // The services' clocks stay on the first day after the reflection period, where the contract was signed.
        LocalDate today = reflectionEndOf(contractId).plusDays(1);
        LocalDate hearingDay = BelgianWorkingDays.onOrNextWorkingDay(today.plusDays(3));
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            browser.open(consoleUrl + "/breaches?status=open");
            browser.check("breaches");
            browser.clickForNewPage(By.cssSelector("#breaches a[href='/breaches/" + breachId + "']"));
            assertThat(browser.text(By.id("facts"))).contains("Absente à l'atelier CV");

            browser.setValue("respondBy", today.plusDays(15).toString());
            browser.clickForNewPage(By.cssSelector("form[action$='/steps/formalNotice'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).isNotBlank();
            assertThat(browser.find(By.id("respondBy")).getAttribute("value")).isEqualTo(today.plusDays(15).toString());
            browser.type("expected", "Participer à l'atelier CV du lundi et prévenir en cas d'empêchement");
            stepTaken(browser, "formalNotice");
            assertThat(browser.text(By.id("notice"))).contains("Participer à l'atelier CV");
            assertThat(browser.text(By.id("letters"))).contains("Mise en demeure");
            browser.type("answer", "J'étais malade ; le certificat suit");
            stepTaken(browser, "noticeAnswer");
            browser.type("opinion-text", "Absence isolée, mais sans prévenir ; une suspension d'un mois est proposée");
            stepTaken(browser, "opinion");
            stepTaken(browser, "hearingRequest");
            browser.setValue("plannedOn", hearingDay.toString());
            browser.setValue("startsAt", "10:00");
            browser.type("place", "Salle du Conseil, rue Haute 298a");
            stepTaken(browser, "hearingAppointment");
            assertThat(browser.fetched("/breaches/" + breachId + "/hearingConvocation", 5)).isEqualTo("%PDF-");
            stepTaken(browser, "convocationSent");
            assertThat(browser.text(By.id("letters"))).contains("Convocation à l'audition");
            moveClocksTo(hearingDay);
            browser.open(consoleUrl + "/breaches/" + breachId);
            browser.type("assistedBy", "Maître Lejeune");
            browser.type("summary", "Yasmine explique son absence ; elle s'engage à prévenir");
            stepTaken(browser, "hearing");
            assertThat(browser.text(By.id("hearing"))).contains("présent", "Maître Lejeune");
            assertThat(browser.elements(By.cssSelector("form[action$='/steps/decision']"))).as("only the Council decides").isEmpty();
        }

        LocalDate startsOn = hearingDay.withDayOfMonth(1).plusMonths(2);
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "nora.willems");
            browser.open(consoleUrl + "/breaches?status=heard");
            browser.clickForNewPage(By.cssSelector("#breaches a[href='/breaches/" + breachId + "']"));
            assertThat(browser.text(By.id("grounds"))).contains("respectés", "1 mois au plus");
            browser.setValue("decision-startsOn", startsOn.toString());
            browser.type("lengthValue", "2");
            browser.type("decision-reasons", "Absence sans prévenir malgré la mise en demeure");
            browser.clickForNewPage(By.cssSelector("form[action$='/steps/decision'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).contains("S6");
            assertThat(browser.find(By.id("decision-reasons")).getAttribute("value")).isEqualTo("Absence sans prévenir malgré la mise en demeure");
            browser.check("decision-refused");
            browser.type("lengthValue", "1");
            stepTaken(browser, "decision");
            assertThat(browser.text(By.id("decision"))).contains("suspension du revenu d'intégration", "Absence sans prévenir");
            assertThat(browser.elements(By.cssSelector("form[action$='/steps/notification']"))).as("a social worker posts the letter")
                    .isEmpty();
        }

        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            browser.open(consoleUrl + "/breaches?status=decided");
            browser.clickForNewPage(By.cssSelector("#breaches a[href='/breaches/" + breachId + "']"));
            stepTaken(browser, "notification");
            assertThat(browser.text(By.id("notification"))).contains("Recours possible jusqu'au", "Tribunal du travail");
            assertThat(browser.text(By.id("letters"))).contains("Lettre de décision");
            String letter = browser.find(By.xpath("//ul[@id='letters']//a[contains(., 'Lettre de décision')]")).getAttribute("href");
            assertThat(browser.fetched(letter, 5)).isEqualTo("%PDF-");
            assertThat(browser.fetched("/breaches/" + breachId + "/compliance", 5)).isEqualTo("%PDF-");
            assertThat(browser.text(By.id("compliance"))).contains("S2", "S4", "S5", "S6", "S8");
            browser.check("breach-notified");
        }

        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "emma.goossens");
            browser.open(consoleUrl + "/breaches/" + breachId);
            assertThat(browser.text(By.id("decision"))).contains("Absence sans prévenir");
            assertThat(browser.elements(By.cssSelector("main form[method=post]"))).as("an auditor only reads").isEmpty();
            browser.open(consoleUrl + "/contracts/" + contractId);
            assertThat(browser.elements(By.cssSelector("main form[method=post]"))).isEmpty();
            browser.check("contract-auditor");
            browser.open(consoleUrl + "/contracts/new");
            // The auditor chose Dutch at the identity provider.
            browser.awaitHeading("Niet voor uw rol");
            browser.open(consoleUrl + "/breaches/" + breachId + "/audit");
            assertThat(browser.text(By.tagName("main"))).contains("beslissing van de Raad", "ingebrekestelling verstuurd");
            browser.check("breach-audit");
        }
    }

    /**
     * X11, X12: an administrator keeps the CPAS's settings (a postal code refused first, beside its field, what was typed
     * kept), adds a meeting place's row, previews a letter that names the new president, and reads in the national
     * directory the tribunal competent for another CPAS.
     */
    @Test
    void X12_an_administrator_keeps_the_cpas_settings_and_previews_a_letter_as_they_make_it() throws IOException {
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "adam.claes");
            browser.open(consoleUrl + "/settings");
            browser.awaitHeading("Réglages du CPAS");
            assertThat(browser.find(By.id("names-fr")).getAttribute("value")).isEqualTo("CPAS de Bruxelles");
            browser.type("addresses-fr-postalCode", "10");
            browser.type("signatories-president", "Nadia Benali");
            browser.clickForNewPage(By.id("save-settings"));
            assertThat(browser.text(By.id("addresses-fr-postalCode-issue"))).isNotBlank();
            assertThat(browser.find(By.id("signatories-president")).getAttribute("value")).isEqualTo("Nadia Benali");
            browser.check("settings-refused");
            int rows = browser.elements(By.cssSelector("input[name$='].code']")).size();
            browser.clickForNewPage(By.cssSelector("button[name=addPlace]"));
            assertThat(browser.elements(By.cssSelector("input[name$='].code']"))).hasSize(rows + 1);
            browser.type("addresses-fr-postalCode", "1000");
            browser.clickForNewPage(By.id("save-settings"));
            assertThat(browser.text(By.id("saved"))).isNotBlank();
            assertThat(browser.find(By.id("signatories-president")).getAttribute("value")).isEqualTo("Nadia Benali");
            browser.check("settings");
            assertThat(browser.fetched("/settings/preview?lang=nl", 5)).isEqualTo("%PDF-");
            byte[] preview = given().baseUri(platform.url(TRANSFERS)).auth().oauth2(DevTokens.forCpas("21004", "CPAS_ADMIN"))
                    .get("/piis/v1/cpas/21004/settings/letterPreview").then().statusCode(200).extract().asByteArray();
            try (PDDocument letter = Loader.loadPDF(preview)) {
                assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " ")).contains("CPAS de Bruxelles", "Nadia Benali",
                        "Accueil social", "Tribunal du travail");
            }

            browser.open(consoleUrl + "/directory?name=liege");
            browser.check("directory");
            browser.clickForNewPage(By.cssSelector("#directory a[href='/directory/62063']"));
            assertThat(browser.text(By.id("tribunals"))).contains("Tribunal du travail de Liège");
            browser.check("directory-entry");
        }
    }

    /**
     * T1-T5 between the two sample CPAS: a student's contract refused (T4) with what was typed kept; a contract of two
     * goals transferred from 21004 to 62063 and followed until delivered; a social worker of 62063 reads the dossier
     * and takes it over in part, keeping one goal, which opens the draft contract it made.
     */
    @Test
    void T1_T2_a_contract_moves_from_one_sample_cpas_to_the_other_and_is_taken_over_in_part() {
        String student = signedStudentContract("Inès", "Moreau");
        String general = signedContract("Karim", "Lambert", false, List.of("Trouver un emploi de magasinier", "Suivre un cours de néerlandais"));
        String transferId;
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            browser.open(consoleUrl + "/contracts/" + student);
            browser.type("newMunicipality", "62063");
            browser.clickForNewPage(By.cssSelector("#transfer-form button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).contains("T4");
            assertThat(browser.find(By.id("newMunicipality")).getAttribute("value")).isEqualTo("62063");
            browser.check("transfer-refused");

            browser.open(consoleUrl + "/contracts/" + general);
            browser.type("newMunicipality", "62063");
            browser.clickForNewPage(By.cssSelector("#transfer-form button[type=submit]"));
            transferId = browser.url().substring(browser.url().lastIndexOf('/') + 1);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.open(consoleUrl + "/transfers/" + transferId);
                assertThat(browser.text(By.id("delivery"))).contains("Remis le");
            });
            assertThat(browser.text(By.id("transfer"))).contains("CPAS de Liège");
            browser.check("transfer");
        }

        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "louise.lambert");
            browser.open(consoleUrl + "/transfers");
            browser.check("transfers");
            browser.clickForNewPage(By.cssSelector("#incoming a[href='/transfers/incoming/" + transferId + "']"));
            assertThat(browser.text(By.id("dossier-goals"))).contains("Trouver un emploi de magasinier", "Suivre un cours de néerlandais");
            browser.click(By.id("takeOver-partial"));
            browser.clickForNewPage(By.cssSelector("form[action$='/takeOver'] button[type=submit]"));
            assertThat(browser.elements(By.id("refusal"))).as("reasons are required").isNotEmpty();
            browser.click(By.id("takeOver-partial"));
            browser.click(By.id("goal-0"));
            browser.type("reasons", "Le nouvel emploi visé est à Liège ; le cours de néerlandais n'y est pas organisé");
            browser.check("takeover-form");
            browser.clickForNewPage(By.cssSelector("form[action$='/takeOver'] button[type=submit]"));
            browser.awaitHeading("Contrat de Karim Lambert");
            assertThat(browser.text(By.tagName("main"))).contains("Trouver un emploi de magasinier").doesNotContain("Suivre un cours de néerlandais");
        }
    }

    /**
     * A beneficiary's own page: a social worker makes the link; without signing in, it shows her contract, her rights,
     * her next evaluation with its calendar file and its convocation, and her contract's PDF, and nothing of another
     * beneficiary, not even through an evaluation of his asked for by its id; she asks for an interview (E3), reads the
     * page in Dutch; a forged link and an expired one say so.
     */
    @Test
    void E3_X1_a_beneficiary_reads_her_own_page_through_her_link_and_asks_for_an_interview() throws Exception {
        String contractId = signedContract("Amina", "Benali", false, List.of("Trouver un stage en cuisine"));
        String otherContract = signedContract("Bruno", "Lemaire", false, List.of("Passer le permis de conduire"));
        String beneficiaryId = asSocialWorker(CONTRACTS).get("/piis/v1/contracts/{id}", contractId).then().statusCode(200)
                .extract().path("beneficiaryId");
        String evaluationId = asSocialWorker(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/evaluations").then()
                .statusCode(200).extract().path("items[0].id");
        asSocialWorker(EVALUATIONS).body("{\"kind\":\"convocation\"}").post("/piis/v1/evaluations/{id}/letters", evaluationId).then()
                .statusCode(201);
        String link;
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            browser.open(consoleUrl + "/beneficiaries/" + beneficiaryId);
            browser.clickForNewPage(By.id("own-page-link"));
            link = browser.find(By.id("own-page-url")).getAttribute("value");
            browser.check("own-page-link");
        }
        assertThat(link).startsWith(consoleUrl + "/mine/");

        try (Browser browser = Browser.inLanguage("fr")) {
            browser.open(link);
            browser.awaitHeading("Mon contrat d'intégration (PIIS)");
            assertThat(browser.text(By.tagName("main"))).contains("Amina", "Trouver un stage en cuisine", "Accompagner la recherche d'emploi")
                    .doesNotContain("Bruno", "Passer le permis de conduire");
            assertThat(browser.text(By.id("rights"))).contains("5 jours ouvrables", "tribunal du travail");
            assertThat(browser.text(By.id("appointments"))).contains("Évaluation de votre contrat", "Convocation");
            String path = URI.create(link).getPath();
            assertThat(browser.fetched(path + "/evaluations/" + evaluationId + "/calendar", 15)).isEqualTo("BEGIN:VCALENDAR");
            String letter = browser.find(By.xpath("//ul[@id='appointments']//a[contains(., 'Convocation')]")).getAttribute("href");
            assertThat(browser.fetched(letter, 5)).isEqualTo("%PDF-");
            assertThat(browser.fetched(path + "/contract", 5)).isEqualTo("%PDF-");
            browser.check("own-page");

            String othersEvaluation = asSocialWorker(EVALUATIONS).queryParam("contractId", otherContract).get("/piis/v1/evaluations").then()
                    .statusCode(200).extract().path("items[0].id");
            browser.open(link + "/evaluations/" + othersEvaluation + "/calendar");
            browser.awaitHeading("Cette page n'existe pas");

            browser.open(link);
            browser.type("reason", "Je voudrais parler de mes horaires de stage");
            browser.clickForNewPage(By.cssSelector("form[action$='/interview'] button[type=submit]"));
            assertThat(browser.text(By.id("asked"))).contains("5 jours ouvrables");
            assertThat(browser.elements(By.cssSelector("form[action$='/interview']"))).as("asked once, not twice").isEmpty();
            assertThat(asSocialWorker(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/interviewRequests").then()
                    .statusCode(200).extract().<List<String>>path("items.reason")).containsExactly("Je voudrais parler de mes horaires de stage");
            browser.choose("language-choice", "nl");
            browser.clickForNewPage(By.cssSelector("form[action='/language'] button[type=submit]"));
            browser.awaitHeading("Mijn integratiecontract (GPMI)");
            browser.check("own-page-dutch");

            browser.open(link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA"));
            browser.awaitHeading("Deze link is niet geldig");
            browser.open(consoleUrl + "/mine/" + expiredLink(beneficiaryId));
            browser.awaitHeading("Deze link is verlopen");
            browser.check("own-page-expired");
        }
    }

    /** A link to the page of {@code beneficiaryId} of 21004 that expired a minute ago, signed as the console signs its links. */
    private static String expiredLink(String beneficiaryId) throws Exception {
        String claims = "21004." + beneficiaryId + "." + Instant.now().minusSeconds(60).getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(LINKS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(claims.getBytes(StandardCharsets.US_ASCII)) + "." + base64.encodeToString(mac.doFinal(
                claims.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void X2_a_session_ends_with_the_providers_and_signing_in_again_leads_back_to_the_page_asked_for() throws InterruptedException {
        realmSessions(SHORT_TOKEN_SECONDS, SHORT_SESSION_SECONDS);
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            // The provider's session has to run out: there is nothing to wait on but time.
            Thread.sleep(Duration.ofSeconds(SHORT_SESSION_SECONDS + 2).toMillis());
            browser.open(consoleUrl + "/evaluations/week");
            browser.find(By.id("kc-login"));
            browser.check("session-expired");
            signInOnTheLoginPage(browser, "sofia.janssens");
            browser.find(By.id("week"));
            assertThat(browser.url()).endsWith("/evaluations/week");
        } finally {
            realmSessions(REALM_TOKEN_SECONDS, REALM_SESSION_SECONDS);
        }
    }

    /** Sets how long the realm's access tokens and sessions last, through Keycloak's admin API. */
    private static void realmSessions(int tokenSeconds, int sessionSeconds) {
        String server = keycloak.issuer().substring(0, keycloak.issuer().indexOf("/realms/"));
        String admin = given().baseUri(server).formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        given().baseUri(server).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("accessTokenLifespan", tokenSeconds, "ssoSessionMaxLifespan", sessionSeconds))
                .put("/admin/realms/piis").then().statusCode(204);
    }

    /**
     * A student's contract of 21004 with one goal of studies, signed by both parties through the API on the first day
     * after the reflection period (the clocks stay there), once evaluation-service has heard of it.
     */
    private static String signedStudentContract(String firstName, String lastName) {
        return signedContract(firstName, lastName, true, List.of("Réussir sa deuxième année de bachelier"));
    }

    /** The same for a general contract (a student's when {@code student}) with {@code goals}. */
    private static String signedContract(String firstName, String lastName, boolean student, List<String> goals) {
        String beneficiaryId = asSocialWorker(CONTRACTS).body("""
                {"ssin":"%s","firstName":"%s","lastName":"%s","birthDate":"%s","language":"fr","risDecisionDate":"%s",
                 "student":%s,"contact":{"address":"Rue Haute 12, 1000 Bruxelles"}}
                """.formatted(newSsin(), firstName, lastName, BIRTH_DATE, RIS_DECISION_DATE, student))
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");
        String kind = student ? "studies" : "professional";
        String goalsJson = goals.stream().map(title -> "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\"}")
                .collect(Collectors.joining(","));
        String contractId = asSocialWorker(CONTRACTS).body("""
                {"beneficiaryId":"%s","type":"%s","startDate":"%s","endDate":"%s","referentWorker":"sofia.janssens",
                 "replacementWorker":"nora.willems","goals":[%s],
                 "commitments":[{"party":"cpas","description":"%s"}]}
                """.formatted(beneficiaryId, student ? "student" : "general", LocalDate.now(), LocalDate.now().plusYears(1).minusDays(1),
                        goalsJson, student ? "Payer le minerval" : "Accompagner la recherche d'emploi"))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");
        asSocialWorker(CONTRACTS).body("{}").post("/piis/v1/contracts/{id}/proposal", contractId).then().statusCode(200);
        moveClocksTo(reflectionEndOf(contractId).plusDays(1));
        for (String party : List.of("beneficiary", "cpas")) {
            asSocialWorker(CONTRACTS).body("{\"party\":\"" + party + "\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                    .then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asSocialWorker(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                        .then().extract().<List<?>>path("items").size() > 0);
        return contractId;
    }

    /** Sends the form of a breach case's {@code step} and checks that the API took it. */
    private static void stepTaken(Browser browser, String step) {
        browser.clickForNewPage(By.cssSelector("form[action$='/steps/" + step + "'] button[type=submit]"));
        assertThat(browser.elements(By.id("refusal"))).as("the step %s refused: %s", step,
                browser.elements(By.id("refusal")).stream().map(WebElement::getText).toList()).isEmpty();
    }

    private static RequestSpecification asSocialWorker(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(DevTokens.forCpas("21004", "SOCIAL_WORKER")).contentType("application/json");
    }

    /** Keycloak's own login page, as a person sees it: the console sends the browser there first. */
    private void signIn(Browser browser, String username) {
        browser.open(consoleUrl + "/");
        signInOnTheLoginPage(browser, username);
    }

    private static void signInOnTheLoginPage(Browser browser, String username) {
        browser.type("username", username);
        browser.type("password", KeycloakServer.SAMPLE_PASSWORD);
        browser.click(By.id("kc-login"));
    }

    private static void fillRegistration(Browser browser, String ssin, String firstName, String lastName) {
        browser.type("ssin", ssin);
        browser.type("firstName", firstName);
        browser.type("lastName", lastName);
        browser.type("address", "Rue Haute 12, 1000 Bruxelles");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('birthDate').value = arguments[0]; document.getElementById('risDecisionDate').value = arguments[1];",
                BIRTH_DATE.toString(), RIS_DECISION_DATE.toString());
    }

    private static LocalDate reflectionEndOf(String contractId) {
        return LocalDate.parse(asSocialWorker(CONTRACTS).get("/piis/v1/contracts/{id}", contractId).then().statusCode(200)
                .extract().path("reflectionEndsOn"));
    }

    private static LocalDate firstEvaluationOf(String contractId) {
        return LocalDate.parse(asSocialWorker(EVALUATIONS).queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200)
                .extract().path("items[0].plannedOn"));
    }

    /** Time passes for every service alike; moving it is a CPAS administrator's call, in test and local runs only. */
    private static void moveClocksTo(LocalDate day) {
        for (String service : platform.services()) {
            given().baseUri(platform.url(service)).auth().oauth2(DevTokens.forCpas("21004", "CPAS_ADMIN")).contentType("application/json")
                    .body("{\"today\":\"" + day + "\"}").put("/dev/clock").then().statusCode(200);
        }
    }

    /** A NISS born on {@link #BIRTH_DATE} (before 2000) with a serial number no other test of the run has, and its check digits. */
    private static String newSsin() {
        String base = "850730" + "%03d".formatted(SERIALS.getAndIncrement());
        return base + "%02d".formatted(97 - Long.parseLong(base) % 97);
    }

    /** What a deployment adds to trust its identity provider: the realm's issuer, verified with the keys it publishes. */
    private static Path trustingTheRealm() {
        try {
            Path trust = Files.createTempFile("piis-realm-issuer", ".properties");
            Files.writeString(trust, "piis.jwt.platform-issuers.\"%s\".publickey-location=%s%n".formatted(
                    keycloak.issuer().replace(":", "\\:"), keycloak.keys()));
            return trust;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
