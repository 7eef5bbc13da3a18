package id.sinergi.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.AgencySuccessionService;
import id.sinergi.base.ui.ConfirmDeletion;
import id.sinergi.base.ui.Notifications;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Create or edit one agency; for an existing one also delete it (when unused) or end it, with or without successor. */
class AgencyDialog extends Dialog {

    private final Agency agency;
    private final AgencyService agencyService;
    private final AgencySuccessionService successionService;
    private final Runnable onChanged;
    final AgencyForm form;
    final Button save = new Button();
    final Button delete = new Button();
    final Button end = new Button();

    AgencyDialog(Agency agency, AgencyService agencyService, AgencySuccessionService successionService,
                 RegionService regionService, Runnable onChanged) {
        this.agency = agency;
        this.agencyService = agencyService;
        this.successionService = successionService;
        this.onChanged = onChanged;
        this.form = new AgencyForm(agencyService.listActive(), regionService, agency);
        setHeaderTitle(getTranslation(agency.isNew() ? "agencies.new" : "agencies.edit"));
        add(form);
        if (!agency.isNew()) {
            add(history());
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("agency-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("agency-cancel");
        if (!agency.isNew()) {
            delete.setText(getTranslation("action.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> confirmDelete());
            delete.setId("agency-delete");
            end.setText(getTranslation("agencies.end"));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            end.addClickListener(e -> openEnd());
            end.setEnabled(!agency.isEndedOn(LocalDate.now()));
            end.setId("agency-end");
            getFooter().add(delete, end);
        }
        getFooter().add(cancel, save);
        setWidth("min(48em, 100vw)");
    }

    private Paragraph history() {
        Paragraph history = new Paragraph();
        history.setId("agency-history");
        StringBuilder text = new StringBuilder();
        Agency predecessor = agency.getPredecessor();
        if (predecessor != null) {
            text.append(getTranslation("agencies.history.predecessor", AgencyTexts.label(predecessor),
                    AgencyTexts.status(predecessor, LocalDate.now())));
        }
        List<Agency> successors = agencyService.successorsOf(agency.getId());
        if (!successors.isEmpty()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("agencies.history.successors",
                    successors.stream().map(AgencyTexts::label).collect(Collectors.joining(", "))));
        }
        history.setText(text.toString());
        history.setVisible(!text.isEmpty());
        return history;
    }

    private void save() {
        if (form.writeTo(agency) && Saving.attempt(form, () -> agencyService.save(agency))) {
            Notifications.showSuccess(getTranslation("agencies.saved", agency.getAbbreviation()));
            onChanged.run();
            close();
        }
    }

    private void confirmDelete() {
        ConfirmDeletion.ask("agency-delete-confirm", getTranslation("action.delete"),
                getTranslation("agencies.delete.confirm", agency.getAbbreviation()), () -> {
                    if (Saving.attempt(form, () -> agencyService.delete(agency.getId(), agency.getVersion()))) {
                        Notifications.showSuccess(getTranslation("agencies.deleted", agency.getAbbreviation()));
                        onChanged.run();
                        close();
                    }
                });
    }

    private void openEnd() {
        new EndAgencyDialog(agency, successionService, () -> {
            onChanged.run();
            close();
        }).open();
    }
}
