package id.sinergi.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.sinergi.base.ui.Notifications;
import id.sinergi.meeting.ActionItemSummary;
import id.sinergi.meeting.FollowUpService;
import id.sinergi.meeting.Meeting;
import java.util.List;
import java.util.function.Consumer;

/** "Plan the follow-up meeting": says what is copied and lets the coordinator pick the open action items to carry. */
class FollowUpDialog extends Dialog {

    final CheckboxGroup<ActionItemSummary> carried = new CheckboxGroup<>();
    final Button create = new Button();

    FollowUpDialog(Meeting meeting, FollowUpService followUpService, Consumer<Meeting> onCreated) {
        setHeaderTitle(getTranslation("followUp.plan"));
        add(new Paragraph(getTranslation("followUp.intro")));
        List<ActionItemSummary> open = followUpService.carryOverCandidates(meeting.getId());
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("followUp.noOpenItems")));
        } else {
            carried.setLabel(getTranslation("followUp.carryOver"));
            carried.setItems(open);
            carried.setItemLabelGenerator(i -> i.number() + ". " + i.activity() + " — " + i.responsibleAgency());
            carried.setValue(java.util.Set.copyOf(open));
            carried.setId("follow-up-carried");
            add(carried);
        }
        create.setText(getTranslation("followUp.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("follow-up-create");
        create.addClickListener(e -> {
            Meeting[] created = new Meeting[1];
            if (Actions.run(() -> created[0] = followUpService.planFollowUp(meeting.getId(),
                    carried.getValue().stream().map(ActionItemSummary::id).toList()))) {
                Notifications.showSuccess(getTranslation("followUp.created"));
                close();
                onCreated.accept(created[0]);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
        setWidth("min(40em, 100vw)");
    }
}
