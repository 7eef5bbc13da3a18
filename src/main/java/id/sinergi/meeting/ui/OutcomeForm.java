package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import id.sinergi.meeting.AgendaItem;
import id.sinergi.meeting.Outcome;
import id.sinergi.meeting.OutcomeKind;
import java.util.List;

/** Kind, text and (optionally) the agenda item of an outcome. */
class OutcomeForm extends Composite<FormLayout> {

    final Select<OutcomeKind> kind = new Select<>();
    final TextArea content = new TextArea();
    final ComboBox<AgendaItem> agendaItem = new ComboBox<>();
    private final BeanValidationBinder<Outcome> binder = new BeanValidationBinder<>(Outcome.class);

    OutcomeForm(List<AgendaItem> agenda) {
        kind.setLabel(getTranslation("meeting.outcome.kind"));
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("outcome-kind");
        content.setLabel(getTranslation("meeting.outcome.content"));
        content.setMinHeight("8em");
        content.setId("outcome-content");
        agendaItem.setLabel(getTranslation("meeting.outcome.agendaItem"));
        agendaItem.setItems(agenda);
        agendaItem.setItemLabelGenerator(i -> i.getSortOrder() + ". " + i.getTitle());
        agendaItem.setClearButtonVisible(true);
        agendaItem.setId("outcome-agenda-item");
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        binder.forField(content).asRequired(getTranslation("validation.required")).bind("content");
        binder.forField(agendaItem).bind("agendaItem");
        getContent().add(kind, agendaItem, content);
        getContent().setColspan(content, 2);
    }

    void edit(Outcome outcome) {
        binder.readBean(outcome);
    }

    boolean writeTo(Outcome outcome) {
        return binder.writeBeanIfValid(outcome);
    }
}
