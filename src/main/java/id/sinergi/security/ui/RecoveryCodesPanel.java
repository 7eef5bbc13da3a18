package id.sinergi.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The recovery codes, shown this once only: the user must keep them somewhere safe before going on. */
class RecoveryCodesPanel extends Composite<VerticalLayout> {

    final UnorderedList codes = new UnorderedList();
    final Button done = new Button();

    RecoveryCodesPanel(List<String> recoveryCodes, Runnable onDone) {
        codes.setId("recovery-codes");
        codes.addClassName("sinergi-code");
        recoveryCodes.forEach(code -> codes.add(new ListItem(code)));
        done.setText(getTranslation("twofactor.codes.done"));
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> onDone.run());
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("twofactor.codes.intro")), codes, done);
    }
}
