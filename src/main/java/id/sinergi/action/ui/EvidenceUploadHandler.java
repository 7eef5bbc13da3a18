package id.sinergi.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an evidence file into a temporary file, streaming, and stops one byte past the size limit: a 1 GB upload
 * costs at most the limit on disk and nothing in memory. What arrives is handed to the form inside the UI lock.
 */
class EvidenceUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final SerializableConsumer<PendingEvidence> onReceived;

    EvidenceUploadHandler(long maxBytes, SerializableConsumer<PendingEvidence> onReceived) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("sinergi-evidence-", ".part");
        long copied;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            copied = copyAtMost(in, out, maxBytes + 1);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        UI ui = event.getUI();
        String name = event.getFileName();
        if (copied > maxBytes) {
            Files.deleteIfExists(file);
            BusinessRuleException tooLarge = new BusinessRuleException("evidence.error.tooLarge", name,
                    maxBytes / (1024 * 1024));
            event.reject(ui.getTranslation(tooLarge.messageKey(), tooLarge.arguments()));
            ui.access(() -> Notifications.showError(tooLarge));
            return;
        }
        ui.access(() -> onReceived.accept(new PendingEvidence(name, file)));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }
}
