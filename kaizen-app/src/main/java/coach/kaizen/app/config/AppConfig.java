package coach.kaizen.app.config;

import coach.kaizen.core.text.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the app is configured with. Each setting comes from its command-line flag,
 * else its KAIZEN_* environment variable, else the default; a bad value fails at start.
 *
 * @param dbUrl      a JDBC URL; null means the embedded SQLite file under {@code dataDir}
 * @param dbUser     for PostgreSQL, from KAIZEN_DB_USER (or in the URL)
 * @param dbPassword for PostgreSQL, from KAIZEN_DB_PASSWORD only, so it never shows in a process list
 * @param crisisResources the operator's crisis lines (KAIZEN_CRISIS_RESOURCES), laid over ours; null: ours alone
 * @param publicUrl  where people reach the app (KAIZEN_PUBLIC_URL, such as https://coach.example.org/), for
 *                   the links in reminders and the calendar feed's address; null: the address it serves on
 * @param reminderTick how often reminders due are looked for (KAIZEN_REMINDER_TICK_SECONDS, 30 by default)
 * @param pushContact  a mailto: or https: address push services may write to about our pushes
 *                     (KAIZEN_PUSH_CONTACT); null: the public address
 * @param trustedProxies the proxies whose X-Forwarded-For names the client (KAIZEN_TRUSTED_PROXIES; none by default)
 * @param idleTimeout  how long a browser sign-in may go unused before it ends (KAIZEN_IDLE_TIMEOUT_HOURS, 12 by default)
 * @param metricsPort /metrics on a port of its own (KAIZEN_METRICS_PORT); null: not on a port of its own
 * @param metricsToken the token a scraper must send (KAIZEN_METRICS_TOKEN, 16 characters or more); alone, it
 *                   serves /metrics on the app's own port behind it. Neither set: no metrics served
 * @param localReminders whether reminders may be posted to this machine and private networks too
 *                   (KAIZEN_LOCAL_REMINDERS=allow, for a relay at home), not only to the internet
 */
public record AppConfig(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
        Path crisisResources, URI publicUrl, Duration reminderTick, TrustedProxies trustedProxies,
        Duration idleTimeout, String pushContact, Integer metricsPort, String metricsToken,
        boolean localReminders) {

    /** The shortest metrics token taken: long enough that guessing is no way in. */
    public static final int MIN_METRICS_TOKEN = 16;

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATA_DIR = "data";
    public static final String DATABASE_FILE = "kaizen.db";
    private static final String SQLITE = "jdbc:sqlite:";

    /** The values given on the command line; null where a flag was not given. */
    public record Flags(String host, String port, String dataDir, String dbUrl) {
        public static final Flags NONE = new Flags(null, null, null, null);
    }

    public static AppConfig resolve(Flags flags, Map<String, String> env) {
        Setting host = Setting.of("--host", flags.host(), "KAIZEN_HOST", env, DEFAULT_HOST);
        Setting port = Setting.of("--port", flags.port(), "KAIZEN_PORT", env, Integer.toString(DEFAULT_PORT));
        Setting dataDir = Setting.of("--data-dir", flags.dataDir(), "KAIZEN_DATA_DIR", env, DEFAULT_DATA_DIR);
        Setting dbUrl = Setting.of("--db-url", flags.dbUrl(), "KAIZEN_DB_URL", env, null);
        Setting crisis = Setting.of("--crisis-resources", null, "KAIZEN_CRISIS_RESOURCES", env, null);
        Setting publicUrl = Setting.of("--public-url", null, "KAIZEN_PUBLIC_URL", env, null);
        Setting tick = Setting.of("--reminder-tick", null, "KAIZEN_REMINDER_TICK_SECONDS", env, "30");
        Setting contact = Setting.of("--push-contact", null, "KAIZEN_PUSH_CONTACT", env, null);
        Setting proxies = Setting.of("--trusted-proxies", null, "KAIZEN_TRUSTED_PROXIES", env, null);
        Setting idle = Setting.of("--idle-timeout", null, "KAIZEN_IDLE_TIMEOUT_HOURS", env, "12");
        Setting metricsPort = Setting.of("--metrics-port", null, "KAIZEN_METRICS_PORT", env, null);
        Setting local = Setting.of("--local-reminders", null, "KAIZEN_LOCAL_REMINDERS", env, "refuse");
        return new AppConfig(
                host.required(),
                port.port(),
                dataDir.folder(),
                dbUrl.jdbcUrl(),
                blankToNull(env.get("KAIZEN_DB_USER")),
                blankToNull(env.get("KAIZEN_DB_PASSWORD")),
                crisis.value() == null ? null : crisis.path(),
                publicUrl.value() == null ? null : publicUrl.url(),
                Duration.ofSeconds(tick.seconds()),
                TrustedProxies.parse(proxies.value(), proxies.source()),
                Duration.ofHours(idle.hours()),
                contact.value() == null ? null : contact.contact(),
                metricsPort.value() == null ? null : metricsPort.port(),
                metricsToken(env.get("KAIZEN_METRICS_TOKEN")),
                local.allowed());
    }

    private static String metricsToken(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (token.strip().length() < MIN_METRICS_TOKEN) {
            throw new ConfigException(Message.of("cli.config.metricsToken", MIN_METRICS_TOKEN));
        }
        return token.strip();
    }

    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : SQLITE + dataDir.resolve(DATABASE_FILE);
    }

    /** The SQLite database file, or null on PostgreSQL. */
    public Path sqliteFile() {
        String url = jdbcUrl();
        if (!url.startsWith(SQLITE)) {
            return null;
        }
        int query = url.indexOf('?');
        return Path.of(url.substring(SQLITE.length(), query < 0 ? url.length() : query)).toAbsolutePath();
    }

    /** The database's address without credentials or parameters, fit to print. */
    public String databaseLabel() {
        String url = jdbcUrl();
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        return withoutQuery.replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public String toString() {
        return "AppConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", database=" + databaseLabel()
                + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One setting's winning value and where it came from, so an error can name the source. */
    private record Setting(String value, String source) {

        static Setting of(String flag, String flagValue, String envName, Map<String, String> env, String fallback) {
            if (flagValue != null) {
                return new Setting(flagValue.strip(), flag);
            }
            String fromEnv = blankToNull(env.get(envName));
            return fromEnv != null ? new Setting(fromEnv, envName) : new Setting(fallback, "default");
        }

        String required() {
            if (value == null || value.isEmpty()) {
                throw new ConfigException(Message.of("cli.config.empty", source));
            }
            return value;
        }

        int port() {
            try {
                int port = Integer.parseInt(required());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the value that was given
            }
            throw new ConfigException(Message.of("cli.config.port", source, String.valueOf(value)));
        }

        Path path() {
            try {
                return Path.of(required());
            } catch (InvalidPathException e) {
                throw new ConfigException(Message.of("cli.config.path", source, value));
            }
        }

        /** A folder, or a place to make one: a file of that name is refused before anything opens it. */
        Path folder() {
            Path folder = path();
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ConfigException(Message.of("cli.config.notFolder", source, value));
            }
            return folder;
        }

        URI url() {
            try {
                URI uri = new URI(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below with the value that was given
            }
            throw new ConfigException(Message.of("cli.config.publicUrl", source, value));
        }

        String contact() {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith("mailto:") && value.indexOf('@') > 7 || lower.startsWith("https://") && hasHost(value)) {
                return value;
            }
            throw new ConfigException(Message.of("cli.config.pushContact", source, value));
        }

        private static boolean hasHost(String written) {
            try {
                return new URI(written).getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        long seconds() {
            try {
                long seconds = Long.parseLong(required());
                if (seconds >= 1 && seconds <= 3600) {
                    return seconds;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the value that was given
            }
            throw new ConfigException(Message.of("cli.config.reminderTick", source, String.valueOf(value)));
        }

        boolean allowed() {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "allow" -> true;
                case "refuse" -> false;
                default -> throw new ConfigException(Message.of("cli.config.localReminders", source, value));
            };
        }

        /** Whole hours from 1 to 720 (30 days, a sign-in's whole life). */
        long hours() {
            try {
                long hours = Long.parseLong(required());
                if (hours >= 1 && hours <= 720) {
                    return hours;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the value that was given
            }
            throw new ConfigException(Message.of("cli.config.idleTimeout", source, String.valueOf(value)));
        }

        String jdbcUrl() {
            if (value == null) {
                return null;
            }
            if (value.startsWith("jdbc:postgresql://") || value.startsWith("jdbc:sqlite:")) {
                return value;
            }
            throw new ConfigException(Message.of("cli.config.dbUrl", source));
        }
    }
}
