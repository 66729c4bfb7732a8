package org.seigraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.seigraph.support.Alongside;

/** Background writers wait while a foreground write is in flight, and only a bounded time. */
@Alongside
class WriteTurnsTest {

    private final WriteTurns turns = new WriteTurns();

    @Test
    void aBackgroundWriterWaitsForTheForegroundWriteInFlight() throws Exception {
        assertThat(turns.awaitQuiet(Duration.ZERO)).as("nothing in flight").isTrue();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> write = CompletableFuture.supplyAsync(() -> turns.foreground(() -> {
            inside.countDown();
            await(release);
            return "written";
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(turns.awaitQuiet(Duration.ofMillis(50))).as("bounded: gives up while the write is in flight").isFalse();

        CompletableFuture<Boolean> background = CompletableFuture.supplyAsync(() -> turns.awaitQuiet(Duration.ofMinutes(1)));
        assertThat(background).isNotDone();
        release.countDown();
        assertThat(write.get(10, TimeUnit.SECONDS)).isEqualTo("written");
        assertThat(background.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailedWriteStillLetsBackgroundWritersGo() {
        try {
            turns.foreground(() -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the write's own failure
        }
        assertThat(turns.awaitQuiet(Duration.ZERO)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
