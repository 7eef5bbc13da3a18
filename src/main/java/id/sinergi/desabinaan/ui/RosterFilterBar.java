package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.sinergi.agency.Agency;
import id.sinergi.agency.ImmigrationOffice;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RiskLevel;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import java.util.List;

/** The roster's filters: Kanwil, office (of that Kanwil), program, status, regency, risk level and free text. */
class RosterFilterBar extends Composite<HorizontalLayout> {

    final ComboBox<Agency> kanwil = new ComboBox<>();
    final ComboBox<Agency> office = new ComboBox<>();
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<AssignmentStatus> status = new ComboBox<>();
    final RegionPicker regency;
    final ComboBox<RiskLevel> risk = new ComboBox<>();
    final TextField text = new TextField();
    private final ImmigrationOfficeService officeService;
    private final List<Agency> allOffices;

    RosterFilterBar(ImmigrationOfficeService officeService, List<Agency> allOffices, RegionService regionService,
                    Runnable onChange) {
        this.officeService = officeService;
        this.allOffices = allOffices;
        kanwil.setLabel(getTranslation("desabinaan.kanwil"));
        kanwil.setItems(officeService.listKanwils().stream().map(ImmigrationOffice::getAgency).toList());
        kanwil.setItemLabelGenerator(Texts::agency);
        kanwil.setId("roster-kanwil");
        kanwil.addValueChangeListener(e -> offerOfficesOf(e.getValue()));
        office.setLabel(getTranslation("desabinaan.office"));
        office.setItems(allOffices);
        office.setItemLabelGenerator(Texts::agency);
        office.setId("roster-office");
        program.setLabel(getTranslation("desabinaan.program"));
        program.setItems(Program.values());
        program.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        status.setLabel(getTranslation("desabinaan.status"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        regency = new RegionPicker(regionService, getTranslation("desabinaan.regency")).regenciesOnly();
        regency.setId("roster-regency");
        risk.setLabel(getTranslation("desabinaan.risk"));
        risk.setItems(RiskLevel.values());
        risk.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        text.setLabel(getTranslation("action.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("roster-text");
        for (var field : List.of(kanwil, office, program, status, regency, risk)) {
            ((ComboBox<?>) field).setClearButtonVisible(true);
            ((ComboBox<?>) field).addValueChangeListener(e -> onChange.run());
        }
        text.addValueChangeListener(e -> onChange.run());
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
        getContent().add(kanwil, office, program, status, regency, risk, text);
    }

    private void offerOfficesOf(Agency chosenKanwil) {
        Agency chosen = office.getValue();
        List<Agency> offered = chosenKanwil == null ? allOffices
                : officeService.officesOf(chosenKanwil.getId()).stream().map(ImmigrationOffice::getAgency).toList();
        office.setItems(offered);
        office.setValue(offered.contains(chosen) ? chosen : null);
    }

    RosterFilter filter() {
        return new RosterFilter(kanwil.getValue() == null ? null : kanwil.getValue().getId(),
                office.getValue() == null ? null : office.getValue().getId(), program.getValue(), status.getValue(),
                regency.getValue() == null ? null : regency.getValue().getCode(), risk.getValue(), text.getValue());
    }
}
