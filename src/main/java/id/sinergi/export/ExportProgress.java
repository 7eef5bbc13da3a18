package id.sinergi.export;

/**
 * What a running export reports and asks: rows written so far of the expected total (-1 when unknown), and whether the
 * user has cancelled (the export then stops with {@link ExportCancelledException}). Called on the export's thread.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void rowsWritten(long done, long total) {
            // nobody watches
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void rowsWritten(long done, long total);

    boolean cancelled();
}
