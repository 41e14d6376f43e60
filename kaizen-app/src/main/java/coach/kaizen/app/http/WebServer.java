package coach.kaizen.app.http;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.TrustedProxies;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;

/** The HTTP server: Jetty and Javalin set up, security headers, errors; the routes come from a {@link RouteTable}. */
public final class WebServer implements AutoCloseable {

    /** The most a request body may carry (a Loop backup is the biggest we take); more is refused with 413. */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** What a route table is given to declare its routes with. */
    public interface RouteTable {
        void declare(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies);
    }

    /** Serves on the host and port {@code settings} name, behind its trusted proxies, at its public address. */
    public static WebServer start(AppConfig settings, SignInService signIns, RouteTable table,
            RequestLog.Listener listener) {
        ObjectMapper mapper = Json.mapper();
        TrustedProxies proxies = settings.trustedProxies();
        boolean publicHttps = settings.publicUrl() != null && "https".equals(settings.publicUrl().getScheme());
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new UnreadableRequests(mapper));
                // Javalin puts its servlet inside: every body is in memory before a thread of the app is taken.
                server.setHandler(new BodiesFirst());
            });
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // A path that is there but not for this method is said so (405), not "nothing here".
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(mapper, false));
            // Javalin's own file handler reads files through the class loader; Jetty's mounts the whole
            // jar as a zip file system, which cost a fifth of the start and 50 MiB of memory held.
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
            });
            // htmx comes in its webjar and is served from /webjars by us, never fetched from a CDN.
            config.staticFiles.enableWebjars();
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(ctx -> ClientAddress.note(ctx, proxies));
            config.routes.before(ctx -> Cookies.note(ctx, publicHttps, proxies));
            // No API answer is kept by a browser or a proxy; signed-in pages say so in Auth.
            config.routes.before("/api/*", NoStore::apply);
            RequestLog.register(config, listener);
            Auth auth = new Auth(signIns);
            config.routes.before(ctx -> BodiesFirst.refuseTooLarge(ctx, auth));
            config.routes.before(TypedText::checkForm);
            Pages pages = new Pages();
            table.declare(config.routes, auth, pages, new Bodies(mapper));
            new Errors(pages, auth).register(config.routes);
        });
        return new WebServer(javalin.start());
    }

    /** One route the app declares: its method ("GET") and path ("/aims/{aimId}"). */
    public record Route(String method, String path) {
    }

    /** Every route declared, for tests that walk them all. */
    public List<Route> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> new Route(parsed.endpoint.method.name(), parsed.endpoint.path)).toList();
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
