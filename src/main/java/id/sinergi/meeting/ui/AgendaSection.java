package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.sinergi.meeting.AgendaItem;
import id.sinergi.meeting.AgendaService;

/** The agenda of a meeting: ordered items with their discussion; editors add, change, reorder and remove. */
class AgendaSection extends Composite<VerticalLayout> {

    private final long meetingId;
    private final AgendaService agendaService;
    private final Runnable onChanged;
    final Grid<AgendaItem> grid = new Grid<>();
    final Button add = new Button();

    AgendaSection(long meetingId, AgendaService agendaService, boolean editable, Runnable onChanged) {
        this.meetingId = meetingId;
        this.agendaService = agendaService;
        this.onChanged = onChanged;
        add.setText(getTranslation("meeting.agenda.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("agenda-add");
        add.addClickListener(e -> openDialog(AgendaItem.blank()));
        add.setVisible(editable);
        grid.addColumn(AgendaItem::getSortOrder).setHeader(getTranslation("meeting.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgendaItem::getTitle).setHeader(getTranslation("meeting.agenda.title")).setKey("title")
                .setFlexGrow(2);
        grid.addColumn(AgendaItem::getPresenter).setHeader(getTranslation("meeting.agenda.presenter"))
                .setKey("presenter").setFlexGrow(1);
        grid.addComponentColumn(item -> {
            Span notes = new Span(item.getDiscussion() == null ? "" : item.getDiscussion());
            notes.addClassName("sinergi-notes");
            return notes;
        }).setHeader(getTranslation("meeting.agenda.discussion")).setKey("discussion").setFlexGrow(3);
        if (editable) {
            grid.addColumn(new ComponentRenderer<>(this::rowActions)).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setId("agenda-grid");
        getContent().setPadding(false);
        getContent().add(add, grid);
        refresh();
    }

    private HorizontalLayout rowActions(AgendaItem item) {
        return new HorizontalLayout(
                Actions.icon(VaadinIcon.EDIT, getTranslation("action.edit"), "agenda-edit-" + item.getSortOrder(),
                        () -> openDialog(item)),
                Actions.icon(VaadinIcon.ARROW_UP, getTranslation("meeting.moveUp"), "agenda-up-" + item.getSortOrder(),
                        () -> change(() -> agendaService.move(meetingId, item.getId(), -1))),
                Actions.icon(VaadinIcon.ARROW_DOWN, getTranslation("meeting.moveDown"),
                        "agenda-down-" + item.getSortOrder(),
                        () -> change(() -> agendaService.move(meetingId, item.getId(), 1))),
                Actions.icon(VaadinIcon.TRASH, getTranslation("action.delete"), "agenda-remove-" + item.getSortOrder(),
                        () -> Actions.remove(getTranslation("meeting.agenda.remove"),
                                getTranslation("meeting.agenda.remove.text", item.getTitle()),
                                () -> agendaService.remove(meetingId, item.getId(), item.getVersion()), this::changed)));
    }

    private void openDialog(AgendaItem item) {
        AgendaItemForm form = new AgendaItemForm();
        form.edit(item);
        new PartDialog<>(getTranslation(item.isNew() ? "meeting.agenda.add" : "meeting.agenda.edit"), form, item,
                form::writeTo, i -> agendaService.save(meetingId, i), this::changed).open();
    }

    private void change(Runnable serviceCall) {
        if (Actions.run(serviceCall)) {
            changed();
        }
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    void refresh() {
        grid.setItems(agendaService.list(meetingId));
    }
}
