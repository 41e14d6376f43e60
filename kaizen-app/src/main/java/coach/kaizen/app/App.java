package coach.kaizen.app;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.web.WebServer;

/** The running app, composed from its config: database (migrated), then the web server. */
public final class App implements AutoCloseable {

    private final Database database;
    private final WebServer web;
    private final String host;

    private App(Database database, WebServer web, String host) {
        this.database = database;
        this.web = web;
        this.host = host;
    }

    public static App start(AppConfig config) {
        Database database = Database.open(config);
        try {
            database.migrate();
            WebServer web = WebServer.start(config.host(), config.port(), database);
            return new App(database, web, config.host());
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
        return database.label();
    }

    @Override
    public void close() {
        web.close();
        database.close();
    }
}
