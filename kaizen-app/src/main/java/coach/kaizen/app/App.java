package coach.kaizen.app;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.help.CrisisResources;
import coach.kaizen.app.http.WebServer;
import java.time.Clock;
import java.util.List;

/** The running app, composed from its config: database (migrated), then the web server. */
public final class App implements AutoCloseable {

    private final Services services;
    private final WebServer web;
    private final String host;

    private App(Services services, WebServer web, String host) {
        this.services = services;
        this.web = web;
        this.host = host;
    }

    /** Starts on {@code clock}: the system clock in production, any day a test or demo needs. */
    public static App start(AppConfig config, Clock clock) {
        Database database = Database.open(config);
        try {
            database.migrate();
            Services services = Services.over(database, clock);
            services.checkIns().replayStale();
            WebServer web = WebServer.start(config.host(), config.port(), services.signIns(),
                    new Routes(services, CrisisResources.load(config.crisisResources())));
            return new App(services, web, config.host());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String url() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + web.port() + "/";
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

    @Override
    public void close() {
        web.close();
        services.database().close();
    }
}
