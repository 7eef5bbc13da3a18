package id.sinergi.export.ui;

import id.sinergi.export.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;

/** One export to run in the background: writes the file, reporting progress and stopping when cancelled. */
@FunctionalInterface
interface ExportJob {

    void write(OutputStream out, ExportProgress progress) throws IOException;
}
