package id.sinergi.action;

import id.sinergi.base.WordPrefix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The word index of the text filter: the distinct lower-case words (letters and digits) of each item's activity, output
 * indicator and notes, in {@code action_item_word}, rewritten whenever the service saves the item (and filled for older
 * items by migration V0017). "Non-prosedural (PMI)" gives "non", "prosedural", "pmi". Each word also carries the item's
 * due date, status and strategy (V0020), so that a page of a text is read in the grid's order from the index alone.
 */
@Component
public class ActionItemWords {

    public static final int WORD_MAX_LENGTH = 100;
    /** The most words of a filter text that are looked for; further words are ignored. */
    static final int MAX_QUERY_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final JdbcTemplate jdbc;

    ActionItemWords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The distinct words of the texts (nulls skipped), each cut to {@link #WORD_MAX_LENGTH}. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
                while (matcher.find()) {
                    String word = matcher.group();
                    words.add(word.length() > WORD_MAX_LENGTH ? word.substring(0, WORD_MAX_LENGTH) : word);
                }
            }
        }
        return words;
    }

    /** The words of a filter text that the index is asked for (at most {@link #MAX_QUERY_WORDS}). */
    static List<String> ofQuery(String text) {
        List<String> words = new ArrayList<>(of(text));
        return words.subList(0, Math.min(MAX_QUERY_WORDS, words.size()));
    }

    /**
     * How many items, counted no further than {@code limit}, surely match a filter of words with at most a
     * status, overdue, a strategy and due dates ({@link ActionItemSql#byWordAlone}): the items that have, for
     * each typed word, the first indexed word starting with it ("pasp" gives "paspor"; a word that is indexed
     * itself gives itself). A lower bound of the filter's count, read from the word index alone: at 1,000,000
     * items 1-3 ms against 70-200 ms for counting the filter itself, which has to gather every word of the
     * range. The status, strategy and dates are tested on the word index's copy of them (V0020), inside the
     * (word, due_date, item_id, status, strategy) index or, with a status, the (word, status, due_date, item_id,
     * strategy) index (V0021), without reading an item (before: the word's items merged with the items' (status,
     * id) or (strategy, id) index, V0019); each further word is looked for at the row's due date and item
     * ({@link ActionItemSql#sameItemHas}: in psql, the count of "peraturan desa" with a status 78 → 13 ms).
     * Reaching the limit, it answers the grid's capped count; below it, it is the filter's count when no typed
     * word begins a second indexed word ({@link Sure#exact}).
     */
    Sure itemsSurelyMatching(ActionItemFilter filter, LocalDate today, int limit) {
        List<String> words = ofQuery(ActionItemSql.typedText(filter));
        if (words.isEmpty()) {
            return Sure.NONE; // a text of no letters or digits ("!!!") narrows nothing; the filter itself is counted
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select a.item_id from action_item_word a");
        List<String> indexed = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String first = firstIndexed(words.get(i));
            if (first == null) {
                return new Sure(0, true); // no indexed word begins with it: nothing matches
            }
            if (i == 0) {
                sql.append(" where a.word = ?");
                args.add(first);
            } else {
                sql.append(" and ").append(ActionItemSql.sameItemHas("a", "b" + i, first, filter.status(),
                        filter.dueFrom(), filter.dueTo(), args));
            }
            indexed.add(first);
        }
        ActionItemSql columns = ActionItemSql.statusAndDatesOfWords(filter, today, "a");
        sql.append(columns.andWhere());
        args.addAll(List.of(columns.args()));
        args.add(limit);
        Long found = jdbc.queryForObject(sql.append(" limit ?) t").toString(), Long.class, args.toArray());
        long count = found == null ? 0 : found;
        return new Sure(count, count < limit && eachBeginsOnlyOne(words, indexed));
    }

    /**
     * A count of items that surely match a text filter.
     *
     * @param exact whether, below the limit, it is also the filter's count: each typed word begins only one indexed word
     */
    record Sure(long count, boolean exact) {
        static final Sure NONE = new Sure(0, false);
    }

    /**
     * The one indexed word that begins with the typed word ("paspor" when no other indexed word starts with "paspor"),
     * or null when none or several do: the items of the typed word are then exactly the items of that word, which the
     * index (word, due_date, item_id, …) holds in the grid's order (V0020).
     */
    String onlyIndexed(String typed) {
        WordPrefix range = WordPrefix.of(typed);
        String first = range == null ? null : nextIndexed(range, typed, ">=", range.from());
        return first != null && beginsNoOther(range, typed, first) ? first : null;
    }

    /** Whether no typed word begins another indexed word than the first one found for it (asked only below the cap). */
    private boolean eachBeginsOnlyOne(List<String> words, List<String> indexed) {
        for (int i = 0; i < words.size(); i++) {
            WordPrefix range = WordPrefix.of(words.get(i));
            if (range == null || !beginsNoOther(range, words.get(i), indexed.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether no indexed word after {@code first} begins with the typed word. */
    private boolean beginsNoOther(WordPrefix range, String typed, String first) {
        return nextIndexed(range, typed, ">", first) == null;
    }

    /** The first indexed word starting with {@code prefix} (along the index), or the prefix itself for other letters. */
    private String firstIndexed(String prefix) {
        WordPrefix range = WordPrefix.of(prefix);
        return range == null ? prefix : nextIndexed(range, prefix, ">=", range.from());
    }

    /** The least indexed word in the prefix's range that compares to {@code bound} as {@code operator} says. */
    private String nextIndexed(WordPrefix range, String prefix, String operator, String bound) {
        List<Object> args = new ArrayList<>(List.of(bound));
        String sql = "select word from action_item_word where word " + operator + " ?";
        if (range.below() != null) {
            sql += " and word < ?";
            args.add(range.below());
        }
        if (!range.exact()) {
            sql += " and word like ? escape '\\'";
            args.add(WordPrefix.escapeLike(prefix) + "%");
        }
        List<String> next = jdbc.queryForList(sql + " order by word limit 1", String.class, args.toArray());
        return next.isEmpty() ? null : next.getFirst();
    }

    /** Writes the item's words anew, with its due date, status and strategy (after its texts were saved). */
    void index(ActionItem item) {
        remove(item.getId());
        List<String> words = List.copyOf(of(item.getActivity(), item.getOutputIndicator(), item.getNotes()));
        if (words.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into action_item_word (word, item_id, due_date, status, strategy) values (?, ?, ?, ?, ?)",
                words, words.size(), (statement, word) -> {
                    statement.setString(1, word);
                    statement.setLong(2, item.getId());
                    statement.setObject(3, item.getDueDate());
                    statement.setString(4, item.getStatus().name());
                    statement.setString(5, item.getStrategy().name());
                });
    }

    /**
     * Gives the item's words its current due date, status and strategy, where they differ (after any change of the item
     * was written: {@link ActionItemWordFollower}); with nothing changed it only reads the item's words.
     */
    void follow(ActionItem item) {
        String status = item.getStatus().name();
        String strategy = item.getStrategy().name();
        jdbc.update("update action_item_word set due_date = ?, status = ?, strategy = ? where item_id = ?"
                + " and (due_date <> ? or status <> ? or strategy <> ?)", item.getDueDate(), status, strategy,
                item.getId(), item.getDueDate(), status, strategy);
    }

    /** Forgets the item's words (before the item itself is removed). */
    void remove(long itemId) {
        jdbc.update("delete from action_item_word where item_id = ?", itemId);
    }
}
