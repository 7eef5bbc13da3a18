package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.sinergi.meeting.AgendaService;
import id.sinergi.meeting.Outcome;
import id.sinergi.meeting.OutcomeService;

/** The outcomes of a meeting: information, conclusions and decisions, each optionally tied to an agenda item. */
class OutcomesSection extends Composite<VerticalLayout> {

    private final long meetingId;
    private final OutcomeService outcomeService;
    private final AgendaService agendaService;
    private final Runnable onChanged;
    final Grid<Outcome> grid = new Grid<>();
    final Button add = new Button();

    OutcomesSection(long meetingId, OutcomeService outcomeService, AgendaService agendaService, boolean editable,
                    Runnable onChanged) {
        this.meetingId = meetingId;
        this.outcomeService = outcomeService;
        this.agendaService = agendaService;
        this.onChanged = onChanged;
        add.setText(getTranslation("meeting.outcome.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("outcome-add");
        add.addClickListener(e -> openDialog(Outcome.blank()));
        add.setVisible(editable);
        grid.addColumn(Outcome::getSortOrder).setHeader(getTranslation("meeting.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.getKind().messageKey())).setHeader(getTranslation("meeting.outcome.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> {
            Span text = new Span(o.getContent());
            text.addClassName("sinergi-notes");
            return text;
        }).setHeader(getTranslation("meeting.outcome.content")).setKey("content").setFlexGrow(3);
        grid.addColumn(o -> o.getAgendaItem() == null ? "" : o.getAgendaItem().getSortOrder() + ". "
                + o.getAgendaItem().getTitle()).setHeader(getTranslation("meeting.outcome.agendaItem"))
                .setKey("agendaItem").setFlexGrow(1);
        if (editable) {
            grid.addColumn(new ComponentRenderer<>(this::rowActions)).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setId("outcome-grid");
        getContent().setPadding(false);
        getContent().add(add, grid);
        refresh();
    }

    private HorizontalLayout rowActions(Outcome outcome) {
        return new HorizontalLayout(
                Actions.icon(VaadinIcon.EDIT, getTranslation("action.edit"), "outcome-edit-" + outcome.getSortOrder(),
                        () -> openDialog(outcome)),
                Actions.icon(VaadinIcon.TRASH, getTranslation("action.delete"),
                        "outcome-remove-" + outcome.getSortOrder(),
                        () -> Actions.remove(getTranslation("meeting.outcome.remove"),
                                getTranslation("meeting.outcome.remove.text", outcome.getSortOrder()),
                                () -> outcomeService.remove(meetingId, outcome.getId(), outcome.getVersion()),
                                this::changed)));
    }

    private void openDialog(Outcome outcome) {
        OutcomeForm form = new OutcomeForm(agendaService.list(meetingId));
        form.edit(outcome);
        new PartDialog<>(getTranslation(outcome.isNew() ? "meeting.outcome.add" : "meeting.outcome.edit"), form,
                outcome, form::writeTo, o -> outcomeService.save(meetingId, o), this::changed).open();
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    void refresh() {
        grid.setItems(outcomeService.list(meetingId));
    }
}
