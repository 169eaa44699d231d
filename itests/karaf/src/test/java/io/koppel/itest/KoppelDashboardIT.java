package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.koppel.api.Ogm;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium against the real distribution and the simulator: an admin links a
 * school through Exact's consent page, chooses division and journals; documents are posted; a clerk watches them
 * complete, filters, sorts, searches, exports to Excel (read back here), reads the day's log; an admin resets a
 * Fatal posting which the clerk posts again once Exact works; after a payment in Exact a clerk makes a sync file,
 * previews and processes it, sees the other file of its sequence number refused in Dutch and downloads the report;
 * a clerk sends a customer's address again; a clerk cannot reach an admin action, not even by calling its endpoint;
 * without the payment sync bundle its page says it is not installed and the rest works.
 * Screenshots of each page land in target/screenshots/.
 */
public class KoppelDashboardIT {
    private static final String SCHOOL = "campus-bernardus";
    private static final String SHELL_USER = "koppel-itest-shell";
    private static final String CLERK = "clara";
    private static final String ADMIN = "adam";
    private static final String PASSWORD = "Dashboard-Test-1";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DOWNLOADS = Path.of("target", "dashboard-downloads").toAbsolutePath();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private WebDriver browser;
    private WebDriverWait wait;
    private String dashboard;

