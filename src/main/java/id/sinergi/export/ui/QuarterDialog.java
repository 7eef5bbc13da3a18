package id.sinergi.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import id.sinergi.desabinaan.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Asks which quarter's activities the roster shows: the current one or one of the seven before it. */
class QuarterDialog extends Dialog {

    private static final int QUARTERS = 8;

    final Select<Quarter> quarter = new Select<>();
    final Button create = new Button();

    QuarterDialog(Consumer<Quarter> onChosen) {
        setHeaderTitle(getTranslation("export.rosterDialog.title"));
        setId("export-quarter-dialog");
        List<Quarter> choices = new ArrayList<>();
        Quarter next = Quarter.current();
        for (int i = 0; i < QUARTERS; i++) {
            choices.add(next);
            next = next.previous();
        }
        quarter.setLabel(getTranslation("export.rosterDialog.quarter"));
        quarter.setItems(choices);
        quarter.setItemLabelGenerator(q -> getTranslation("export.rosterDialog.quarterValue", q.number(),
                String.valueOf(q.year())));
        quarter.setValue(choices.getFirst());
        quarter.setId("export-quarter");
        add(quarter);
        create.setText(getTranslation("export.dialog.download"));
        create.addClickListener(e -> {
            close();
            onChosen.accept(quarter.getValue());
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("export-quarter-create");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
