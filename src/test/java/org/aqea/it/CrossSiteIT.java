package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.aqea.testing.SecurePort;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Liberty's batch REST API takes a job submission in any body type, so a form of another site whose one field
 * spells JSON ({@code enctype="text/plain"}) is a job request. An admin logged in to Admin Center holds Liberty's
 * log-in cookie; the server marks it {@code SameSite=Strict}, so that such a form, sent by a page of another site in
 * the admin's browser, arrives without it and starts nothing. The same form from Admin Center's own origin does start
 * a job: what the cookie's attribute alone stops.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB_INSTANCES = SecurePort.BASE + "/ibm/api/batch/jobinstances";
    /** A form field whose name and value, joined by '=', make a job request without a dump (the run guard fails it). */
    private static final String FORM_NAME = "{\"applicationName\":\"aqea-extractor\",\"moduleName\":\"aqea-extractor.war\","
            + "\"jobXMLName\":\"wiktionary-extraction\",\"jobParameters\":{\"pad\":\"";
    private static final String FORM_VALUE = "\"}}";
    private static final String SUBMIT_FORM = """
            ([action, name, value]) => {
                const form = document.createElement('form');
                form.method = 'POST';
                form.enctype = 'text/plain';
                form.action = action;
                const field = document.createElement('input');
                field.type = 'hidden';
                field.name = name;
                field.value = value;
                form.appendChild(field);
                document.body.appendChild(form);
                form.submit();
            }""";

    private static Chromium chromium;
    private static HttpServer otherSite;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launchOrSkip();
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = "<!doctype html><title>another site</title><body></body>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
    }

    @AfterAll
    static void close() {
        if (otherSite != null) {
            otherSite.stop(0);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aFormOfAnotherSiteStartsNoJobWithTheAdminsAdminCenterLogin() throws Exception {
        try (BrowserContext browser = chromium.browser().newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true))) {
            Page adminCenter = logInToAdminCenter(browser);
            long before = latestInstance();

            Page other = browser.newPage();
            other.navigate("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");
            Response crossSite = other.waitForResponse(response -> response.url().startsWith(JOB_INSTANCES),
                    () -> other.evaluate(SUBMIT_FORM, new String[] {JOB_INSTANCES, FORM_NAME, FORM_VALUE}));
            assertEquals(401, crossSite.status(), "the cross-site form came without the admin's cookie");
            assertEquals(before, latestInstance(), "no job instance was made");

            Response sameSite = adminCenter.waitForResponse(response -> response.url().startsWith(JOB_INSTANCES),
                    () -> adminCenter.evaluate(SUBMIT_FORM, new String[] {JOB_INSTANCES, FORM_NAME, FORM_VALUE}));
            assertEquals(201, sameSite.status(), "from Admin Center's own origin the same form is a job request: "
                    + sameSite.text());
            assertTrue(latestInstance() > before, "and it made a job instance");
        }
    }

    private static Page logInToAdminCenter(BrowserContext browser) {
        Page page = browser.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(SecurePort.BASE + "/adminCenter/");
        page.fill("input[name=j_username]", "admin");
        page.fill("input[name=j_password]", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        page.press("input[name=j_password]", "Enter");
        page.waitForURL(url -> url.contains("/adminCenter/") && !url.contains("login"));
        assertTrue(browser.cookies().stream().anyMatch(cookie -> cookie.name.startsWith("LtpaToken")),
                "Admin Center's log-in gave the browser Liberty's cookie: " + browser.cookies());
        return page;
    }

    /** The newest job instance's id, as Liberty's batch API lists them (newest first). */
    private static long latestInstance() throws Exception {
        SecurePort.Answer answer = SecurePort.call("GET", "/ibm/api/batch/jobinstances?page=0&pageSize=1", "admin",
                ApiClient.secret("AQEA_ADMIN_PASSWORD"), null);
        assertEquals(200, answer.status(), answer.body());
        JsonNode instances = JSON.readTree(answer.body());
        return instances.isEmpty() ? 0 : instances.get(0).get("instanceId").asLong();
    }
}