    @Test
    public void adminsAndClerksWorkInTheBrowser() throws Exception {
        long started = System.nanoTime();
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().minutelyLimit(300).build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "dashboard"))) {
            karaf.configure("etc/io.koppel.auth.app-be.cfg", Map.of("site", "BE", "clientId", DefaultDataSet.CLIENT_ID,
                    "clientSecret", DefaultDataSet.CLIENT_SECRET, "redirectUri", karaf.callback(),
                    "baseUri", simulator.baseUrl()));
            karaf.configure("etc/io.koppel.posting.cfg", Map.of("pollMillis", "200", "firstRetrySeconds", "1",
                    "maxAttempts", "2"));
            Files.writeString(karaf.home().resolve("etc/users.properties"), String.join("\n", "",
                    SHELL_USER + " = " + PASSWORD + ", admin, manager, ssh",
                    CLERK + " = " + PASSWORD + ", koppel-clerk",
                    ADMIN + " = " + PASSWORD + ", koppel-admin", ""), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            karaf.start();
            dashboard = karaf.httpAddress() + "/koppel/";
            awaitDashboard();
            long booted = System.nanoTime();
            browser = chromium();
            wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            // the page replaces rows as it reloads them
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browse(karaf, simulator);
            } catch (Exception | AssertionError failure) {
                screenshot("failure");
                throw failure;
            } finally {
                browser.quit();
            }
            Report.print(String.format("dashboard test: Karaf up in %d s, the browser part took %d s",
                    Duration.ofNanos(booted - started).toSeconds(), Duration.ofNanos(System.nanoTime() - booted)
                            .toSeconds()));
        }
    }

    private void browse(KarafProcess karaf, ExactSimulator simulator) throws Exception {
        // The browser speaks Dutch: so does the page, until the user switches
        browser.get(dashboard);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#login h1"), "Aanmelden bij Koppel"));
        screenshot("login");
        logIn(ADMIN);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-connections")));

        // Link the school: Exact's consent page and back
        browser.findElement(By.id("new-host-entity")).sendKeys(SCHOOL);
        browser.findElement(By.cssSelector("#new-connection button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(DefaultDataSet.USERNAME);
        browser.findElement(By.name("password")).sendKeys(DefaultDataSet.PASSWORD);
        browser.findElement(By.cssSelector("button[value=allow]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Terug naar het Koppel-dashboard"))).click();
        WebElement row = connectionRow();
        assertTrue(row.getText(), row.getText().contains(DefaultDataSet.USERNAME) && row.getText().contains("Onvolledig"));

        // Division and journals from Exact
        row.findElement(By.className("configure")).click();
        wait.until(driver -> new Select(driver.findElement(By.id("editor-division"))).getOptions().size() > 0);
        new Select(browser.findElement(By.id("editor-division"))).selectByValue(String.valueOf(DefaultDataSet.DIVISION));
        browser.findElement(By.id("editor-save-division")).click();
        wait.until(driver -> new Select(driver.findElement(By.id("editor-invoice-journal"))).getOptions().size() > 0);
        new Select(browser.findElement(By.id("editor-invoice-journal"))).selectByValue("70");
        new Select(browser.findElement(By.id("editor-credit-journal"))).selectByValue("71");
        browser.findElement(By.id("editor-save-journals")).click();
        wait.until(driver -> connectionRow().getText().contains("Gekoppeld"));
        wait.until(driver -> connectionRow().getText().contains("70 / 71"));

        // The host prints: four good documents, one on a blocked GL account; then one while Exact fails every entry
        Path documents = karaf.home().resolve("documents.json").toAbsolutePath();
        Files.writeString(documents, documents(List.of(
                document(101, "Peeters Finn", "42.50", "701000"), document(102, "Maes Emma", "12.60", "701000"),
                document(103, "Janssens Lotte", "99.00", "701000"), document(104, "Claes Noah", "5.25", "701000"),
                document(105, "Wouters Mila", "17.00", "704000"))));
        karaf.shell(SHELL_USER, PASSWORD, "koppel:post " + documents, Duration.ofSeconds(60));
        logOut();

        // A clerk watches them complete
        logIn(CLERK);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-postings")));
        assertFalse("a clerk sees no Connections", browser.findElement(By.id("nav-connections")).isDisplayed());
        assertFalse("a clerk sees no Reset Fatal", browser.findElement(By.id("postings-reset-fatal")).isDisplayed());
        awaitPostings(rows -> rows.stream().filter(r -> r.status.equals("COMPLETED")).count() == 4
                && rows.stream().anyMatch(r -> r.number.equals("D-105") && r.status.equals("FAILED")));
        // the log opens on today's date in UTC: the day of these exchanges, also when the test runs past midnight
        LocalDate exchangedOn = LocalDate.now(ZoneOffset.UTC);
        screenshot("postings");

        // Filter per column, sort, search
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("FAILED");
        awaitPostings(rows -> rows.size() == 1 && rows.get(0).number.equals("D-105"));
        assertTrue(postingRows().get(0).text.contains("704000"));
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("");
        browser.findElement(By.id("filter-name")).sendKeys("maes");
        awaitPostings(rows -> rows.size() == 1 && rows.get(0).number.equals("D-102"));
        browser.findElement(By.id("filter-name")).clear();
        browser.findElement(By.id("filter-name")).sendKeys(" ");
        awaitPostings(rows -> rows.size() == 5);
        browser.findElement(By.id("sort-amount")).click();
        awaitPostings(rows -> rows.size() == 5 && rows.get(0).number.equals("D-104"));
        assertEquals(List.of("D-104", "D-102", "D-105", "D-101", "D-103"), numbers(postingRows()));
        browser.findElement(By.id("sort-amount")).click();
        awaitPostings(rows -> rows.size() == 5 && rows.get(0).number.equals("D-103"));
        browser.findElement(By.id("postings-search")).sendKeys("INV-103");
        awaitPostings(rows -> rows.size() == 1 && rows.get(0).number.equals("D-103"));
        browser.findElement(By.id("postings-search")).clear();
        browser.findElement(By.id("postings-search")).sendKeys(" ");

        // Export the completed ones to Excel and read the file back
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("COMPLETED");
        awaitPostings(rows -> rows.size() == 4);
        browser.findElement(By.id("postings-export")).click();
        List<List<String>> sheet = readWorkbook(awaitDownload(".xlsx"));
        assertEquals("Naam", sheet.get(0).get(0));
        assertEquals(5, sheet.size());
        assertEquals(List.of("D-103", "D-101", "D-102", "D-104"), sheet.subList(1, 5).stream().map(cells -> cells.get(8))
                .toList());
        assertTrue(sheet.get(1).toString(), sheet.get(1).get(5).equals("Voltooid") && !sheet.get(1).get(9).isEmpty());
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("");

        // The day's log: find a posting by its search number, see the details, failures in red
        ((JavascriptExecutor) browser).executeScript("document.getElementById('log-day').value = arguments[0]",
                exchangedOn.toString());
        browser.findElement(By.id("nav-log")).click();
        browser.findElement(By.id("log-search-number")).sendKeys("INV-101");
        wait.until(driver -> {
            List<WebElement> entries = driver.findElements(By.cssSelector("#log tbody tr"));
            return !entries.isEmpty() && entries.stream().allMatch(e -> "INV-101".equals(e.getAttribute("data-search-number")));
        });
        browser.findElement(By.cssSelector("#log tbody tr")).click();
        String path = browser.findElement(By.cssSelector("#log-detail dd[data-field=path]")).getText();
        assertTrue(path, path.contains("/api/v1/" + DefaultDataSet.DIVISION + "/"));
        assertEquals("Nee", browser.findElement(By.cssSelector("#log-detail dd[data-field=failed]")).getText());
        String details = browser.findElement(By.id("log-detail-fields")).getText();
        assertFalse("no token or secret in what the log keeps: " + details, details.contains("Bearer")
                || details.contains(DefaultDataSet.CLIENT_SECRET) || details.contains("access_token"));
        screenshot("log");

        // The connection's configuration changes, with who made them: the admin chose the division on this page
        browser.findElement(By.id("log-detail-close")).click();
        browser.findElement(By.id("log-search-number")).clear();
        browser.findElement(By.id("log-configuration-changes")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#log tbody tr.configuration-change")).stream()
                .anyMatch(change -> change.getText().contains("set-division")
                        && change.getText().contains(DefaultDataSet.DIVISION + " (" + ADMIN + ")")));
        screenshot("log-configuration-changes");

        // A clerk cannot reach what an admin may do, also not by calling the endpoints directly
        assertEquals(403L, fetch("GET", "api/connections", null));
        assertEquals(403L, fetch("POST", "api/postings/reset-fatal", "{\"documentNumbers\":[\"D-105\"]}"));
        assertEquals(403L, fetch("POST", "api/connections/disconnect", "{\"hostEntity\":\"" + SCHOOL + "\"}"));
        assertEquals("a change without the CSRF token", 403L, fetchWithoutToken("api/postings/repost",
                "{\"documentNumbers\":[\"D-105\"]}"));
        assertEquals("no login", 401, http.send(HttpRequest.newBuilder(URI.create(dashboard + "api/postings")).GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        logOut();

        // Exact fails every entry: the posting turns Fatal; an admin resets it, a clerk posts it again once Exact works
        long fault = simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).onPath("SalesEntries").onMethod("POST")
                .always());
        Files.writeString(documents, documents(List.of(document(106, "Dubois Louis", "30.00", "701000"))));
        karaf.shell(SHELL_USER, PASSWORD, "koppel:post " + documents, Duration.ofSeconds(60));
        logIn(ADMIN);
        browser.findElement(By.id("nav-postings")).click();
        awaitPostings(rows -> rows.stream().anyMatch(r -> r.number.equals("D-106") && r.status.equals("FATAL")));
        simulator.removeFault(fault);
        select("D-106");
        browser.findElement(By.id("postings-reset-fatal")).click();
        awaitPostings(rows -> rows.stream().anyMatch(r -> r.number.equals("D-106") && r.status.equals("FAILED")));

        // The admin's connections show each division's use of Exact's daily budget
        browser.findElement(By.id("nav-connections")).click();
        wait.until(driver -> connectionRow().findElement(By.className("budget")).getText().matches("\\d+ van \\d+"));
        screenshot("connections");
        logOut();

        logIn(CLERK);
        awaitPostings(rows -> rows.size() == 6);
        select("D-106");
        browser.findElement(By.id("postings-repost")).click();
        awaitPostings(rows -> rows.stream().anyMatch(r -> r.number.equals("D-106") && r.status.equals("COMPLETED")));

        syncFileOfAPayment(simulator);
        customerSentAgain(karaf);
        browser.findElement(By.id("nav-postings")).click();

        // The switch to French and English
        new Select(browser.findElement(By.id("language"))).selectByValue("fr");
        wait.until(ExpectedConditions.textToBe(By.id("nav-postings"), "Aperçu des comptabilisations"));
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        wait.until(ExpectedConditions.textToBe(By.id("nav-postings"), "Postings"));
        awaitPostings(rows -> rows.size() == 6 && rows.get(0).text.contains("Completed"));
        screenshot("postings-en");
        logOut();

        // Disconnect, confirmed
        logIn(ADMIN);
        wait.until(driver -> !driver.findElements(By.cssSelector("#connections tr[data-host-entity=\"" + SCHOOL + "\"]"))
                .isEmpty());
        connectionRow().findElement(By.className("configure")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-disconnect"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(driver -> driver.findElements(By.cssSelector("#connections tr[data-host-entity=\"" + SCHOOL + "\"]"))
                .stream().noneMatch(r -> r.getText().contains("Connected")));

        // Without the payment sync bundle the dashboard still works, and its page says the feature is not installed
        karaf.shell(SHELL_USER, PASSWORD, "bundle:stop io.koppel.sync", Duration.ofSeconds(60));
        browser.get(dashboard + "#sync");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-not-installed")));
        assertEquals("Not installed on this Koppel", browser.findElement(By.id("sync-not-installed")).getText());
        wait.until(driver -> driver.findElement(By.id("nav-sync")).getAttribute("class").contains("unavailable"));
        assertFalse(browser.findElement(By.id("nav-customers")).getAttribute("class").contains("unavailable"));
        browser.findElement(By.id("nav-postings")).click();
        awaitPostings(rows -> rows.size() == 6);
    }

    /** D-101 is paid in Exact: a sync file settles it once; the other file of its sequence number is refused. */
    private void syncFileOfAPayment(ExactSimulator simulator) throws Exception {
        String entryNumber = browser.findElement(By.cssSelector(
                "#postings tr[data-document-number=\"D-101\"] td:nth-child(11)")).getText();
        HttpResponse<String> paid = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_sim/payments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"division\":" + DefaultDataSet.DIVISION + ",\"entryNumber\":" + entryNumber
                                + ",\"kind\":\"PAYMENT\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(paid.body(), paid.statusCode() < 300);

        assertFalse(browser.findElement(By.id("nav-sync")).getAttribute("class").contains("unavailable"));
        browser.findElement(By.id("nav-sync")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sync-health tr[data-host-entity=\"" + SCHOOL + "\"]")));
        browser.findElement(By.id("sync-ledger")).sendKeys("BER");
        browser.findElement(By.id("sync-host-entities")).sendKeys(SCHOOL);
        browser.findElement(By.id("sync-create-submit")).click();
        wait.until(driver -> syncFiles("READY").size() == 1);
        browser.findElement(By.id("sync-create-submit")).click();
        wait.until(driver -> syncFiles("READY").size() == 2);
        String first = syncFiles("READY").get(1);
        String second = syncFiles("READY").get(0);

        syncFileRow(first).findElement(By.className("process")).click();
        WebElement settlement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sync-preview-settlements tr[data-document-number=\"D-101\"]")));
        assertTrue(settlement.getText(), settlement.getText().contains("Volledig betaald"));
        assertEquals("only D-101 changes", 1, browser.findElements(By.cssSelector("#sync-preview-settlements tbody tr"))
                .size());
        screenshot("sync-preview");
        browser.findElement(By.id("sync-confirm")).click();
        wait.until(driver -> "PROCESSED".equals(syncFileRow(first).getAttribute("data-status")));

        syncFileRow(second).findElement(By.className("process")).click();
        String refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-preview-refused")))
                .getText();
        assertTrue(refused, refused.contains("al verwerkt") && refused.contains("Maak een nieuw synchronisatiebestand"));
        assertFalse(browser.findElement(By.id("sync-confirm")).isEnabled());
        screenshot("sync");

        syncFileRow(first).findElement(By.className("download-pdf")).click();
        byte[] report = Files.readAllBytes(awaitDownload(".pdf"));
        assertEquals("%PDF", new String(report, 0, 4, StandardCharsets.US_ASCII));
        browser.findElement(By.id("sync-preview-close")).click();
    }

    private List<String> syncFiles(String status) {
        return browser.findElements(By.cssSelector("#sync-files tbody tr")).stream()
                .filter(row -> status.equals(row.getAttribute("data-status"))).map(row -> row.getAttribute("data-id"))
                .toList();
    }

    private WebElement syncFileRow(String id) {
        return browser.findElement(By.cssSelector("#sync-files tr[data-id=\"" + id + "\"]"));
    }

    /**
     * The host reports Emma Maes's new address (an event, as a host may send it); a clerk sees the update complete and
     * sends it again; filtering on another status hides it.
     */
    private void customerSentAgain(KarafProcess karaf) throws Exception {
        String address = "60102";
        karaf.shell(SHELL_USER, PASSWORD, "event:send io/koppel/host/BillingAddress/CHANGED personId=" + address
                + " addressId=" + address + " \"personName=Maes Emma\" salutationTitle=Familie salutationName=Emma"
                + " street=Markt number=7 postcode=8000 city=Brugge country=BE emailAddresses=ouders102@example.be",
                Duration.ofSeconds(60));
        assertFalse(browser.findElement(By.id("nav-customers")).getAttribute("class").contains("unavailable"));
        browser.findElement(By.id("nav-customers")).click();
        browser.findElement(By.id("customers-address")).sendKeys(address);
        awaitCustomerUpdateCompleted(address);
        browser.findElement(By.cssSelector("#customer-updates tr[data-address-id=\"" + address + "\"] button.resend"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("message"), "1 klantwijzigingen opnieuw in de wachtrij."));
        awaitCustomerUpdateCompleted(address);
        assertTrue(browser.findElement(By.id("customer-updates")).getText().contains("Voltooid"));
        screenshot("customer-updates");
        new Select(browser.findElement(By.id("customers-status"))).selectByValue("FAILED");
        wait.until(driver -> driver.findElements(By.cssSelector("#customer-updates tbody tr")).isEmpty());
        new Select(browser.findElement(By.id("customers-status"))).selectByValue("");
    }

    private void awaitCustomerUpdateCompleted(String address) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> rows = driver.findElements(By.cssSelector(
                            "#customer-updates tr[data-address-id=\"" + address + "\"]"));
                    if (!rows.isEmpty() && rows.stream().allMatch(row -> "COMPLETED".equals(row.getAttribute("data-status")))) {
                        return true;
                    }
                    driver.findElement(By.id("customers-refresh")).click();
                    return false;
                });
    }

    // --- the browser

    private static WebDriver chromium() throws Exception {
        String binary = System.getProperty("koppel.itest.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("koppel.itest.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(driver))) {
            throw new AssertionError("the dashboard test needs Debian's chromium and chromium-driver (" + binary + ", "
                    + driver + "): apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Files.createDirectories(DOWNLOADS);
        Path profile = Files.createTempDirectory("koppel-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1500,900", "--lang=nl-BE");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "nl-BE,nl"));
        // the Debian chromedriver, so Selenium never looks for a driver on the internet
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void logIn(String user) {
        browser.get(dashboard);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    private void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
    }

    private WebElement connectionRow() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#connections tr[data-host-entity=\"" + SCHOOL + "\"]")));
    }

    private record PostingRow(String number, String status, String text) {
    }

    private List<PostingRow> postingRows() {
        return browser.findElements(By.cssSelector("#postings tbody tr")).stream()
                .map(row -> new PostingRow(row.getAttribute("data-document-number"), row.getAttribute("data-status"),
                        row.getText())).toList();
    }

    private static List<String> numbers(List<PostingRow> rows) {
        return rows.stream().map(PostingRow::number).toList();
    }

    /** Waits until the overview shows what is expected, pressing Refresh as a clerk does. */
    private void awaitPostings(Predicate<List<PostingRow>> expected) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    if (expected.test(postingRows())) {
                        return true;
                    }
                    driver.findElement(By.id("postings-refresh")).click();
                    return false;
                });
    }

    private void select(String documentNumber) {
        browser.findElement(By.cssSelector("#postings tr[data-document-number=\"" + documentNumber + "\"] input.select"))
                .click();
    }

    /** Calls an endpoint from the page, with the session's cookie and CSRF token, as a crafted script would. */
    private long fetch(String method, String route, String body) {
        return (Long) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('api/session').then(r => r.json()).then(s => fetch(arguments[1], {method: arguments[0],"
                        + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken},"
                        + " body: arguments[2]})).then(r => done(r.status));", method, route, body);
    }

    private long fetchWithoutToken(String route, String body) {
        return (Long) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: arguments[1]}).then(r => done(r.status));", route, body);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path awaitDownload(String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                List<Path> done = files.filter(file -> file.toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " file downloaded into " + DOWNLOADS);
    }

    private static List<List<String>> readWorkbook(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    cells.add(i < row.getCellCount() && row.getCell(i) != null ? row.getCellText(i) : "");
                }
                rows.add(cells);
            });
        }
        return rows;
    }

    private void awaitDashboard() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(dashboard + "api/texts")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // Karaf's HTTP service is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the dashboard did not answer at " + dashboard);
    }

    // --- the host's documents

    private static String document(int number, String name, String amount, String glAccount) {
        return String.format("{\"hostEntity\":\"%s\",\"hostInvoiceId\":\"INV-%d\",\"documentNumber\":\"D-%d\","
                + "\"type\":\"INVOICE\",\"printDate\":\"%s\",\"dueDate\":\"%s\",\"description\":\"Rekening %d\","
                + "\"ogm\":\"%s\",\"billingAddress\":{\"personId\":\"%d\",\"addressId\":\"%d\",\"personName\":\"%s\","
                + "\"salutationTitle\":\"Familie\",\"salutationName\":\"%s\",\"street\":\"Kerkstraat\",\"number\":\"1\","
                + "\"postcode\":\"9000\",\"city\":\"Gent\",\"emailAddresses\":[\"ouders%d@example.be\"]},"
                + "\"lines\":[{\"description\":\"Maaltijden\",\"amount\":\"%s\",\"glAccountCode\":\"%s\"}]}",
                SCHOOL, number, number, LocalDate.now(), LocalDate.now().plusDays(30), number, Ogm.of(800_000 + number),
                60_000 + number, 60_000 + number, name, name.split(" ")[0], number, new BigDecimal(amount), glAccount);
    }

    private static String documents(List<String> documents) {
        return documents.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
