package coach.kaizen.app.testing;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** Real, migrated databases for tests: a SQLite file in a temp folder, or a fresh PostgreSQL schema. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String postgresUrl() {
        String url = System.getenv("KAIZEN_TEST_PG_URL");
        return url == null || url.isBlank() ? null : url;
    }

    /** A second database, empty but for what a test restores into it and drops again. */
    public static String postgresRestoreUrl() {
        String url = System.getenv("KAIZEN_TEST_PG_RESTORE_URL");
        return url == null || url.isBlank() ? null : url;
    }

    /** A PostgreSQL server a test may stop and start again, none other using it; see {@link RequiresPostgres#restartableServer}. */
    public record RestartableServer(String url, List<String> control) {
    }

    public static Optional<RestartableServer> restartableServer() {
        String url = System.getenv("KAIZEN_TEST_PG_RESTART_URL");
        String control = System.getenv("KAIZEN_TEST_PG_CTL");
        if (url == null || url.isBlank() || control == null || control.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RestartableServer(url, List.of(control.strip().split("\\s+"))));
    }

    public static TestDatabase sqlite(Path folder) {
        return sqliteAt(folder, null);
    }

    /** As {@link #sqlite}, its schema only at {@code version} (null: the latest), to test the migrations after it. */
    public static TestDatabase sqliteAt(Path folder, String version) {
        AppConfig config = AppConfig.resolve(new AppConfig.Flags(null, null, folder.toString(), null), Map.of());
        return new TestDatabase(migrated(config, new Properties(), version), config.jdbcUrl(), new Properties(), () -> { });
    }

    /** A database in a schema of its own, dropped again when the test database is closed. */
    public static TestDatabase postgres() {
        return postgres(postgresUrl());
    }

    /** As {@link #postgres()}, in the database at {@code base}. */
    public static TestDatabase postgres(String base) {
        return postgresAt(base, null);
    }

    /** As {@link #postgres(String)}, its schema only at {@code version} (null: the latest). */
    public static TestDatabase postgresAt(String base, String version) {
        Properties credentials = postgresCredentials();
        String schema = "kz_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Jdbc.execute(base, credentials, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        AppConfig config = AppConfig.resolve(new AppConfig.Flags(null, null, null, url), System.getenv());
        return new TestDatabase(migrated(config, credentials, version), url, credentials,
                () -> Jdbc.execute(base, credentials, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static Database migrated(AppConfig config, Properties credentials, String version) {
        Database database = Database.open(config);
        if (version == null) {
            database.migrate();
        } else {
            migrateTo(database.dialect(), config.jdbcUrl(), credentials, version);
        }
        return database;
    }

    /** Applies the migrations up to {@code version} and none after it. */
    static void migrateTo(Dialect dialect, String url, Properties credentials, String version) {
        Flyway.configure()
                .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                .locations("classpath:db/migration/" + (dialect == Dialect.SQLITE ? "sqlite" : "postgresql"))
                .target(version)
                .load()
                .migrate();
    }

    /** The user and password from KAIZEN_DB_USER and KAIZEN_DB_PASSWORD, when the URL does not carry them. */
    public static Properties postgresCredentials() {
        Properties credentials = new Properties();
        putIfSet(credentials, "user", System.getenv("KAIZEN_DB_USER"));
        putIfSet(credentials, "password", System.getenv("KAIZEN_DB_PASSWORD"));
        return credentials;
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(key, value);
        }
    }
}
