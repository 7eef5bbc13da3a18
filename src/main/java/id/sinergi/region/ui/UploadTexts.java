package id.sinergi.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component owner) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("region.upload.connecting"))
                        .setStalled(owner.getTranslation("region.upload.stalled"))
                        .setProcessing(owner.getTranslation("region.upload.processing"))
                        .setHeld(owner.getTranslation("region.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("region.upload.remaining"))
                        .setUnknown(owner.getTranslation("region.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("region.upload.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("region.upload.serverError"))
                        .setForbidden(owner.getTranslation("region.upload.forbidden"))
                        .setFileTooLarge(owner.getTranslation("region.upload.tooBig")));
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("region.upload.drop"))
                        .setMany(owner.getTranslation("region.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("region.upload.add"))
                        .setMany(owner.getTranslation("region.upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("region.upload.tooMany"))
                        .setFileIsTooBig(owner.getTranslation("region.upload.tooBig"))
                        .setIncorrectFileType(owner.getTranslation("region.upload.wrongType")))
                .setFile(new UploadI18N.File().setRetry(owner.getTranslation("region.upload.retry"))
                        .setStart(owner.getTranslation("region.upload.start"))
                        .setRemove(owner.getTranslation("region.upload.remove")))
                .setUploading(uploading);
    }
}
