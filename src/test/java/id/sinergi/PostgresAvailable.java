package id.sinergi;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips with a clear reason when no database URL is given (a developer machine without
 * PostgreSQL), and fails instead on CI, which always provides one (.ci/run starts a cluster).
 */
public class PostgresAvailable implements ExecutionCondition {

    static final String URL_VARIABLE = "SINERGI_TEST_PG_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestProfiles.onPostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI must provide " + URL_VARIABLE + " for the PostgreSQL test run");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL run skipped: no database URL given in " + URL_VARIABLE
                + " (see README, 'Tests on PostgreSQL'); CI always gives one");
    }
}
