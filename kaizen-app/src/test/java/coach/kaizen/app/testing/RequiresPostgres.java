package coach.kaizen.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs a test class on the PostgreSQL server named by KAIZEN_TEST_PG_URL; see {@link PostgresCondition}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {

    /** Also a second, empty database to restore into, named by KAIZEN_TEST_PG_RESTORE_URL. */
    boolean restoreDatabase() default false;

    /**
     * Also a PostgreSQL server of the test's own, which it stops and starts again: a database there named
     * by KAIZEN_TEST_PG_RESTART_URL, and the command that controls the server, KAIZEN_TEST_PG_CTL
     * ({@code pg_ctlcluster 15 kaizen_restart}, to which {@code stop -m fast} and {@code start} are added).
     */
    boolean restartableServer() default false;
}
