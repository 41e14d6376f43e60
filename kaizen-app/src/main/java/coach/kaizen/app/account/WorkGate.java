package coach.kaizen.app.account;

import coach.kaizen.app.service.WaitFirst;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Heavy work (an Argon2 hash takes 19 MiB and most of a core) done at most {@code at} a time, so a
 * flood of password guesses queues here instead of taking the CPU and the memory from everyone else.
 * At most {@code waiting} may wait their turn, each no longer than {@code patience}; beyond that the
 * caller is told to try again shortly ({@link WaitFirst#busy()}).
 */
final class WorkGate {

    private final Semaphore turns;
    private final int most;
    private final Duration patience;
    private final AtomicInteger inside = new AtomicInteger();

    WorkGate(int at, int waiting, Duration patience) {
        this.turns = new Semaphore(at, true);
        this.most = at + waiting;
        this.patience = patience;
    }

    /** How many are at the gate now, working or waiting (what a test watches the line with). */
    int inside() {
        return inside.get();
    }

    <T> T run(Supplier<T> work) {
        if (inside.incrementAndGet() > most) {
            inside.decrementAndGet();
            throw WaitFirst.busy();
        }
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw WaitFirst.busy();
            }
            try {
                return work.get();
            } finally {
                turns.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WaitFirst.busy();
        } finally {
            inside.decrementAndGet();
        }
    }
}
