package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;

/** The activities of one assignment, newest first; who may manage them adds and edits. */
class ActivitiesDialog extends Dialog {

    private final DesaBinaan assignment;
    private final VillageActivityService service;
    private final Runnable onChanged;
    final Grid<VillageActivity> grid = new Grid<>();
    final Button add = new Button();

    ActivitiesDialog(DesaBinaan assignment, String villageName, VillageActivityService service, boolean canManage,
                     Runnable onChanged) {
        this.assignment = assignment;
        this.service = service;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("villageActivity.title", villageName, Texts.agency(assignment.getOffice()),
                getTranslation(assignment.getProgram().messageKey())));
        grid.addColumn(a -> Texts.date(a.getDate())).setHeader(getTranslation("villageActivity.date")).setKey("date")
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getKind().messageKey())).setHeader(getTranslation("villageActivity.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(VillageActivity::getTopic).setHeader(getTranslation("villageActivity.topic")).setKey("topic")
                .setFlexGrow(2);
        grid.addColumn(VillageActivity::getParticipantsMale).setHeader(getTranslation("villageActivity.male"))
                .setKey("male").setAutoWidth(true);
        grid.addColumn(VillageActivity::getParticipantsFemale).setHeader(getTranslation("villageActivity.female"))
                .setKey("female").setAutoWidth(true);
        grid.addColumn(VillageActivity::getParticipants).setHeader(getTranslation("villageActivity.total"))
                .setKey("total").setAutoWidth(true);
        grid.setId("activities-grid");
        add.setText(getTranslation("villageActivity.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("activity-add");
        add.setVisible(canManage);
        add.addClickListener(e -> new ActivityDialog(VillageActivity.blank(assignment), service, this::reload).open());
        if (canManage) {
            grid.addItemClickListener(e -> new ActivityDialog(e.getItem(), service, this::reload).open());
        }
        add(add, grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(60em, 100vw)");
        reload();
    }

    private void reload() {
        grid.setItems(service.activitiesOf(assignment.getId()));
        onChanged.run();
    }
}
