package coach.kaizen.app.web;

import coach.kaizen.app.db.Database;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** The HTTP server. Every route the app has is declared here, in one place. */
public final class WebServer implements AutoCloseable {

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(String host, int port, Database database) {
        Pages pages = new Pages();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", ctx -> pages.render(ctx, "home.jte", Map.of()));
            config.routes.get("/help", ctx -> pages.render(ctx, "help.jte", Map.of()));
            config.routes.get("/health", new HealthHandler(database));
            new Errors(pages).register(config.routes);
        });
        return new WebServer(javalin.start());
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
