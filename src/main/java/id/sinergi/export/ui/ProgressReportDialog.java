package id.sinergi.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.agency.Agency;
import id.sinergi.agency.ImmigrationOffice;
import id.sinergi.base.ui.DatePickers;
import id.sinergi.export.ProgressReportFilter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The progress report's filters: period (due dates), responsible agency, status, strategy, Kanwil. A region the report
 * starts from (the list's or the dashboard's) is shown read-only and kept.
 */
class ProgressReportDialog extends Dialog {

    final DatePicker from = DatePickers.localized(new DatePicker());
    final DatePicker to = DatePickers.localized(new DatePicker());
    final ComboBox<Agency> agency = new ComboBox<>();
    final Select<ActionItemStatus> status = new Select<>();
    final Select<NationalStrategy> strategy = new Select<>();
    final ComboBox<Agency> kanwil = new ComboBox<>();
    final TextField region = new TextField();
    final Button create = new Button();

    ProgressReportDialog(ActionItemFilter startingFrom, String regionPath, List<Agency> agencies,
                         List<ImmigrationOffice> kanwils, Consumer<ProgressReportFilter> onChosen) {
        setHeaderTitle(getTranslation("export.progressDialog.title"));
        setId("export-progress-dialog");
        setWidth("min(40rem, 95vw)");
        from.setLabel(getTranslation("export.progressDialog.from"));
        from.setValue(startingFrom.dueFrom());
        from.setId("export-progress-from");
        to.setLabel(getTranslation("export.progressDialog.to"));
        to.setValue(startingFrom.dueTo());
        to.setId("export-progress-to");
        agency.setLabel(getTranslation("export.progressDialog.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::getAbbreviation);
        agency.setClearButtonVisible(true);
        agency.setValue(agencies.stream().filter(a -> Objects.equals(a.getId(), startingFrom.responsibleAgencyId()))
                .findFirst().orElse(null));
        status.setLabel(getTranslation("export.progressDialog.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setValue(startingFrom.status());
        strategy.setLabel(getTranslation("export.progressDialog.strategy"));
        strategy.setItems(NationalStrategy.values());
        strategy.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        strategy.setEmptySelectionAllowed(true);
        strategy.setValue(startingFrom.strategy());
        kanwil.setLabel(getTranslation("export.progressDialog.kanwil"));
        kanwil.setItems(kanwils.stream().map(ImmigrationOffice::getAgency).toList());
        kanwil.setItemLabelGenerator(Agency::getName);
        kanwil.setClearButtonVisible(true);
        region.setLabel(getTranslation("export.progressDialog.region"));
        region.setReadOnly(true);
        region.setValue(regionPath == null ? "" : regionPath);
        region.setVisible(startingFrom.regionCode() != null);
        region.setId("export-progress-region");
        add(new FormLayout(from, to, agency, status, strategy, kanwil, region));

        create.setText(getTranslation("export.progressDialog.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("export-progress-create");
        create.addClickListener(e -> {
            if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("export.progressDialog.periodOrder"));
                return;
            }
            close();
            onChosen.accept(new ProgressReportFilter(from.getValue(), to.getValue(), id(agency.getValue()),
                    status.getValue(), strategy.getValue(), id(kanwil.getValue()), startingFrom.regionCode()));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    private static Long id(Agency agency) {
        return agency == null ? null : agency.getId();
    }
}
