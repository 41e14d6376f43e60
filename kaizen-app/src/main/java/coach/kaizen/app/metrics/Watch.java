package coach.kaizen.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What an operator watches, in Prometheus's text format: requests by route template and status,
 * check-ins saved, steps replayed, the database pool and the JVM. Meters hold counts and times only:
 * never an id, a path as asked, or anything a person typed.
 */
public final class Watch implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter newCheckIns;
    private final Counter correctedCheckIns;
    private final Counter replays;

    public Watch() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        newCheckIns = checkIns("new");
        correctedCheckIns = checkIns("corrected");
        replays = Counter.builder("kaizen.engine.replays")
                .description("Steps whose progress was rebuilt from their check-ins").register(registry);
    }

    private Counter checkIns(String kind) {
        return Counter.builder("kaizen.check.ins.saved").description("Check-ins saved: a new day, or a day corrected")
                .tag("kind", kind).register(registry);
    }

    /** Where the database's pool records its use. */
    public MeterRegistry registry() {
        return registry;
    }

    /** One request answered: its method, the route it matched (never the path as asked) and its status. */
    public void answered(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("Requests answered, by route template and status")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(took);
    }

    /** A check-in saved: a new day's ({@code created}), or a day corrected. */
    public void checkInSaved(boolean created) {
        (created ? newCheckIns : correctedCheckIns).increment();
    }

    /** A step's progress rebuilt from its check-ins. */
    public void replayed() {
        replays.increment();
    }

    /** Everything, in Prometheus's text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
