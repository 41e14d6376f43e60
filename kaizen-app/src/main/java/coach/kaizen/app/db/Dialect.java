package coach.kaizen.app.db;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** What differs between the two databases: migrations, row locks and how days and instants are stored. */
public enum Dialect {
    SQLITE("sqlite", "") {
        @Override
        void configure(Jdbi jdbi) {
            // Days as 'YYYY-MM-DD' and instants as fixed-width UTC text: readable, and they sort as they should.
            jdbi.registerArgument(argument(LocalDate.class, Types.VARCHAR, LocalDate::toString));
            jdbi.registerArgument(argument(Instant.class, Types.VARCHAR, INSTANT_TEXT::format));
            jdbi.setStatementBuilderFactory(new KeptStatements());
        }
    },
    POSTGRESQL("postgresql", " FOR UPDATE") {
        @Override
        void configure(Jdbi jdbi) {
            jdbi.registerArgument(argument(LocalDate.class, Types.DATE, day -> day));
            jdbi.registerArgument(argument(Instant.class, Types.TIMESTAMP_WITH_TIMEZONE,
                    instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
        }
    };

    static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String folder;
    private final String lockRows;

    Dialect(String folder, String lockRows) {
        this.folder = folder;
        this.lockRows = lockRows;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL");
    }

    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** Appended to a SELECT that must hold its rows until the transaction ends (SQLite locks the whole file). */
    String lockRows() {
        return lockRows;
    }

    abstract void configure(Jdbi jdbi);

    /** Binds values of {@code type} (null included, as {@code sqlType}) the way this database stores them. */
    private static <T> ArgumentFactory.Preparable argument(Class<T> type, int sqlType, Function<T, Object> toJdbc) {
        return new ArgumentFactory.Preparable() {
            @Override
            public Optional<Function<Object, Argument>> prepare(Type given, ConfigRegistry config) {
                if (!type.equals(given)) {
                    return Optional.empty();
                }
                return Optional.of(value -> value == null
                        ? new NullArgument(sqlType)
                        : (position, statement, context) -> statement.setObject(position, toJdbc.apply(type.cast(value))));
            }
        };
    }
}
