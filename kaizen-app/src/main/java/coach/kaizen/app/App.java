package coach.kaizen.app;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.SqliteLock;
import coach.kaizen.app.db.Tally;
import coach.kaizen.app.help.CrisisResources;
import coach.kaizen.app.http.WebServer;
import coach.kaizen.app.metrics.MetricsAccess;
import coach.kaizen.app.metrics.MetricsPage;
import coach.kaizen.app.metrics.MetricsServer;
import coach.kaizen.app.metrics.Watch;
import coach.kaizen.app.reminders.Destinations;
import coach.kaizen.app.reminders.PushChannel;
import coach.kaizen.app.reminders.ReminderDeliveryService;
import coach.kaizen.app.reminders.ReminderScheduler;
import coach.kaizen.app.reminders.WebhookChannel;
import coach.kaizen.core.text.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** The running app, composed from its config: database (migrated), the web server, then the reminders' ticks. */
public final class App implements AutoCloseable {

    private final Services services;
    private final WebServer web;
    private final String host;
    private final SqliteLock serving;
    private final ReminderScheduler reminders;
    private final Watch watch;
    private final MetricsServer metrics;

    private App(Services services, WebServer web, String host, SqliteLock serving, ReminderScheduler reminders,
            Watch watch, MetricsServer metrics) {
        this.services = services;
        this.web = web;
        this.host = host;
        this.serving = serving;
        this.reminders = reminders;
        this.watch = watch;
        this.metrics = metrics;
    }

    /** Starts on {@code clock}: the system clock in production, any day a test or demo needs. */
    public static App start(AppConfig config, Clock clock) {
        requireFree(config.host(), config.port());
        if (config.metricsPort() != null) {
            requireFree(config.host(), config.metricsPort());
        }
        // On SQLite the server holds its file's lock while it runs, so `kaizen restore` can tell.
        SqliteLock serving = config.sqliteFile() == null ? null : SqliteLock.serving(config.sqliteFile());
        try {
            return start(config, clock, serving);
        } catch (RuntimeException e) {
            release(serving);
            throw e;
        }
    }

    /**
     * A port that cannot be listened on (taken, or a host that is not this machine's or no address at all)
     * is said before the data folder is made or migrated, so a server that cannot start leaves nothing
     * behind. (Port 0 asks for any free port.)
     */
    private static void requireFree(String host, int port) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new ConfigException(Message.of("cli.config.hostUnknown", host));
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(address);
        } catch (BindException refused) {
            throw new ConfigException(Message.of("cli.config.portTaken", String.valueOf(port), host,
                    String.valueOf(refused.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static App start(AppConfig config, Clock clock, SqliteLock serving) {
        Database database = Database.open(config);
        Watch watch = new Watch();
        try {
            database.migrate();
            watched(database, watch);
            Destinations destinations = new Destinations(config.localReminders());
            Services services = Services.over(database, clock, config.idleTimeout(), destinations);
            services.checkIns().replayStale();
            WebServer web = WebServer.start(config, services.signIns(),
                    withMetrics(new Routes(services, CrisisResources.load(config.crisisResources()),
                            config.publicUrl()), config, watch), watch::answered);
            MetricsServer metrics = config.metricsPort() == null ? null : MetricsServer.start(config.host(),
                    config.metricsPort(), watch, access(config));
            URI site = config.publicUrl() != null ? config.publicUrl() : URI.create(url(config.host(), web.port()));
            services.push().publicKey(); // the installation's VAPID key pair, made now by the first instance to start
            String contact = config.pushContact() != null ? config.pushContact() : site.toString();
            ReminderScheduler reminders = ReminderScheduler.start(new ReminderDeliveryService(database, services.clock(),
                    List.of(new WebhookChannel(WebhookChannel.TIMEOUT, destinations),
                            new PushChannel(services.push(), services.clock(), contact, PushChannel.TIMEOUT)), site),
                    config.reminderTick());
            return new App(services, web, config.host(), serving, reminders, watch, metrics);
        } catch (RuntimeException e) {
            database.close();
            watch.close();
            throw e;
        }
    }

    /** The database counts into the watch what it sees: check-ins saved, replays, its pool's use. */
    private static void watched(Database database, Watch watch) {
        database.meterPool(watch.registry());
        database.tally(new Tally() {
            @Override
            public void checkInSaved(boolean created) {
                watch.checkInSaved(created);
            }

            @Override
            public void replayed() {
                watch.replayed();
            }
        });
    }

    /** /metrics on the app's own port when the operator gave a token and no port of its own. */
    private static WebServer.RouteTable withMetrics(Routes routes, AppConfig config, Watch watch) {
        if (config.metricsToken() == null || config.metricsPort() != null) {
            return routes;
        }
        return (table, auth, pages, bodies) -> {
            routes.declare(table, auth, pages, bodies);
            table.get("/metrics", new MetricsPage(watch, access(config))::show);
        };
    }

    private static MetricsAccess access(AppConfig config) {
        return config.metricsToken() == null ? MetricsAccess.open() : MetricsAccess.withToken(config.metricsToken());
    }

    private static void release(SqliteLock serving) {
        if (serving != null) {
            serving.close();
        }
    }

    public String url() {
        return url(host, web.port());
    }

    private static String url(String host, int port) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port + "/";
    }

    public String databaseLabel() {
        return services.database().label();
    }

    /** Every route the web server declares. */
    public List<WebServer.Route> routes() {
        return web.routes();
    }

    public Services services() {
        return services;
    }

    /** The port /metrics is served on apart from the app, or -1 when it is not. */
    public int metricsPort() {
        return metrics == null ? -1 : metrics.port();
    }

    @Override
    public void close() {
        reminders.close();
        if (metrics != null) {
            metrics.close();
        }
        web.close();
        watch.close();
        services.database().close();
        release(serving);
    }
}
