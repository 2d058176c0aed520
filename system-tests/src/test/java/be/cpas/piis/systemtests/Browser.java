package be.cpas.piis.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver (nothing is downloaded), in one
 * language. Every page it is asked to check is saved as a screenshot under
 * {@code target/screenshots} and checked with axe-core, the npm package, injected into the page.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The impacts an accessibility violation must not have on any page (WCAG 2.1 AA rules). */
    private static final List<String> REFUSED_IMPACTS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final String language;

    private Browser(ChromeDriver driver, String language) {
        this.driver = driver;
        this.language = language;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser whose person prefers {@code language} (its Accept-Language), with a profile of its own. */
    static Browser inLanguage(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), language);
    }

    void open(String url) {
        driver.get(url);
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** What the page holds now that {@code by} locates, without waiting for any. */
    List<WebElement> elements(By by) {
        return driver.findElements(by);
    }

    /** Waits for {@code condition}; when it never comes, keeps the page (source and screenshot) under target/screenshots. */
    private <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(condition);
        } catch (TimeoutException missing) {
            try {
                Files.createDirectories(SCREENSHOTS);
                String name = "failed-" + System.currentTimeMillis();
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
                Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                throw new AssertionError("On " + url() + " (\"" + title() + "\"), kept as " + SCREENSHOTS.resolve(name) + ": "
                        + missing.getMessage(), missing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks {@code by} as a person would: scrolled into the middle of the window first, at once (Bootstrap scrolls smoothly). */
    void click(By by) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Chooses the option of value {@code value} in the list {@code id}. */
    void choose(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
    }

    /** Sets the field {@code id} as a date or time picker would, whatever the browser's way of typing dates. */
    void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", find(By.id(id)).getAttribute("id"), value);
    }

    /** What {@code path} answers this page's session, as text, up to its first {@code length} characters. */
    String fetched(String path, int length) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(answer => answer.text()).then(text => done(text.substring(0, arguments[1])));
                """, path, length);
    }

    /** Clicks {@code by} and waits until the page it leads to has replaced this one. */
    void clickForNewPage(By by) {
        WebElement page = find(By.tagName("html"));
        click(by);
        waitFor(ExpectedConditions.stalenessOf(page));
        find(By.tagName("main"));
    }

    /** Marks the page in the browser's memory, which a reload would forget: see {@link #samePage()}. */
    void markPage() {
        driver.executeScript("window.piisMarkedPage = true;");
    }

    /** Whether the page is still the one {@link #markPage()} marked: what changed since came without a reload. */
    boolean samePage() {
        return Boolean.TRUE.equals(driver.executeScript("return window.piisMarkedPage === true;"));
    }

    /** Waits until the page's first heading says {@code heading}. */
    void awaitHeading(String heading) {
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    /** Waits until the page's content says {@code text}: after a form, the page that shows the change. */
    void awaitText(String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    String text(By by) {
        return find(by).getText();
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the whole page, not only the window's part of it, as {@code <name>-<language>.png}, and checks it with axe-core. */
    void check(String name) {
        // The window cannot grow past the headless screen: the page is laid out at its whole height instead.
        long width = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        long height = ((Number) driver.executeScript("return Math.max(window.innerHeight, document.documentElement.scrollHeight);")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + language + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(accessibilityViolations()).as("serious or critical accessibility violations on %s (%s)", name, url()).isEmpty();
    }

    /** axe-core's violations of the page with a serious or critical impact, one line each. */
    @SuppressWarnings("unchecked")
    private List<String> accessibilityViolations() {
        JavascriptExecutor page = driver;
        page.executeScript(AxeCore.script());
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
                   .catch(error => done([{id: 'axe-failed', impact: 'critical', help: String(error), targets: ''}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .filter(violation -> REFUSED_IMPACTS.contains(String.valueOf(violation.get("impact"))))
                .map(violation -> violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help")
                        + " (" + violation.get("targets") + ")")
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** axe-core from the npm registry, fetched once into target/ with npm itself. */
    static final class AxeCore {

        static final String VERSION = "4.10.2";
        private static final Path HOME = Path.of("target", "axe-core");
        private static String script;

        static synchronized String script() {
            if (script == null) {
                Path file = HOME.resolve("node_modules").resolve("axe-core").resolve("axe.min.js");
                if (!Files.exists(file)) {
                    install();
                }
                try {
                    script = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return script;
        }

        private static void install() {
            try {
                Files.createDirectories(HOME);
                Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
                        "axe-core@" + VERSION).redirectErrorStream(true).redirectOutput(HOME.resolve("npm.log").toFile()).start();
                if (npm.waitFor() != 0) {
                    throw new IllegalStateException("npm could not install axe-core " + VERSION + ": see " + HOME.resolve("npm.log"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
