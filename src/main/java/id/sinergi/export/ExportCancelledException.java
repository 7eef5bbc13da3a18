package id.sinergi.export;

/** The user cancelled an export while it ran; the partly written file is to be thrown away. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("Export cancelled");
    }
}
