package id.sinergi.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.agency.Agency;
import id.sinergi.agency.ImmigrationOffice;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficeChange;
import id.sinergi.base.ui.Notifications;
import id.sinergi.region.Region;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Edits what makes an agency an immigration office: kind, class, Kanwil and working area. */
class OfficeDialog extends Dialog {

    private final Agency agency;
    private final ImmigrationOffice office;
    private final ImmigrationOfficeService officeService;
    private final Runnable onSaved;
    private final OfficeForm.Draft draft = new OfficeForm.Draft();
    final OfficeForm form;
    final Button save = new Button();

    /** {@code office} is null when the agency has no office details yet. */
    OfficeDialog(Agency agency, ImmigrationOffice office, ImmigrationOfficeService officeService, List<Agency> kanwils,
                 RegionChoices regions, Runnable onSaved) {
        this.agency = agency;
        this.office = office;
        this.officeService = officeService;
        this.onSaved = onSaved;
        List<Agency> otherKanwils = kanwils.stream().filter(k -> !k.equals(agency)).toList();
        this.form = new OfficeForm(otherKanwils, regions.regencies());
        setHeaderTitle(getTranslation("offices.edit", agency.getAbbreviation()));
        if (office != null) {
            draft.kind = office.getKind();
            draft.officeClass = office.getOfficeClass();
            draft.workingArea = office.getWorkingArea().stream().map(regions::get).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
        }
        draft.kanwil = otherKanwils.stream().filter(k -> agency.getParent() != null
                && k.getId().equals(agency.getParent().getId())).findFirst().orElse(null);
        form.edit(draft);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("office-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(44em, 100vw)");
    }

    private void save() {
        if (!form.writeTo(draft)) {
            return;
        }
        OfficeChange change = new OfficeChange(agency.getId(), agency.getVersion(),
                office == null ? null : office.getVersion(), draft.kind, draft.officeClass,
                draft.kanwil == null ? null : draft.kanwil.getId(),
                draft.workingArea.stream().map(Region::getCode).collect(Collectors.toSet()));
        if (Saving.attempt(form, () -> officeService.save(change))) {
            Notifications.showSuccess(getTranslation("offices.saved", agency.getAbbreviation()));
            onSaved.run();
            close();
        }
    }
}
