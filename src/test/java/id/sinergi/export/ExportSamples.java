package id.sinergi.export;

import id.sinergi.Application;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.base.i18n.Translations;
import id.sinergi.desabinaan.ActivityTotals;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.VillageActivityService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes the three exports of the demo data (as leadership, in Indonesian and English) into a folder, for the
 * LibreOffice screenshots in docs/screenshots. Run: {@code ./mvnw -q -Pbenchmark test-compile exec:java
 * -Dbenchmark.class=id.sinergi.export.ExportSamples -Dexec.args=target/export-samples}.
 */
public final class ExportSamples {

    private ExportSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/export-samples");
        Files.createDirectories(folder);
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:samples;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run()) {
            UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername("pimpinan");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            Long meeting = context.getBean(JdbcTemplate.class).queryForObject("""
                    select origin_meeting_id from action_item group by origin_meeting_id
                    order by count(*) desc, origin_meeting_id fetch first 1 rows only""", Long.class);
            ActionPlanExport matrix = context.getBean(ActionPlanExport.class);
            ProgressReportExport report = context.getBean(ProgressReportExport.class);
            RosterExport roster = context.getBean(RosterExport.class);
            Quarter quarter = busiestQuarter(context.getBean(VillageActivityService.class));
            for (var locale : Translations.LOCALES) {
                String language = locale.getLanguage();
                ActionItemFilter ofMeeting = ActionItemFilter.ofMeeting(meeting);
                write(folder.resolve("matrix-" + language + ".xlsx"), out -> matrix.write(ofMeeting, locale, out));
                write(folder.resolve("progress-" + language + ".xlsx"),
                        out -> report.write(ProgressReportFilter.ALL, locale, out));
                write(folder.resolve("roster-" + language + ".xlsx"),
                        out -> roster.write(RosterFilter.all(), quarter, locale, out));
                System.out.println(matrix.fileName(ofMeeting, locale));
            }
        }
        System.exit(0);
    }

    private static Quarter busiestQuarter(VillageActivityService activities) {
        return Stream.iterate(Quarter.current(), Quarter::previous).limit(4)
                .max(Comparator.comparingLong(q -> activities.totalsPerKanwil(q).stream()
                        .mapToLong(ActivityTotals::activities).sum())).orElseThrow();
    }

    private interface Export {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Export export) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            export.to(out);
        }
        System.out.println("wrote " + file);
    }
}
