package org.aqea.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, headless, driven by Playwright. Without /usr/bin/chromium the browser tests are skipped, unless
 * AQEA_REQUIRE_BROWSER is set (CI), when they fail.
 */
final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final String DASHBOARD = ApiClient.BASE + "/";

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static Chromium launchOrSkip() {
        if (!Files.isExecutable(EXECUTABLE)) {
            if (System.getenv("AQEA_REQUIRE_BROWSER") != null) {
                throw new AssertionError("browser tests are required but " + EXECUTABLE + " is missing: apt-get install chromium");
            }
            Assumptions.abort("no " + EXECUTABLE + ": install Debian's chromium (apt-get install chromium) to run the browser tests");
        }
        return new Chromium();
    }

    Browser browser() {
        return browser;
    }

    /** A new window on the dashboard of the server under test, logged in as the user. */
    Page logIn(String user, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(120_000);
        page.navigate(DASHBOARD);
        page.fill("#login-user", user);
        page.fill("#login-password", password);
        page.click("#login-submit");
        page.waitForSelector("#who:has-text('" + user + "')");
        return page;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
