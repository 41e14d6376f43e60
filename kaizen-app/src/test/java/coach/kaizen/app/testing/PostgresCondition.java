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
    private static final String SKIPPED = UNSET + ", so the PostgreSQL tests were skipped "
            + "(set it to a jdbc:postgresql:// URL of an empty database to run them)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabases.postgresUrl() != null) {
            return ConditionEvaluationResult.enabled("KAIZEN_TEST_PG_URL is set");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("CI must run the PostgreSQL tests, but " + UNSET);
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println("[kaizen] " + context.getDisplayName() + ": " + SKIPPED);
        }
        return ConditionEvaluationResult.disabled(SKIPPED);
    }
}
