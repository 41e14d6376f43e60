package coach.kaizen.app.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Prepared statements kept on each SQLite connection from one use to the next, across handles:
 * SQLite spent more CPU parsing a check-in's statements than running them (JFR, check-ins at 8
 * connections). PostgreSQL's driver keeps its own, so only SQLite uses this.
 *
 * <p>Statements are prepared on the pool's own connection behind its proxy, so returning the
 * connection to the pool leaves them open. Jdbi hands every statement back through
 * {@link StatementBuilder#close(Connection, String, Statement)}, even after an error, and SQLite
 * resets a statement when its results are closed, so a kept one holds no snapshot between uses.
 * A statement asked for again while its results are still being read gets one of its own.
 */
final class KeptStatements implements StatementBuilderFactory {

    /** More statements than the stores have, so none is parsed twice; a bound all the same. */
    static final int MOST_PER_CONNECTION = 256;

    private final Map<Connection, Kept> byConnection = new HashMap<>();

    @Override
    public synchronized StatementBuilder createStatementBuilder(Connection connection) {
        // A connection the pool has retired is closed, and its statements with it.
        byConnection.keySet().removeIf(KeptStatements::isClosed);
        return byConnection.computeIfAbsent(own(connection), Kept::new);
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static Connection own(Connection connection) {
        try {
            return connection.unwrap(Connection.class);
        } catch (SQLException e) {
            return connection;
        }
    }

    /**
     * One connection's statements, by their SQL, the least recently used let go beyond the bound
     * (closed now, or when handed back if in use).
     */
    private static final class Kept extends DefaultStatementBuilder {
        private final Connection connection;
        private final Set<Statement> kept = identities();
        private final Set<Statement> inUse = identities();
        private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= MOST_PER_CONNECTION) {
                    return false;
                }
                kept.remove(eldest.getValue());
                if (!inUse.contains(eldest.getValue())) {
                    closeQuietly(eldest.getValue());
                }
                return true;
            }
        };

        Kept(Connection connection) {
            this.connection = connection;
        }

        @Override
        public synchronized PreparedStatement create(Connection handleConnection, String sql, StatementContext context)
                throws SQLException {
            if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
                return super.create(handleConnection, sql, context);
            }
            PreparedStatement statement = bySql.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                bySql.put(sql, statement);
                kept.add(statement);
            } else if (inUse.contains(statement)) {
                return super.create(handleConnection, sql, context);
            } else {
                statement.clearParameters();
            }
            inUse.add(statement);
            return statement;
        }

        @Override
        public synchronized void close(Connection handleConnection, String sql, Statement statement)
                throws SQLException {
            inUse.remove(statement);
            if (!kept.contains(statement)) {
                super.close(handleConnection, sql, statement);
            }
        }

        private static Set<Statement> identities() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }

        private static void closeQuietly(Statement statement) {
            try {
                statement.close();
            } catch (SQLException e) {
                // Closing a statement the database no longer holds frees nothing more.
            }
        }
    }
}
