package id.sinergi.export.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.sinergi.base.ui.Notifications;
import id.sinergi.export.ExportCancelledException;
import id.sinergi.export.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one export on a background thread with the user's security context, into a temporary file. Progress reaches
 * the browser by server push (a few times a second); "cancel" stops the export at its next page; when the file is ready
 * the dialog offers it and starts the download. Closing the dialog cancels a running export and deletes the file.
 */
class ExportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDialog.class);
    private static final long PUSH_INTERVAL_NANOS = 200_000_000L;

    final ProgressBar progress = new ProgressBar();
    final Span rows = new Span();
    final Paragraph outcome = new Paragraph();
    final Button cancel = new Button();
    final Button close = new Button();
    private final String fileName;
    private final ExportJob job;
    private final TaskExecutor executor;
    private volatile boolean cancelled;
    private volatile boolean running;
    private Path file;
    Anchor download;

    ExportDialog(String fileName, ExportJob job, TaskExecutor executor) {
        this.fileName = fileName;
        this.job = job;
        this.executor = executor;
        setHeaderTitle(getTranslation("export.dialog.title"));
        setWidth("min(32rem, 95vw)");
        setId("export-dialog");
        rows.setId("export-rows");
        outcome.setId("export-outcome");
        outcome.setVisible(false);
        progress.setIndeterminate(true);
        cancel.setText(getTranslation("export.dialog.cancel"));
        cancel.setId("export-cancel");
        cancel.addClickListener(e -> cancelled = true);
        close.setText(getTranslation("action.close"));
        close.setId("export-close");
        close.addClickListener(e -> close());
        add(new Paragraph(getTranslation("export.dialog.preparing", fileName)), progress, rows, outcome);
        getFooter().add(cancel, close);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (file == null) {
            start(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cancelled = true;
        if (!running) {
            deleteFile();
        }
        super.onDetach(detachEvent);
    }

    private void start(UI ui) {
        try {
            file = Files.createTempFile("sinergi-export-", ".xlsx");
        } catch (IOException e) {
            failed(e);
            return;
        }
        running = true;
        Runnable task = () -> run(ui);
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void run(UI ui) {
        try (OutputStream out = Files.newOutputStream(file)) {
            job.write(out, progressIn(ui));
            running = false;
            ui.access(this::ready);
        } catch (ExportCancelledException e) {
            running = false;
            deleteFile();
            ui.access(() -> finished(getTranslation("export.dialog.cancelled")));
        } catch (IOException | RuntimeException e) {
            running = false;
            deleteFile();
            LOG.error("Export {} failed", fileName, e);
            ui.access(() -> failed(e));
        }
    }

    /** Progress from the export's thread, pushed at most a few times a second. */
    private ExportProgress progressIn(UI ui) {
        long[] last = {0};
        return new ExportProgress() {
            @Override
            public void rowsWritten(long done, long total) {
                long now = System.nanoTime();
                if (now - last[0] >= PUSH_INTERVAL_NANOS) {
                    last[0] = now;
                    ui.access(() -> showProgress(done, total));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    private void showProgress(long done, long total) {
        progress.setIndeterminate(total <= 0);
        if (total > 0) {
            progress.setValue(Math.min(1.0, (double) done / total));
        }
        rows.setText(getTranslation("export.dialog.rows", done, total));
    }

    private void ready() {
        if (!isAttached()) {
            deleteFile();
            return;
        }
        finished(getTranslation("export.dialog.ready", fileName));
        download = new Anchor(DownloadHandler.forFile(file.toFile(), fileName), AttachmentType.DOWNLOAD,
                getTranslation("export.dialog.download"));
        download.setId("export-download");
        add(download);
        download.getElement().executeJs("this.click()");
    }

    private void failed(Exception error) {
        finished(error instanceof RuntimeException e ? Notifications.message(e) : getTranslation("export.dialog.failed"));
    }

    private void finished(String message) {
        progress.setVisible(false);
        rows.setVisible(false);
        cancel.setVisible(false);
        outcome.setText(message);
        outcome.setVisible(true);
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the export file {}", file, e);
            }
        }
    }

    boolean isRunning() {
        return running;
    }
}
