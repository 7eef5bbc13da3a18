package db.migration;

import id.sinergi.action.ActionItemWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The word index of the action items' text filter: one row per distinct word of an item's activity, output indicator
 * and notes, so that the filter reads an index range instead of every item (see {@link ActionItemWords}, which keeps it
 * up to date on save). Written in Java because splitting texts into words has no SQL that H2 and PostgreSQL share; it
 * fills the table for the items already there with multi-row inserts and builds the indexes afterwards (faster).
 */
public class V0017__action_item_words extends BaseJavaMigration {

    private static final int ROWS_PER_INSERT = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table action_item_word (word varchar(" + ActionItemWords.WORD_MAX_LENGTH
                    + ") not null, item_id bigint not null)");
            fill(connection);
            statement.execute("alter table action_item_word add constraint pk_action_item_word"
                    + " primary key (word, item_id)");
            statement.execute("create index ix_action_item_word_item on action_item_word (item_id, word)");
            statement.execute("alter table action_item_word add constraint fk_action_item_word_item"
                    + " foreign key (item_id) references action_item (id)");
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            statement.execute(postgres ? "analyze action_item_word" : "analyze table action_item_word");
        }
    }

    private static void fill(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement full = connection.prepareStatement(insert(ROWS_PER_INSERT));
             Statement read = connection.createStatement()) {
            read.setFetchSize(5_000);
            try (ResultSet items = read.executeQuery("select id, activity, output_indicator, notes from action_item")) {
                while (items.next()) {
                    long id = items.getLong(1);
                    for (String word : ActionItemWords.of(items.getString(2), items.getString(3), items.getString(4))) {
                        rows.add(new Object[] {word, id});
                    }
                    if (rows.size() >= ROWS_PER_INSERT) {
                        write(full, rows.subList(0, ROWS_PER_INSERT));
                        rows.subList(0, ROWS_PER_INSERT).clear();
                    }
                }
            }
        }
        if (!rows.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(insert(rows.size()))) {
                write(rest, rows);
            }
        }
    }

    private static String insert(int rows) {
        return "insert into action_item_word (word, item_id) values "
                + String.join(", ", Collections.nCopies(rows, "(?, ?)"));
    }

    private static void write(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        int parameter = 1;
        for (Object[] row : rows) {
            insert.setString(parameter++, (String) row[0]);
            insert.setLong(parameter++, (Long) row[1]);
        }
        insert.executeUpdate();
    }
}
