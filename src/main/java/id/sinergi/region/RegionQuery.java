package id.sinergi.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE and ORDER BY of a region search, in SQL that H2 and PostgreSQL both run. Text matches the code prefix when
 * it looks like a code ("36.04"), else every word must occur in the lower-case search text (code and full names of the
 * region and its parents), so "pontang serang" finds Pontang in Kabupaten Serang. Exact and prefix name matches rank first.
 */
final class RegionQuery {

    private static final Pattern CODE_LIKE = Pattern.compile("[0-9.]+");
    private static final int MAX_WORDS = 6;

    final String where;
    final String rankedOrder;
    final MapSqlParameterSource params = new MapSqlParameterSource();

    RegionQuery(String text, Collection<RegionLevel> levels, String areaPrefix, boolean activeOnly) {
        List<String> conditions = new ArrayList<>();
        if (activeOnly) {
            conditions.add("retired = false");
        }
        if (levels != null && !levels.isEmpty()) {
            conditions.add("level in (:levels)");
            params.addValue("levels", levels.stream().map(Enum::name).toList());
        }
        if (areaPrefix != null && !areaPrefix.isBlank()) {
            conditions.add("code like :area escape '\\'");
            params.addValue("area", escape(areaPrefix.strip()) + ".%");
        }
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            rankedOrder = "length(code), code";
        } else if (CODE_LIKE.matcher(query).matches()) {
            conditions.add("code like :codePrefix escape '\\'");
            params.addValue("codePrefix", escape(query) + "%");
            rankedOrder = "length(code), code";
        } else {
            List<String> words = words(query);
            for (int i = 0; i < words.size(); i++) {
                conditions.add("search_text like :word" + i + " escape '\\'");
                params.addValue("word" + i, "%" + escape(words.get(i)) + "%");
            }
            params.addValue("exact", query);
            params.addValue("prefix", escape(query) + "%");
            rankedOrder = "case when name_key = :exact then 0 when name_key like :prefix escape '\\' then 1 else 2 end,"
                    + " length(code), display_path, code";
        }
        where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Words split at spaces and commas; a trailing dot goes, so "kab." finds "kabupaten". */
    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : query.split("[\\s,]+")) {
            String trimmed = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!trimmed.isEmpty() && words.size() < MAX_WORDS) {
                words.add(trimmed);
            }
        }
        return words;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
