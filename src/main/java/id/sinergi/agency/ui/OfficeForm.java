package id.sinergi.agency.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.sinergi.agency.Agency;
import id.sinergi.agency.OfficeClass;
import id.sinergi.agency.OfficeKind;
import id.sinergi.region.Region;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kind, class, Kanwil and working area of an immigration office; class only for a Kanim, no Kanwil for a Kanwil. */
class OfficeForm extends Composite<FormLayout> implements FieldErrors {

    /** What the form edits; the dialog turns it into the service's OfficeChange. */
    static final class Draft {
        OfficeKind kind;
        OfficeClass officeClass;
        Agency kanwil;
        Set<Region> workingArea = Set.of();
    }

    final Select<OfficeKind> kind = new Select<>();
    final Select<OfficeClass> officeClass = new Select<>();
    final ComboBox<Agency> kanwil = new ComboBox<>();
    final MultiSelectComboBox<Region> workingArea = new MultiSelectComboBox<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, HasValidation> fields;

    OfficeForm(List<Agency> kanwils, List<Region> regencies) {
        kind.setLabel(getTranslation("office.kind"));
        kind.setItems(OfficeKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setId("office-kind");
        officeClass.setLabel(getTranslation("office.class"));
        officeClass.setItems(OfficeClass.values());
        officeClass.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        officeClass.setId("office-class");
        kanwil.setLabel(getTranslation("office.kanwil"));
        kanwil.setItems(kanwils);
        kanwil.setItemLabelGenerator(AgencyTexts::label);
        kanwil.setId("office-kanwil");
        workingArea.setLabel(getTranslation("office.workingArea"));
        workingArea.setHelperText(getTranslation("office.workingArea.help"));
        workingArea.setItems(regencies);
        workingArea.setItemLabelGenerator(Region::getDisplayPath);
        workingArea.setId("office-working-area");

        binder.forField(kind).asRequired(getTranslation("validation.required")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(officeClass)
                .withValidator((value, context) -> kind.getValue() == OfficeKind.KANIM && value == null
                        ? ValidationResult.error(getTranslation("office.error.classRequired")) : ValidationResult.ok())
                .bind(d -> d.officeClass, (d, v) -> d.officeClass = v);
        binder.forField(kanwil)
                .withValidator((value, context) -> kind.getValue() != null && kind.getValue().belongsToKanwil()
                        && value == null ? ValidationResult.error(getTranslation("office.error.kanwilRequired"))
                        : ValidationResult.ok())
                .bind(d -> d.kanwil, (d, v) -> d.kanwil = v);
        binder.forField(workingArea).bind(d -> d.workingArea, (d, v) -> d.workingArea = v);
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        fields = Map.of("kind", kind, "officeClass", officeClass, "kanwil", kanwil, "workingArea", workingArea);
        getContent().add(kind, officeClass, kanwil, workingArea);
        getContent().setColspan(workingArea, 2);
    }

    private void showFieldsOf(OfficeKind value) {
        officeClass.setVisible(value == OfficeKind.KANIM);
        boolean underKanwil = value == null || value.belongsToKanwil();
        kanwil.setVisible(underKanwil);
        workingArea.setVisible(underKanwil);
    }

    void edit(Draft draft) {
        binder.readBean(draft);
        showFieldsOf(draft.kind);
    }

    /** Writes valid input into the draft, clearing what the chosen kind does not have; false when input is wrong. */
    boolean writeTo(Draft draft) {
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        if (draft.kind != OfficeKind.KANIM) {
            draft.officeClass = null;
        }
        if (!draft.kind.belongsToKanwil()) {
            draft.kanwil = null;
            draft.workingArea = Set.of();
        }
        return true;
    }

    @Override
    public boolean showError(String property, String message) {
        return FieldErrors.mark(fields, property, message);
    }
}
