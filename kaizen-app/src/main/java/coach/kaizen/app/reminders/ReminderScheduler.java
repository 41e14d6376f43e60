package coach.kaizen.app.reminders;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the sender for the reminders due, every so often, on a thread of its own, until closed. */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ScheduledExecutorService ticks;

    private ReminderScheduler(ScheduledExecutorService ticks) {
        this.ticks = ticks;
    }

    public static ReminderScheduler start(ReminderDeliveryService sender, Duration every) {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "kaizen-reminders");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(() -> tick(sender), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new ReminderScheduler(ticks);
    }

    /** A tick that goes wrong (the database away a moment) is logged, and the next one tries again. */
    private static void tick(ReminderDeliveryService sender) {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Reminders could not be sent this time: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        try {
            ticks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
