package id.sinergi.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills an empty database with national-scale data and prints how long each part took: the application starts on it
 * first (Flyway creates the schema, the national region list is imported through the app's own importer), then
 * 33 Kanwil, 150 offices, 600 agencies, 2,000 Desa Binaan with 50,000 activities, 20,000 meetings, 1,000,000 action
 * items and 3,000,000 progress updates are written (COPY on PostgreSQL, JDBC batches on H2). Run: see README ("Scale").
 */
public final class ScaleDataGenerator {

    /**
     * The word index's two indexes in the grid's order, as V0020 and V0021 made them (the largest): dropped for the
     * bulk load and built after it.
     */
    private static final Map<String, String> WORD_ORDER_INDEXES = Map.of(
            "ix_action_item_word_due", "(word, due_date, item_id, status, strategy)",
            "ix_action_item_word_status", "(word, status, due_date, item_id, strategy)");

    private static final Path REGIONS = Path.of("../shared/data/wilayah-kepmendagri-2025.csv");
    private static final List<String> IDENTITY_TABLES = List.of("agency", "officer", "meeting", "action_item",
            "progress_update", "desa_binaan", "village_activity");

    private ScaleDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        ScaleDatabase database = ScaleDatabase.fromSystemProperties().forBulkLoad();
        Path regions = Path.of(System.getProperty("scale.regions", REGIONS.toString())).toAbsolutePath().normalize();
        System.out.printf("Scale data into %s (%s), regions from %s%n", database.url(), database.label(), regions);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = database.start(0, Map.of("sinergi.regions.import-file",
                regions.toString()))) {
            lap("application started, schema migrated, regions imported", started);
            try (Connection connection = app.getBean(DataSource.class).getConnection()) {
                if (count(connection, "action_item") > 0) {
                    System.out.println("The database already holds action items: give an empty one (see README).");
                    return;
                }
                generate(connection, started);
            }
        }
        lap("done", started);
    }

    private static void generate(Connection connection, long started) throws SQLException {
        Random random = new Random(20_251_123L);
        ScaleOrganisations organisations = new ScaleOrganisations(connection, random);
        long step = System.nanoTime();
        List<Long> offices = organisations.offices();
        organisations.otherAgencies();
        organisations.officersAndUsers(offices,
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ScaleDatabase.PASSWORD));
        organisations.desaBinaan(offices);
        lap(String.format("%d agencies, %d accounts, %,d Desa Binaan with %,d activities",
                organisations.agencyIds.size(), ScaleOrganisations.LIAISONS + 2, ScaleOrganisations.VILLAGES,
                ScaleOrganisations.VILLAGES * ScaleOrganisations.ACTIVITIES_PER_VILLAGE), step);
        ScaleActionItems items = new ScaleActionItems(connection, random, organisations);
        step = System.nanoTime();
        items.meetings();
        lap(String.format("%,d meetings", ScaleActionItems.MEETINGS), step);
        long itemsStarted = System.nanoTime();
        for (String index : WORD_ORDER_INDEXES.keySet()) {
            execute(connection, "drop index " + index); // built once after the load, not kept up row by row
        }
        items.itemsAndUpdates((written, updates) -> System.out.printf("  %,9d items, %,9d progress updates  %6.1f s%n",
                written, updates, (System.nanoTime() - itemsStarted) / 1e9));
        lap("action items, supporting agencies and progress updates", itemsStarted);
        for (Map.Entry<String, String> index : WORD_ORDER_INDEXES.entrySet()) {
            step = System.nanoTime();
            execute(connection, "create index " + index.getKey() + " on action_item_word " + index.getValue());
            lap("word index in the grid's order (" + index.getKey() + ")", step);
        }
        step = System.nanoTime();
        finish(connection);
        lap("identity counters moved on, statistics gathered", step);
        System.out.printf("total %.1f s; accounts: koordinator.skala, pimpinan.skala, penghubung.001 .. %03d, password %s%n",
                (System.nanoTime() - started) / 1e9, ScaleOrganisations.LIAISONS, ScaleDatabase.PASSWORD);
    }

    /** New rows made by the app continue after the generated ids; the planners get fresh statistics. */
    private static void finish(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        try (Statement statement = connection.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                long next = max(connection, table) + 1;
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
            statement.execute(postgres ? "vacuum analyze" : "analyze");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "select count(*) from " + table);
    }

    private static long max(Connection connection, String table) throws SQLException {
        return single(connection, "select coalesce(max(id), 0) from " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void lap(String what, long since) {
        System.out.printf("%-70s %8.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
