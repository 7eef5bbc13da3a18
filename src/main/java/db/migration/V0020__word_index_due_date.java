package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The word index carries each item's due date, status and strategy (kept by {@code ActionItemWords} on every save), and
 * an index {@code (word, due_date, item_id, status, strategy)} reads one word's items in the grid's order: a page far
 * down the list of a text, alone or with a status or a strategy, is one range of one index instead of a walk along the
 * due dates of all items testing each against the word index (decision 0019). The table is written anew from a join
 * (one pass, no dead rows on PostgreSQL) rather than updated row by row, in item order as the words were written (in
 * the join's order, one word's entries lay scattered over the table, and an index-only scan of them checked the
 * visibility map page by page: counts twice as slow); on H2 and PostgreSQL alike.
 */
public class V0020__word_index_due_date extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create table action_item_word_next (word varchar(100) not null, item_id bigint not null,"
                    + " due_date date not null, status varchar(20) not null, strategy varchar(30) not null)");
            statement.execute("insert into action_item_word_next (word, item_id, due_date, status, strategy)"
                    + " select w.word, w.item_id, i.due_date, i.status, i.strategy"
                    + " from action_item_word w join action_item i on i.id = w.item_id order by w.item_id, w.word");
            statement.execute("drop table action_item_word");
            statement.execute("alter table action_item_word_next rename to action_item_word");
            statement.execute("alter table action_item_word add constraint pk_action_item_word"
                    + " primary key (word, item_id)");
            statement.execute("create index ix_action_item_word_item on action_item_word (item_id, word)");
            statement.execute("create index ix_action_item_word_due on action_item_word"
                    + " (word, due_date, item_id, status, strategy)");
            statement.execute("alter table action_item_word add constraint fk_action_item_word_item"
                    + " foreign key (item_id) references action_item (id)");
            boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                    .contains("postgres");
            statement.execute(postgres ? "analyze action_item_word" : "analyze table action_item_word");
        }
    }
}
