package id.sinergi.action.ui;

import id.sinergi.action.EvidenceUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An uploaded evidence file waiting in a temporary file until its progress update is sent (or dropped). */
record PendingEvidence(String fileName, Path file) {

    EvidenceUpload toUpload() {
        return new EvidenceUpload(fileName, () -> Files.newInputStream(file));
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
