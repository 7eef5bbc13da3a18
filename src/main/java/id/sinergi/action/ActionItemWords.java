package id.sinergi.action;

import id.sinergi.base.WordPrefix;
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
 * items by migration V0017). "Non-prosedural (PMI)" gives "non", "prosedural", "pmi".
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
     * How many items, counted no further than {@code limit}, surely match the text filter of these words: the items
     * that have, for each word, the first indexed word starting with it ("pasp" gives "paspor"; a word that is indexed
     * itself gives itself). A lower bound of the filter's count, read from the word index alone, where each word's
     * entries lie in item order: at 1,000,000 items 1-3 ms against 70-200 ms for counting the filter itself, which
     * has to gather every word of the range. Reaching the limit, it answers the grid's capped count.
     */
    long itemsSurelyMatching(List<String> words, int limit) {
        if (words.isEmpty()) {
            return 0; // a text of no letters or digits ("!!!") narrows nothing; the filter itself is counted
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select a.item_id from action_item_word a where ");
        for (int i = 0; i < words.size(); i++) {
            String indexed = firstIndexed(words.get(i));
            if (indexed == null) {
                return 0;
            }
            sql.append(i == 0 ? "a.word = ?" : " and exists (select 1 from action_item_word b" + i + " where b" + i
                    + ".item_id = a.item_id and b" + i + ".word = ?)");
            args.add(indexed);
        }
        args.add(limit);
        Long count = jdbc.queryForObject(sql.append(" limit ?) t").toString(), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** The first indexed word starting with {@code prefix} (along the index), or the prefix itself for other letters. */
    private String firstIndexed(String prefix) {
        WordPrefix range = WordPrefix.of(prefix);
        if (range == null) {
            return prefix;
        }
        List<Object> args = new ArrayList<>(List.of(range.from()));
        String sql = "select word from action_item_word where word >= ?";
        if (range.below() != null) {
            sql += " and word < ?";
            args.add(range.below());
        }
        if (!range.exact()) {
            sql += " and word like ? escape '\\'";
            args.add(WordPrefix.escapeLike(prefix) + "%");
        }
        List<String> first = jdbc.queryForList(sql + " order by word limit 1", String.class, args.toArray());
        return first.isEmpty() ? null : first.getFirst();
    }

    /** Writes the item's words anew (after its texts were saved). */
    void index(ActionItem item) {
        remove(item.getId());
        List<String> words = List.copyOf(of(item.getActivity(), item.getOutputIndicator(), item.getNotes()));
        if (words.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into action_item_word (word, item_id) values (?, ?)", words, words.size(),
                (statement, word) -> {
                    statement.setString(1, word);
                    statement.setLong(2, item.getId());
                });
    }

    /** Forgets the item's words (before the item itself is removed). */
    void remove(long itemId) {
        jdbc.update("delete from action_item_word where item_id = ?", itemId);
    }
}
