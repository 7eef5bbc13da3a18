package id.sinergi.action;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file a user attaches to a progress update: the name their browser sent and where to read its bytes. The service
 * reads at most the size limit (plus one byte to notice more), so an endless or huge stream is never buffered.
 */
public record EvidenceUpload(String fileName, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
