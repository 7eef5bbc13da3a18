package id.sinergi.scale;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import org.postgresql.PGConnection;

/**
 * Writes many rows into one table: PostgreSQL COPY (text format, flushed every {@value #COPY_ROWS} rows) or, on other
 * databases, JDBC batches of {@value #BATCH} committed every {@value #COMMIT_ROWS} rows. A writer whose rows refer to
 * another writer's rows names it as parent: the parent's pending rows are written first, so foreign keys always hold.
 */
abstract class BulkWriter implements AutoCloseable {

    static final int BATCH = 1_000;
    static final int COPY_ROWS = 50_000;
    static final int COMMIT_ROWS = 50_000;

    protected final Connection connection;
    protected final String table;
    protected final String[] columns;
    private BulkWriter parent;
    long rows;

    private BulkWriter(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
    }

    static BulkWriter open(Connection connection, String table, String... columns) throws SQLException {
        connection.setAutoCommit(false);
        return connection.isWrapperFor(PGConnection.class) ? new Copy(connection, table, columns)
                : new Batch(connection, table, columns);
    }

    /** A writer for rows that refer to this writer's rows. */
    BulkWriter child(String childTable, String... childColumns) throws SQLException {
        BulkWriter child = open(connection, childTable, childColumns);
        child.parent = this;
        return child;
    }

    abstract void row(Object... values) throws SQLException;

    /** Writes the pending rows (the parent's first). */
    final void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        write();
    }

    protected abstract void write() throws SQLException;

    @Override
    public void close() throws SQLException {
        flush();
        connection.commit();
    }

    private static final class Batch extends BulkWriter {
        private final PreparedStatement statement;

        Batch(Connection connection, String table, String... columns) throws SQLException {
            super(connection, table, columns);
            statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                    + ") values (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++rows % BATCH == 0) {
                flush();
            }
            if (rows % COMMIT_ROWS == 0) {
                connection.commit();
            }
        }

        @Override
        protected void write() throws SQLException {
            statement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            super.close();
            statement.close();
        }
    }

    private static final class Copy extends BulkWriter {
        private final StringBuilder buffer = new StringBuilder(8 << 20);

        Copy(Connection connection, String table, String... columns) {
            super(connection, table, columns);
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            if (++rows % COPY_ROWS == 0) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof String text) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            } else if (value instanceof LocalDateTime time) {
                buffer.append(time.toLocalDate()).append(' ').append(time.toLocalTime());
            } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
                buffer.append(value);
            } else {
                throw new IllegalArgumentException("Cannot copy " + value.getClass());
            }
        }

        @Override
        protected void write() throws SQLException {
            if (buffer.isEmpty()) {
                return;
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " ("
                        + String.join(", ", columns) + ") from stdin", new StringReader(buffer.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            buffer.setLength(0);
            connection.commit();
        }
    }
}
