package id.sinergi.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.sinergi.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in Chromium: Chart.js draws the charts (pixels on the canvas, not only the element), the screen-reader
 * table is there, and a screenshot with the demo data of Kanwil Banten (docs/screenshots/dashboard-id.png).
 */
class DashboardBrowserTest extends BrowserTest {

    /** Counts the canvas pixels of a chart that are not transparent: more than the axes when something is drawn. */
    private static final String PAINTED_PIXELS = """
            id => {
              const canvas = document.getElementById(id).shadowRoot.querySelector('canvas');
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
              return painted;
            }""";

    @Test
    void leadership_sees_the_charts_drawn_with_the_demo_data() {
        login("pimpinan", "sinergi-demo-2025");
        assertThat(page.locator("#home-greeting")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        page.locator("#dashboard-filter-area input").fill("Banten");
        page.locator("vaadin-combo-box-item").first().click();
        settle();

        assertThat(page.locator("#dashboard-figures .sinergi-figure")).hasCount(10);
        assertThat(page.locator("#figure-total")).hasText(java.util.regex.Pattern.compile("^[0-9.]+$"));
        assertThat(page.locator("#figure-total + .sinergi-figure-label")).hasText("Rencana aksi");
        assertThat(page.locator("#dashboard-overdue-grid a[href^='action-items/']").first()).isVisible();
        assertThat(page.locator("#dashboard-trend-chart[drawn]")).hasCount(1);
        assertThat(painted("dashboard-trend-chart")).isGreaterThan(2_000);
        assertThat(page.locator("#dashboard-trend-chart table caption")).hasText(
                "Tren 12 bulan terakhir: jatuh tempo dan selesai per bulan");
        if (page.locator("#dashboard-agencies-chart").isVisible()) {
            assertThat(page.locator("#dashboard-agencies-chart[drawn]")).hasCount(1);
            assertThat(painted("dashboard-agencies-chart")).isGreaterThan(2_000);
        }
        var title = page.locator("#dashboard-overdue-title").boundingBox();
        var export = page.locator("#dashboard-export-overdue").boundingBox();
        org.assertj.core.api.Assertions.assertThat(export.x).as("export beside the title, on its right")
                .isGreaterThan(title.x + title.width);
        org.assertj.core.api.Assertions.assertThat(export.y).as("export on the title's line")
                .isLessThan(title.y + title.height);
        page.setViewportSize(1280, 1800);
        settle();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("dashboard-id.png")));
    }

    private long painted(String chartId) {
        return ((Number) page.evaluate(PAINTED_PIXELS, chartId)).longValue();
    }
}
