package id.sinergi.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The hand-over between the thread that reads export rows and the thread that writes them. */
class RowPipeTest {

    @Test
    void every_row_reaches_the_sink_in_order_on_another_thread_before_finish_returns() {
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        RowPipe pipe = new RowPipe(row -> {
            seen.add(row.id());
            threads.add(Thread.currentThread().getName());
        });
        for (int chunk = 0; chunk < 5; chunk++) {
            int first = chunk * 100;
            pipe.put(IntStream.range(first, first + 100).mapToObj(RowPipeTest::row).toList());
        }
        pipe.finish();

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 500).mapToObj(i -> (long) i).toList());
        assertThat(threads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void a_failing_sink_stops_the_reader_with_the_sinks_exception() {
        IllegalStateException cancelled = new IllegalStateException("cancelled by the user");
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        RowPipe pipe = new RowPipe(row -> {
            if (row.id() == 150) {
                throw cancelled;
            }
            seen.add(row.id());
        });

        assertThatThrownBy(() -> {
            for (int chunk = 0; chunk < 1000; chunk++) {
                int first = chunk * 100;
                pipe.put(IntStream.range(first, first + 100).mapToObj(RowPipeTest::row).toList());
            }
            pipe.finish();
        }).isSameAs(cancelled);
        assertThat(seen).hasSize(150).last().isEqualTo(149L);
    }

    @Test
    void abandoning_after_a_read_failure_lets_the_writer_finish_its_chunk_and_stop() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        RowPipe pipe = new RowPipe(row -> {
            writing.countDown();
            await(release);
            seen.add(row.id());
        });
        pipe.put(List.of(row(1), row(2)));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        pipe.put(List.of(row(3)));

        Thread abandoning = Thread.ofPlatform().start(pipe::abandon);
        awaitJoining(abandoning);
        release.countDown();
        abandoning.join(10_000);

        assertThat(abandoning.isAlive()).as("abandon() returned").isFalse();
        assertThat(seen).containsExactly(1L, 2L);
    }

    /** abandon() drops the waiting chunk before it waits for the writer; its thread waiting means it has dropped it. */
    private static void awaitJoining(Thread abandoning) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (abandoning.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(abandoning.getState()).isEqualTo(Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ActionItemRow row(long id) {
        return new ActionItemRow(id, 1, null, (int) id, "Sosialisasi " + id, null, null, null, LocalDate.of(2026, 1, 1),
                1, "BP3MI", "BP3MI Banten", List.of(), null, null, NationalStrategy.PREVENTION,
                ActionItemStatus.NOT_STARTED, 0, null, null);
    }
}
