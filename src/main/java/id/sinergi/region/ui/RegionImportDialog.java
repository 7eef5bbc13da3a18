package id.sinergi.region.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.region.ImportMode;
import id.sinergi.region.ImportProblem;
import id.sinergi.region.ImportProgress;
import id.sinergi.region.ImportResult;
import id.sinergi.region.ImportStage;
import id.sinergi.region.RegionImporter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An administrator uploads a region file (CSV or .xlsx). The import runs on a background thread with the administrator's
 * security context; progress and the outcome reach the browser through server push ({@code UI.access}).
 */
class RegionImportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(RegionImportDialog.class);
    private static final double MEGABYTE = 1024.0 * 1024.0;
    private static final long PROGRESS_INTERVAL_NANOS = 150_000_000L;

    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span stage = new Span();
    final Paragraph outcome = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    private final RegionImporter importer;
    private final TaskExecutor executor;
    private final Runnable onImported;

    RegionImportDialog(RegionImporter importer, TaskExecutor executor, Runnable onImported) {
        this.importer = importer;
        this.executor = executor;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("region.import.title"));
        setWidth("min(56rem, 95vw)");

        mode.setLabel(getTranslation("region.import.mode.label"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(ImportMode.FULL_EDITION);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        upload = new Upload(UploadHandler.toTempFile(this::uploaded));
        upload.setId("region-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxFileSize()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(UploadTexts.of(this));

        progress.setVisible(false);
        stage.setVisible(false);
        outcome.setId("region-import-outcome");
        outcome.setVisible(false);
        problems.setId("region-import-problems");
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("region.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("region.import.problem"));
        problems.setHeight("18rem");
        problems.setVisible(false);

        add(new Paragraph(getTranslation("region.import.help", importer.maxFileSize() / MEGABYTE)), mode, upload,
                stage, progress, outcome, problems);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("region-import-close");
        getFooter().add(close);
    }

    /** Runs in the UI (the upload handler calls it under the session lock): hand the file to a background thread. */
    private void uploaded(UploadMetadata metadata, File file) {
        UI ui = UI.getCurrent();
        ImportMode chosen = mode.getValue() == null ? ImportMode.FULL_EDITION : mode.getValue();
        mode.setEnabled(false);
        upload.setVisible(false);
        outcome.setVisible(false);
        problems.setVisible(false);
        showProgress(ImportStage.READING, 0, -1);
        Runnable task = () -> run(ui, file.toPath(), metadata.fileName(), chosen);
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void run(UI ui, Path file, String fileName, ImportMode chosen) {
        try {
            ImportResult result = importer.importFile(file, fileName, chosen, progressIn(ui));
            ui.access(() -> show(result));
        } catch (RuntimeException e) {
            if (!(e instanceof BusinessRuleException)) {
                LOG.error("Region import of {} failed", fileName, e);
            }
            ui.access(() -> showRefusal(e));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temporary directory
            }
        }
    }

    /** Progress reports from the import thread, a few per second at most, pushed to the browser. */
    private ImportProgress progressIn(UI ui) {
        long[] last = {0};
        ImportStage[] lastStage = {null};
        return (current, done, total) -> {
            long now = System.nanoTime();
            if (current == lastStage[0] && now - last[0] < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastStage[0] = current;
            last[0] = now;
            ui.access(() -> showProgress(current, done, total));
        };
    }

    private void showProgress(ImportStage current, long done, long total) {
        stage.setText(getTranslation(current.messageKey()));
        stage.setVisible(true);
        progress.setVisible(true);
        progress.setIndeterminate(total <= 0);
        if (total > 0) {
            progress.setValue(Math.min(1.0, (double) done / total));
        }
    }

    private void show(ImportResult result) {
        stage.setVisible(false);
        progress.setVisible(false);
        outcome.setVisible(true);
        if (result.imported()) {
            outcome.setText(getTranslation("region.import.done", result.duration().toMillis() / 1000.0, result.rows(),
                    result.added(), result.updated(), result.retired(), result.unchanged()));
            outcome.getStyle().set("color", "var(--lumo-success-text-color)");
            onImported.run();
        } else {
            String shown = result.problems().size() < result.problemCount()
                    ? " " + getTranslation("region.import.refusedShown", result.problems().size()) : "";
            outcome.setText(getTranslation("region.import.refused", result.problemCount()) + shown);
            outcome.getStyle().set("color", "var(--lumo-error-text-color)");
            problems.setItems(result.problems());
            problems.setVisible(true);
            allowAnotherUpload();
        }
    }

    private void showRefusal(RuntimeException error) {
        stage.setVisible(false);
        progress.setVisible(false);
        outcome.setVisible(true);
        outcome.setText(Notifications.message(error));
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        allowAnotherUpload();
    }

    private void allowAnotherUpload() {
        upload.clearFileList();
        upload.setVisible(true);
        mode.setEnabled(true);
    }
}
