package coach.kaizen.app.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionException;
import org.sqlite.SQLiteException;

/**
 * The database could not take this request: not reachable, full, or only readable. The request
 * was not saved (its transaction rolled back), unless it was lost while committing ({@link #unsure()});
 * what was saved before is untouched.
 */
public final class DatabaseTrouble extends RuntimeException {

    /** Why, in the words an operator acts on. */
    enum Kind {
        UNREACHABLE("unreachable"), FULL("full"), READ_ONLY("read-only");

        private final String said;

        Kind(String said) {
            this.said = said;
        }

        /** As /health says it. */
        String said() {
            return said;
        }
    }

    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final String POSTGRES_DISK_FULL = "53100";

    private final Kind kind;
    private final boolean unsure;

    DatabaseTrouble(Kind kind, Throwable cause, boolean unsure) {
        super("the database is " + kind.said(), cause);
        this.kind = kind;
        this.unsure = unsure;
    }

    /**
     * The connection was lost while committing: the server may have saved the request or not, and we
     * cannot tell. (A SQLite commit that fails is rolled back; only a server gone at that moment leaves it open.)
     */
    public boolean unsure() {
        return unsure;
    }

    /** Why, as /health says it: "unreachable", "full" or "read-only". */
    public String reason() {
        return kind.said();
    }

    /** A database gone comes back by itself; room or rights wait for an operator. */
    public boolean passing() {
        return kind == Kind.UNREACHABLE;
    }

    /**
     * The trouble behind {@code e}, if it is one of ours to name; anything else is a plain error. A SQLite
     * I/O error is read-only when the database's files cannot be written now ({@code files}): a connection
     * opened before the file became read-only meets it so.
     */
    static Optional<Kind> of(Throwable e, SqliteFiles files) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<Kind> kind = kindOf(cause, files);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(Throwable e, SqliteFiles files) {
        if (e instanceof ConnectionException || e instanceof SQLTransientConnectionException) {
            return Optional.of(Kind.UNREACHABLE);
        }
        if (e instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            boolean readOnly = primary == SQLITE_READONLY || (primary == SQLITE_IOERR && !files.writable());
            return primary == SQLITE_FULL ? Optional.of(Kind.FULL)
                    : readOnly ? Optional.of(Kind.READ_ONLY) : Optional.empty();
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: the connection is gone; 57P01-57P03: the server is shutting down or starting.
            if (state.startsWith("08") || state.startsWith("57P")) {
                return Optional.of(Kind.UNREACHABLE);
            }
            if (state.equals(POSTGRES_DISK_FULL)) {
                return Optional.of(Kind.FULL);
            }
        }
        return Optional.empty();
    }
}
