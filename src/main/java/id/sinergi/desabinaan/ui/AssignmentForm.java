package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RiskLevel;
import id.sinergi.desabinaan.SelectionReason;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The fields of a Desa Binaan assignment; the Pimpasa offered are the officers of the chosen office. */
class AssignmentForm extends Composite<FormLayout> {

    final ComboBox<Region> village;
    final ComboBox<Agency> office = new ComboBox<>();
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<AssignmentStatus> status = new ComboBox<>();
    final TextField skNumber = new TextField();
    final DatePicker skDate = new DatePicker();
    final DatePicker inaugurationDate = new DatePicker();
    final ComboBox<SelectionReason> reason = new ComboBox<>();
    final TextArea reasonNote = new TextArea();
    final ComboBox<RiskLevel> riskLevel = new ComboBox<>();
    final MultiSelectComboBox<Officer> pimpasa = new MultiSelectComboBox<>();
    private final Binder<DesaBinaan> binder = new Binder<>();
    private final OfficerService officerService;
    private List<Officer> appointed = List.of();
    private final Map<String, HasValidation> fields;

    AssignmentForm(DesaBinaan assignment, List<Agency> offices, RegionService regionService,
                   OfficerService officerService) {
        this.officerService = officerService;
        this.village = new RegionPicker(regionService).villagesOnly();
        village.setLabel(getTranslation("desabinaan.village"));
        office.setLabel(getTranslation("desabinaan.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(Texts::agency);
        office.addValueChangeListener(e -> offerOfficersOf(e.getValue()));
        program.setLabel(getTranslation("desabinaan.program"));
        program.setItems(Program.values());
        program.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        status.setLabel(getTranslation("desabinaan.status"));
        status.setItems(AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE);
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        skNumber.setLabel(getTranslation("desabinaan.skNumber"));
        skNumber.setMaxLength(DesaBinaan.SK_NUMBER_MAX_LENGTH);
        skDate.setLabel(getTranslation("desabinaan.skDate"));
        inaugurationDate.setLabel(getTranslation("desabinaan.inauguration"));
        reason.setLabel(getTranslation("desabinaan.reason"));
        reason.setItems(SelectionReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reasonNote.setLabel(getTranslation("desabinaan.reasonNote"));
        reasonNote.setMaxLength(DesaBinaan.REASON_NOTE_MAX_LENGTH);
        riskLevel.setLabel(getTranslation("desabinaan.risk"));
        riskLevel.setItems(RiskLevel.values());
        riskLevel.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        pimpasa.setLabel(getTranslation("desabinaan.pimpasa"));
        pimpasa.setHelperText(getTranslation("desabinaan.pimpasa.helper"));
        pimpasa.setItemLabelGenerator(Officer::getName);

        String required = getTranslation("validation.required");
        binder.forField(village).asRequired(required).bind(d -> regionService.findByCode(d.getVillageCode()).orElse(null),
                (d, r) -> d.setVillageCode(r == null ? null : r.getCode()));
        binder.forField(office).asRequired(required).bind(DesaBinaan::getOffice, DesaBinaan::setOffice);
        binder.forField(program).asRequired(required).bind(DesaBinaan::getProgram, DesaBinaan::setProgram);
        binder.forField(status).asRequired(required).bind(DesaBinaan::getStatus, DesaBinaan::setStatus);
        binder.forField(skNumber).bind(DesaBinaan::getSkNumber, DesaBinaan::setSkNumber);
        binder.forField(skDate).bind(DesaBinaan::getSkDate, DesaBinaan::setSkDate);
        binder.forField(inaugurationDate).bind(DesaBinaan::getInaugurationDate, DesaBinaan::setInaugurationDate);
        binder.forField(reason).bind(DesaBinaan::getReason, DesaBinaan::setReason);
        binder.forField(reasonNote).bind(DesaBinaan::getReasonNote, DesaBinaan::setReasonNote);
        binder.forField(riskLevel).asRequired(required).bind(DesaBinaan::getRiskLevel, DesaBinaan::setRiskLevel);
        binder.forField(pimpasa).bind(d -> new HashSet<>(d.getPimpasa()), DesaBinaan::setPimpasa);
        fields = Map.ofEntries(Map.entry("villageCode", village), Map.entry("office", office),
                Map.entry("program", program), Map.entry("status", status), Map.entry("skNumber", skNumber),
                Map.entry("skDate", skDate), Map.entry("inaugurationDate", inaugurationDate),
                Map.entry("reason", reason), Map.entry("reasonNote", reasonNote), Map.entry("riskLevel", riskLevel),
                Map.entry("pimpasa", pimpasa));
        getContent().add(village, program, office, status, skNumber, skDate, inaugurationDate, riskLevel, reason,
                reasonNote, pimpasa);
        getContent().setColspan(reasonNote, 2);
        getContent().setColspan(pimpasa, 2);
        appointed = List.copyOf(assignment.getPimpasa());
        offerOfficersOf(assignment.getOffice());
        binder.readBean(assignment);
    }

    private void offerOfficersOf(Agency agency) {
        List<Officer> officers = new java.util.ArrayList<>(agency == null || agency.getId() == null ? List.of()
                : officerService.officersOf(agency.getId()));
        // officers appointed before stay on offer (and chosen) even when no longer active
        appointed.stream().filter(o -> agency != null && o.getAgency().getId().equals(agency.getId()))
                .filter(o -> !officers.contains(o)).forEach(officers::add);
        var chosen = pimpasa.getValue();
        pimpasa.setItems(officers);
        pimpasa.setValue(chosen.stream().filter(officers::contains).collect(java.util.stream.Collectors.toSet()));
    }

    boolean writeTo(DesaBinaan assignment) {
        return binder.writeBeanIfValid(assignment);
    }

    /** Marks the field of a service's refusal; false when no field fits. */
    boolean showError(String property, String message) {
        HasValidation field = fields.get(property);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
