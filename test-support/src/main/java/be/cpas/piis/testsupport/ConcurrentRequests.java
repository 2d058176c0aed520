package be.cpas.piis.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests sent at the same moment, each from its own thread, to see what a service makes of
 * concurrent changes of one resource (X5: one wins, the others are a 409). Bounded in time: a
 * request that hangs fails the test instead of blocking the build.
 */
public final class ConcurrentRequests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ConcurrentRequests() {
    }

    /** Runs every request at once, released together by a barrier; returns their status codes in the order given. */
    @SafeVarargs
    public static List<Integer> atOnce(Callable<Integer>... requests) {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    return request.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            return statuses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for concurrent requests", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A concurrent request failed or did not answer within " + PATIENCE, e);
        } finally {
            threads.shutdownNow();
        }
    }
}
