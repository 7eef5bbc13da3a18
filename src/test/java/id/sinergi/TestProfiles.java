package id.sinergi;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on the in-memory H2 by default; with {@code -Dsinergi.test.database=postgres} (the second surefire
 * execution) the same tests run against the PostgreSQL given in {@code SINERGI_TEST_PG_URL}.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("sinergi.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }
}
