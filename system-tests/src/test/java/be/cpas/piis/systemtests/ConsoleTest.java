package be.cpas.piis.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.infra.KeycloakServer;
import be.cpas.piis.testsupport.DevTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console in a real browser: headless Chromium signs in on Keycloak's own login page (the
 * realm local runs import), and the console calls contracts-service with the person's token, which
 * the service verifies with the realm's published keys. Every page is saved as a screenshot and
 * checked with axe-core.
 */
class ConsoleTest {

    private static final String CONTRACTS = Platform.CONTRACTS;
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 7, 30);
    /** Ten weeks ago: the signing deadline (C1, three months after) falls within the caseload's next 30 days. */
    private static final LocalDate RIS_DECISION_DATE = LocalDate.now().minusWeeks(10);
    private static final AtomicInteger SERIALS = new AtomicInteger(101);

    private static KeycloakServer keycloak;
    private static Platform platform;
    private static ServiceProcess console;
    private static String consoleUrl;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Browser.installed()).as("Chromium and ChromeDriver from Debian's packages (chromium, chromium-driver)").isTrue();
        int consolePort = Platform.freePort();
        consoleUrl = "http://localhost:" + consolePort;
        keycloak = KeycloakServer.start(Path.of(System.getProperty("piis.keycloak.distribution")), Path.of("target", "keycloak").toAbsolutePath(),
                Platform.freePort(), Platform.freePort(), consoleUrl, Path.of("target", "system-tests", "keycloak.log"));
        platform = Platform.deployment("console", List.of(CONTRACTS))
                .with(CONTRACTS, "quarkus.config.locations", trustingTheRealm().toUri().toString())
                .start();
        console = ServiceProcess.launch("console", "console", consolePort, Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                "quarkus.rest-client.contracts-service.url", platform.url(CONTRACTS)), "/signed-out");
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

    @Test
    void X1_a_social_worker_signs_in_on_the_identity_providers_page_and_registers_and_finds_a_beneficiary_in_french() {
        String ssin = newSsin();
        try (Browser browser = Browser.inLanguage("fr")) {
            signIn(browser, "sofia.janssens");
            browser.awaitHeading("Mes dossiers");
            assertThat(browser.text(By.tagName("header"))).contains("Sofia Janssens, CPAS 21004");
            browser.check("caseload");

            browser.open(consoleUrl + "/beneficiaries/new");
            browser.awaitHeading("Inscrire un bénéficiaire");
            fillRegistration(browser, "12345", "Ana", "Peeters");
            browser.click(By.cssSelector("form[action='/beneficiaries'] button[type=submit]"));
            assertThat(browser.text(By.id("ssin-issue"))).isNotBlank();
            assertThat(browser.find(By.id("firstName")).getAttribute("value")).isEqualTo("Ana");
            browser.check("registration-refused");

            fillRegistration(browser, ssin, "Ana", "Peeters");
            browser.click(By.cssSelector("form[action='/beneficiaries'] button[type=submit]"));
            browser.awaitHeading("Ana Peeters");
            assertThat(browser.text(By.tagName("main"))).contains("Un PIIS est obligatoire").contains("au plus tard le");
            browser.check("beneficiary");

            browser.click(By.linkText("Rédiger un contrat"));
            browser.awaitHeading("Rédiger un contrat");
            browser.type("goalTitle", "Trouver un emploi dans la logistique");
            browser.type("stepDescription", "S'inscrire chez Actiris");
            browser.type("replacementWorker", "lucas.maes");
            browser.type("beneficiaryCommitment", "Suivre la formation de cariste");
            browser.check("draft");
            browser.click(By.cssSelector("form[action$='/contracts'] button[type=submit]"));
            assertThat(browser.text(By.id("cpasCommitment-issue"))).isNotBlank();
            browser.type("cpasCommitment", "Payer l'inscription à la formation");
            browser.click(By.cssSelector("form[action$='/contracts'] button[type=submit]"));
            browser.awaitHeading("Contrat de Ana Peeters");
            assertThat(browser.text(By.tagName("main"))).contains("brouillon").contains("Trouver un emploi dans la logistique")
                    .contains("sofia.janssens");
            browser.click(By.cssSelector("form[action$='/proposal'] button[type=submit]"));
            browser.awaitText("Réflexion jusqu'au");
            assertThat(browser.text(By.tagName("main"))).contains("proposé");
            browser.check("contract-proposed");

            browser.click(By.cssSelector("form[action$='/signatures'] button[type=submit]"));
            assertThat(browser.text(By.id("refusal"))).contains("délai de réflexion").contains("peut être signé à partir du");
            browser.check("signature-refused");

            browser.open(consoleUrl + "/beneficiaries/find");
            browser.awaitHeading("Trouver un bénéficiaire");
            browser.check("find");
            browser.type("find-ssin", ssin);
            browser.click(By.cssSelector("form[action='/beneficiaries/find'] button[type=submit]"));
            browser.awaitHeading("Ana Peeters");
            assertThat(browser.url()).doesNotContain(ssin);

            browser.open(consoleUrl + "/");
            browser.awaitHeading("Mes dossiers");
            assertThat(browser.text(By.id("deadlines-title")).isBlank()).isFalse();
            assertThat(browser.text(By.tagName("main"))).contains("Ana Peeters");

            browser.click(By.linkText("Se déconnecter"));
            browser.awaitHeading("Vous êtes déconnecté·e");
            browser.check("signed-out");
            browser.open(consoleUrl + "/");
            browser.find(By.id("kc-login"));
        }
    }

    @Test
    void X1_a_social_worker_works_in_dutch_and_the_apis_refusals_speak_it() {
        try (Browser browser = Browser.inLanguage("nl")) {
            signIn(browser, "lucas.maes");
            browser.awaitHeading("Mijn dossiers");
            browser.check("caseload");

            browser.open(consoleUrl + "/beneficiaries/new");
            browser.awaitHeading("Een begunstigde inschrijven");
            fillRegistration(browser, newSsin(), "", "Peeters");
            browser.click(By.cssSelector("form[action='/beneficiaries'] button[type=submit]"));
            assertThat(browser.text(By.id("firstName-issue"))).isNotBlank();
            assertThat(browser.text(By.id("refusal"))).contains("Verbeter wat hieronder gemeld wordt");
            browser.check("registration-refused");
        }
    }

    @Test
    void X1_a_social_worker_of_62063_never_sees_a_beneficiary_of_21004() {
        String ssin = newSsin();
        String beneficiaryId = given().baseUri(platform.url(CONTRACTS)).auth().oauth2(DevTokens.forCpas("21004", "SOCIAL_WORKER"))
                .contentType("application/json")
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

    /** Keycloak's own login page, as a person sees it: the console sends the browser there first. */
    private void signIn(Browser browser, String username) {
        browser.open(consoleUrl + "/");
        browser.type("username", username);
        browser.type("password", KeycloakServer.SAMPLE_PASSWORD);
        browser.click(By.id("kc-login"));
    }

    private static void fillRegistration(Browser browser, String ssin, String firstName, String lastName) {
        browser.type("ssin", ssin);
        browser.type("firstName", firstName);
        browser.type("lastName", lastName);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('birthDate').value = arguments[0]; document.getElementById('risDecisionDate').value = arguments[1];",
                BIRTH_DATE.toString(), RIS_DECISION_DATE.toString());
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
