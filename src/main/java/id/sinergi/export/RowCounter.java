package id.sinergi.export;

/** Counts written rows for one export, tells the listener every few rows, and stops the export when cancelled. */
final class RowCounter {

    private static final int REPORT_EVERY = 500;

    private final ExportProgress progress;
    private final long total;
    private long done;

    RowCounter(ExportProgress progress, long total) {
        this.progress = progress;
        this.total = total;
        progress.rowsWritten(0, total);
    }

    void row() {
        done++;
        if (done % REPORT_EVERY == 0) {
            if (progress.cancelled()) {
                throw new ExportCancelledException();
            }
            progress.rowsWritten(done, total);
        }
    }

    long done() {
        return done;
    }

    void finished() {
        if (progress.cancelled()) {
            throw new ExportCancelledException();
        }
        progress.rowsWritten(done, total);
    }
}
