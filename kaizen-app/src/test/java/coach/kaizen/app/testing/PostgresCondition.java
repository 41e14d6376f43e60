package coach.kaizen.app.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL tests run when KAIZEN_TEST_PG_URL is set. Without it they are skipped with a
 * visible line on a developer's machine, and they fail in CI (CI=true), where skipping would hide them.
 */
final class PostgresCondition implements ExecutionCondition {

    private static final String UNSET = "KAIZEN_TEST_PG_URL is not set";
    private static final String RESTORE_UNSET = "KAIZEN_TEST_PG_RESTORE_URL is not set";
    private static final String RESTART_UNSET = "KAIZEN_TEST_PG_RESTART_URL or KAIZEN_TEST_PG_CTL is not set";
    private static final String SKIPPED = UNSET + ", so the PostgreSQL tests were skipped "
            + "(set it to a jdbc:postgresql:// URL of an empty database to run them)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabases.postgresUrl() == null) {
            return missing(context, UNSET, SKIPPED);
        }
        RequiresPostgres needs = context.getRequiredTestClass().getAnnotation(RequiresPostgres.class);
        if (needs != null && needs.restoreDatabase() && TestDatabases.postgresRestoreUrl() == null) {
            return missing(context, RESTORE_UNSET, RESTORE_UNSET + ", so this PostgreSQL test was skipped "
                    + "(set it to a jdbc:postgresql:// URL of a second empty database the same role owns)");
        }
        if (needs != null && needs.restartableServer() && TestDatabases.restartableServer().isEmpty()) {
            return missing(context, RESTART_UNSET, RESTART_UNSET + ", so this PostgreSQL test was skipped "
                    + "(it stops and starts a server of its own: see .ci/run, which makes one)");
        }
        return ConditionEvaluationResult.enabled("KAIZEN_TEST_PG_URL is set");
    }

    private static ConditionEvaluationResult missing(ExtensionContext context, String unset, String skipped) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("CI must run the PostgreSQL tests, but " + unset);
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println("[kaizen] " + context.getDisplayName() + ": " + skipped);
        }
        return ConditionEvaluationResult.disabled(skipped);
    }
}
