package id.sinergi.scale;

import id.sinergi.base.WordPrefix;
import id.sinergi.region.RegionService;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The region picker's search over the national list (91,599 regions): through {@link RegionService} and as the same
 * SQL run directly (one word: a word-prefix look-up in {@code region_word}, ranked exact, prefix, then others).
 */
final class RegionSearchBenchmark {

    private static final String[] WORDS = {"pontang", "serang", "sukamaju", "bandung", "sumber", "jaya", "kota", "ma",
            "tanjung", "mekar", "pasir", "karang", "tirta", "baru", "sidomulyo"};
    private static final String SQL = "select code, name, retired, display_path from region where retired = false"
            + " and search_text like ? and code in (select code from region_word where word >= ? and word < ?)"
            + " order by case when name_key = ? then 0 when name_key like ? then 1 else 2 end, length(code),"
            + " display_path, code limit 50";

    private final RegionService regions;
    private final JdbcTemplate jdbc;

    RegionSearchBenchmark(ApplicationContext app) {
        this.regions = app.getBean(RegionService.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    void run(List<String> csv) {
        Timing[] words = Timing.of(r -> regions.search(word(r), null, null, 50), r -> jdbc.queryForList(SQL,
                "%" + word(r) + "%", word(r), WordPrefix.of(word(r)).below(), word(r), word(r) + "%"));
        Timing app = words[0];
        Timing sql = words[1];
        String label = "region search, one word, 50 hits";
        System.out.println(Timing.row(label, app, sql));
        csv.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f", label, app.median(), app.p95(), sql.median(),
                sql.p95()));
        Timing[] codes = Timing.of(r -> regions.search(codePrefix(r), null, null, 50), r -> jdbc.queryForList(
                "select code, name, retired, display_path from region where retired = false and code >= ? and code < ?"
                + " and code like ? order by length(code), code limit 50", codePrefix(r),
                WordPrefix.of(codePrefix(r)).below(), codePrefix(r) + "%"));
        Timing code = codes[0];
        Timing codeSql = codes[1];
        label = "region search, code prefix";
        System.out.println(Timing.row(label, code, codeSql));
        csv.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f", label, code.median(), code.p95(), codeSql.median(),
                codeSql.p95()));
    }

    private static String codePrefix(int run) {
        return String.format("%02d.%02d", 11 + run % 60, 1 + run % 20);
    }

    private static String word(int run) {
        return WORDS[Math.floorMod(run, WORDS.length)];
    }
}
