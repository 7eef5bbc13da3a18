package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.sinergi.meeting.AgendaItem;

/** Title, presenter and discussion notes of an agenda item. */
class AgendaItemForm extends Composite<FormLayout> {

    final TextField title = new TextField();
    final TextField presenter = new TextField();
    final TextArea discussion = new TextArea();
    private final BeanValidationBinder<AgendaItem> binder = new BeanValidationBinder<>(AgendaItem.class);

    AgendaItemForm() {
        title.setLabel(getTranslation("meeting.agenda.title"));
        title.setId("agenda-title");
        presenter.setLabel(getTranslation("meeting.agenda.presenter"));
        presenter.setId("agenda-presenter");
        discussion.setLabel(getTranslation("meeting.agenda.discussion"));
        discussion.setId("agenda-discussion");
        discussion.setMinHeight("12em");
        // no maxlength on the field: the browser would cut a pasted text silently; the binder says it is too long
        discussion.setValueChangeMode(ValueChangeMode.LAZY);
        discussion.addValueChangeListener(e -> discussion.setHelperText(getTranslation("meeting.characters",
                e.getValue().length(), AgendaItem.DISCUSSION_MAX_LENGTH)));
        binder.forField(title).asRequired(getTranslation("validation.required")).bind("title");
        binder.forField(presenter).bind("presenter");
        binder.forField(discussion).bind("discussion");
        getContent().add(title, presenter, discussion);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    void edit(AgendaItem item) {
        binder.readBean(item);
    }

    boolean writeTo(AgendaItem item) {
        return binder.writeBeanIfValid(item);
    }
}
