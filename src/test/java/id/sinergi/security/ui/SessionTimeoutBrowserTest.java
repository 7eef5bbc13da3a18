package id.sinergi.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.sinergi.BrowserTest;
import id.sinergi.security.TestAccounts;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * An open but idle tab: Vaadin's heartbeat keeps the HTTP session alive, so only {@code vaadin.closeIdleSessions} ends
 * it. The test shortens this one session's timeout to a second and moves the tab's clock so heartbeats come at once.
 */
class SessionTimeoutBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    WebServerApplicationContext server;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void an_idle_tab_lands_on_the_login_page_after_the_session_timeout_despite_its_heartbeats() {
        page.clock().install();
        login(accounts.create(), TestAccounts.PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
        settle();
        String sessionId = context.cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).findFirst().orElseThrow().value;
        tomcatSession(sessionId).setMaxInactiveInterval(1);

        for (int heartbeat = 0; heartbeat < 6 && !page.url().contains("/login"); heartbeat++) {
            idle(700); // real idle time on the server: the user does nothing
            page.clock().fastForward(300_000); // the tab's heartbeat timer fires (once), as it would every five minutes
        }
        assertThat(page).hasURL(url("login"));
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
    }

    /** Real time passing; not {@code page.waitForTimeout}, whose timer the installed fake clock would hold back. */
    private static void idle(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Session tomcatSession(String id) {
        Context webapp = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return webapp.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
