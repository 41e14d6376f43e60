package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements kept on a pooled SQLite connection, as the pool hands it from one request to the next. */
class KeptStatementsTest {

    private static final String COUNT = "SELECT count(*) FROM notes WHERE text <> :not";

    @TempDir
    Path folder;

    private HikariDataSource pool;
    private Jdbi reads;
    private Jdbi writes;
    private final List<PreparedStatement> used = new ArrayList<>();

    @BeforeEach
    void open() {
        String url = "jdbc:sqlite:" + folder.resolve("kept.db");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        reads = Jdbi.create(pool);
        reads.setStatementBuilderFactory(new KeptStatements());
        writes = Jdbi.create(url);
        writes.useHandle(handle -> handle.execute("CREATE TABLE notes (text TEXT NOT NULL UNIQUE)"));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void theNextHandleOnTheConnectionRunsTheSameStatementWithItsOwnValues() {
        write("a");
        write("b");
        assertThat(count("a")).isEqualTo(1);
        assertThat(count("nothing")).isEqualTo(2);
        assertThat(used).hasSize(2);
        assertThat(used.get(1)).isSameAs(used.get(0));
    }

    @Test
    void aKeptStatementSeesWhatAnotherConnectionWroteSinceItsLastUse() {
        assertThat(count("nothing")).isZero();
        write("a");
        assertThat(count("nothing")).isEqualTo(1);
        write("b");
        assertThat(count("nothing")).isEqualTo(2);
    }

    @Test
    void aStatementRefusedOnceRunsAgainWithItsNextValues() throws SQLException {
        reads.useHandle(handle -> insert(handle, "a"));
        assertThatThrownBy(() -> reads.useHandle(handle -> insert(handle, "a")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        reads.useHandle(handle -> insert(handle, "b"));
        assertThat(used).hasSize(3).allSatisfy(statement -> assertThat(statement).isSameAs(used.get(0)));
        assertThat(used.get(0).isClosed()).isFalse();
        assertThat(count("nothing")).isEqualTo(2);
    }

    @Test
    void theSameStatementAskedForWhileItsResultsAreReadGetsOneOfItsOwn() {
        write("a");
        write("b");
        reads.useHandle(handle -> {
            try (ResultIterator<Integer> first = seen(handle.createQuery(COUNT)).bind("not", "nothing")
                    .mapTo(Integer.class).iterator()) {
                assertThat(seen(handle.createQuery(COUNT)).bind("not", "a").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(first.next()).isEqualTo(2);
            }
        });
        assertThat(used).hasSize(2);
        assertThat(used.get(1)).isNotSameAs(used.get(0));
        assertThat(count("a")).isEqualTo(1);
        assertThat(used.get(2)).isSameAs(used.get(0));
    }

    @Test
    void beyondItsBoundTheStatementLeastRecentlyUsedIsClosed() throws SQLException {
        reads.useHandle(handle -> {
            for (int n = 0; n <= KeptStatements.MOST_PER_CONNECTION; n++) {
                seen(handle.createQuery("SELECT " + n)).mapTo(Integer.class).one();
            }
        });
        assertThat(used.get(0).isClosed()).isTrue();
        assertThat(used.get(1).isClosed()).isFalse();
        assertThat(used.get(KeptStatements.MOST_PER_CONNECTION).isClosed()).isFalse();
    }

    private int count(String not) {
        return reads.withHandle(handle -> seen(handle.createQuery(COUNT)).bind("not", not).mapTo(Integer.class).one());
    }

    private void insert(Handle handle, String text) {
        seen(handle.createUpdate("INSERT INTO notes (text) VALUES (:text)")).bind("text", text).execute();
    }

    private void write(String text) {
        writes.useHandle(handle -> handle.createUpdate("INSERT INTO notes (text) VALUES (:text)")
                .bind("text", text).execute());
    }

    /** Notes each statement the query or update runs on. */
    private <S extends SqlStatement<S>> S seen(S statement) {
        return statement.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement prepared, StatementContext context) {
                used.add(prepared);
            }
        });
    }
}
