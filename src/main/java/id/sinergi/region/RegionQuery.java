package id.sinergi.region;

import id.sinergi.base.WordPrefix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE and ORDER BY of a region search, in SQL that H2 and PostgreSQL both run. Text that looks like a code
 * ("36.04") matches codes from the start (primary key range). Other text: one of its words must begin a word of the
 * region's own name (the indexed {@code region_word} table, so no scan of the whole list), and every word must occur in
 * the search text (code and full names of the region and its parents): "pontang serang" and "serang pontang" both find
 * Pontang in Kabupaten Serang; "kab. serang" finds Kabupaten Serang. Exact and prefix name matches rank first.
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
        boolean inArea = areaPrefix != null && !areaPrefix.isBlank();
        if (levels != null && !levels.isEmpty()) {
            // within an area, a function of the level keeps the optimizer on the area's primary key range: through the
            // level index, H2 would walk all 83,762 villages to find the few hundred of one regency
            conditions.add(inArea ? "lower(level) in (:levels)" : "level in (:levels)");
            params.addValue("levels", levels.stream().map(l -> inArea ? RegionPaths.lower(l.name()) : l.name()).toList());
        }
        if (inArea) {
            conditions.add(range("code", "area", areaPrefix.strip() + ".") + "code like :area escape '\\'");
            params.addValue("area", escape(areaPrefix.strip()) + ".%");
        }
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            rankedOrder = "length(code), code";
        } else if (CODE_LIKE.matcher(query).matches()) {
            conditions.add(range("code", "code", query) + "code like :codePrefix escape '\\'");
            params.addValue("codePrefix", escape(query) + "%");
            rankedOrder = "length(code), code";
        } else {
            List<String> words = words(query);
            List<String> anchors = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                anchors.add("select code from region_word where " + range("word", "word" + i, words.get(i))
                        + "word like :prefix" + i + " escape '\\'");
                params.addValue("prefix" + i, escape(words.get(i)) + "%");
                conditions.add("search_text like :part" + i + " escape '\\'");
                params.addValue("part" + i, "%" + escape(words.get(i)) + "%");
            }
            if (!anchors.isEmpty()) {
                conditions.add("code in (" + String.join(" union ", anchors) + ")");
            }
            params.addValue("exact", query);
            params.addValue("namePrefix", escape(query) + "%");
            rankedOrder = "case when name_key = :exact then 0 when name_key like :namePrefix escape '\\' then 1 else 2 end,"
                    + " length(code), display_path, code";
        }
        where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The index range of a prefix (see {@link WordPrefix}), so that PostgreSQL need not read every row. */
    private String range(String column, String name, String prefix) {
        WordPrefix range = WordPrefix.of(prefix);
        if (range == null) {
            return "";
        }
        params.addValue(name + "From", range.from());
        if (range.below() == null) {
            return column + " >= :" + name + "From and ";
        }
        params.addValue(name + "Below", range.below());
        return column + " >= :" + name + "From and " + column + " < :" + name + "Below and ";
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
        return WordPrefix.escapeLike(value);
    }
}
