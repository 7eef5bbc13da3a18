package id.sinergi.scale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Two app nodes on one database (docs/deployment.md): in Chromium, a coordinator saves a filter of the action items list
 * on node A; a new browser session on node B opens the list with that filter and the same total. Then three wrong
 * passwords on node A make node B refuse the right one (the login throttle lives in the database).
 * <pre>-Dscale.nodes=http://127.0.0.1:8081,http://127.0.0.1:8082</pre>
 */
public final class TwoNodeCheck {

    private static final String COORDINATOR = "koordinator.skala";

    private TwoNodeCheck() {
    }

    public static void main(String[] args) throws Exception {
        String[] nodes = System.getProperty("scale.nodes", "http://127.0.0.1:8081,http://127.0.0.1:8082").split(",");
        System.setProperty("playwright.skip.browser.download", "true");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(
                Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            Page a = login(browser, nodes[0]);
            String allOnA = total(a);
            a.locator("#items-overdue").click();
            a.waitForTimeout(2_000);
            String overdueOnA = total(a);
            a.locator("#items-save-filter").click();
            a.waitForTimeout(1_000);
            System.out.printf("node A %s: all items \"%s\"; overdue only, saved as filter: \"%s\"%n", nodes[0], allOnA,
                    overdueOnA);
            Page b = login(browser, nodes[1]);
            String onB = total(b);
            boolean checked = (Boolean) b.evaluate("() => document.querySelector('#items-overdue').checked");
            System.out.printf("node B %s: list opens with the saved filter (overdue only: %s): \"%s\" -> %s%n", nodes[1],
                    checked, onB, checked ? "SEEN ON THE OTHER NODE" : "NOT SEEN");
            b.locator("#items-clear-filter").click();
            b.waitForTimeout(1_000);
        }
        throttle(nodes);
    }

    private static Page login(Browser browser, String node) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("id-ID")).newPage();
        page.setDefaultTimeout(60_000);
        try {
            page.navigate(node + "/login");
            page.locator("vaadin-login-form input[name=username]").fill(COORDINATOR);
            page.locator("vaadin-login-form input[name=password]").fill(ScaleDatabase.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first()
                    .click();
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate(node + "/action-items");
            page.locator("#items-total").waitFor();
            page.waitForFunction("() => document.querySelector('#items-total').textContent.trim().length > 0");
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/two-node-failure.png")));
            throw e;
        }
        return page;
    }

    private static String total(Page page) {
        return page.locator("#items-total").textContent().trim();
    }

    private static void throttle(String[] nodes) throws Exception {
        String user = "penghubung.300";
        for (int i = 0; i < 5; i++) {
            new HttpUser(HttpUser.client(), nodes[0]).login(user, "salah-" + i);
        }
        boolean accepted = new HttpUser(HttpUser.client(), nodes[1]).login(user, ScaleDatabase.PASSWORD);
        System.out.printf("five wrong passwords for %s on node A; the right one on node B: %s%n", user,
                accepted ? "accepted (NOT shared)" : "refused for now (throttle shared through the database)");
    }
}
