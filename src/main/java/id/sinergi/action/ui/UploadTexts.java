package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component owner, long maxBytes) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("evidence.upload.addOne"))
                .setMany(owner.getTranslation("evidence.upload.addMany")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("evidence.upload.dropOne"))
                .setMany(owner.getTranslation("evidence.upload.dropMany")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("evidence.upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation("evidence.upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("evidence.upload.wrongType")));
        texts.setFile(new UploadI18N.File().setRemove(owner.getTranslation("evidence.upload.remove"))
                .setRetry(owner.getTranslation("evidence.upload.retry")).setStart(owner.getTranslation("evidence.upload.start")));
        texts.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return texts;
    }
}
