package id.sinergi.action;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands chunks of rows from the thread that reads them (it holds the transaction and its connection) to a second
 * thread that gives them to the sink, so that reading the next rows from the database and writing the last ones to
 * the file happen at the same time on two cores. At most one chunk waits between the two, so memory still holds a
 * fixed number of chunks. A failure on either side stops both and reaches the caller.
 */
final class RowPipe {

    private static final List<ActionItemRow> END = List.of();

    private final BlockingQueue<List<ActionItemRow>> queue = new ArrayBlockingQueue<>(1);
    private final Thread writer;
    private volatile Throwable failure;

    RowPipe(Consumer<ActionItemRow> sink) {
        writer = Thread.ofPlatform().name("export-rows").daemon(true).start(() -> {
            try {
                for (List<ActionItemRow> rows = queue.take(); rows != END; rows = queue.take()) {
                    rows.forEach(sink);
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear();
            }
        });
    }

    /** Waits while the writing thread is still busy with the previous chunk; throws what it failed with. */
    void put(List<ActionItemRow> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows on", e);
        }
        rethrowFailure();
    }

    /** After the last chunk: waits until every row has reached the sink, then throws what the sink failed with. */
    void finish() {
        put(END);
        join();
        rethrowFailure();
    }

    /** When reading failed: lets the writing thread stop after its current chunk, and waits for it. */
    void abandon() {
        queue.clear();
        queue.offer(END);
        join();
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rows to be written", e);
        }
    }

    private void rethrowFailure() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
