package coach.kaizen.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coach.kaizen.app.service.WaitFirst;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Password work queues at the gate: never more than its number at once, and a full line is told to come back. */
class WorkGateTest {

    @Test
    void manyConcurrentPasswordChecksNeverRunMoreThanTwoAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int check = 0; check < 16; check++) {
                checks.add(threads.submit(() -> Passwords.ARGON2.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(50);
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isLessThan(2);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).as("the most at once").isEqualTo(2);
    }

    @Test
    void aPasswordHashWaitsForATurnAtTheGate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            for (int turn = 0; turn < 2; turn++) {
                threads.submit(() -> Passwords.ARGON2.run(() -> {
                    holding.countDown();
                    await(release);
                    return null;
                }));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> hash = threads.submit(() -> Passwords.hash("a long secret"));
            sleep(500);
            assertThat(hash.isDone()).as("both turns are taken").isFalse();
            release.countDown();
            assertThat(hash.get(30, TimeUnit.SECONDS)).startsWith("$argon2id$");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFullLineIsToldToTryAgainShortlyInsteadOfWaitingWithoutEnd() throws Exception {
        WorkGate gate = new WorkGate(1, 2, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> admitted = new ArrayList<>();
            admitted.add(threads.submit(() -> gate.run(() -> {
                inside.countDown();
                await(release);
                return "first";
            })));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            admitted.add(threads.submit(() -> gate.run(() -> "second")));
            admitted.add(threads.submit(() -> gate.run(() -> "third")));
            waitUntilTheLineHolds(gate, admitted);
            WaitFirst busy = assertThrows(WaitFirst.class, () -> gate.run(() -> "fourth"));
            assertThat(busy.retryAfterSeconds()).isEqualTo(5);
            release.countDown();
            List<String> done = new ArrayList<>();
            for (Future<String> work : admitted) {
                done.add(work.get(10, TimeUnit.SECONDS));
            }
            assertThat(done).containsExactly("first", "second", "third");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void oneWaitingLongerThanItsPatienceIsToldToComeBack() throws Exception {
        WorkGate gate = new WorkGate(1, 5, Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<String> holding = threads.submit(() -> gate.run(() -> {
                inside.countDown();
                await(release);
                return "held";
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThrows(WaitFirst.class, () -> gate.run(() -> "late"));
            release.countDown();
            assertThat(holding.get(10, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(gate.run(() -> "after")).isEqualTo("after");
        } finally {
            threads.shutdownNow();
        }
    }

    /** The two waiting ones are queued (not yet done) once the gate refuses a fourth; give them a moment to arrive. */
    private static void waitUntilTheLineHolds(WorkGate gate, List<Future<String>> admitted) throws InterruptedException {
        for (int waited = 0; waited < 200 && gate.inside() < 3; waited++) {
            Thread.sleep(10);
        }
        assertThat(admitted).noneMatch(Future::isDone);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
