package id.sinergi.base;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database a query goes to, for the few statements that H2 and PostgreSQL each answer well only in their own
 * form. Asked of the connection's metadata once per data source.
 */
public final class Databases {

    private static final Map<DataSource, Boolean> H2 = Collections.synchronizedMap(new WeakHashMap<>());

    private Databases() {
    }

    /** Whether {@code jdbc} talks to H2 (otherwise PostgreSQL). */
    public static boolean isH2(JdbcTemplate jdbc) {
        return H2.computeIfAbsent(jdbc.getDataSource(), dataSource -> jdbc.execute((ConnectionCallback<Boolean>)
                connection -> "H2".equals(connection.getMetaData().getDatabaseProductName())));
    }
}
