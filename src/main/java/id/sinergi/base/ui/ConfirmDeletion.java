package id.sinergi.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way Sinergi asks before deleting something: a heading, what goes, "Batal" and a red "Hapus". */
public final class ConfirmDeletion {

    private ConfirmDeletion() {
    }

    /** Opens the question; {@code onConfirmed} runs only when the user confirms. Returns the open dialog. */
    public static ConfirmDialog ask(String id, String header, String text, Runnable onConfirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        dialog.setConfirmText(dialog.getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId(id);
        dialog.addConfirmListener(e -> onConfirmed.run());
        dialog.open();
        return dialog;
    }
}
