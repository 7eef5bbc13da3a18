package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.sinergi.agency.Agency;
import id.sinergi.agency.OfficerService;
import id.sinergi.meeting.AgencyAttendance;
import id.sinergi.meeting.Attendance;
import id.sinergi.meeting.AttendanceService;
import id.sinergi.meeting.Presence;
import java.util.List;
import java.util.function.Supplier;

/** The attendance list (daftar hadir) with head counts per agency; editors add, change and remove people. */
class AttendanceSection extends Composite<VerticalLayout> {

    private final long meetingId;
    private final AttendanceService attendanceService;
    private final Supplier<List<Agency>> agencies;
    private final OfficerService officerService;
    final Grid<Attendance> grid = new Grid<>();
    final Grid<AgencyAttendance> counts = new Grid<>();
    final Button add = new Button();

    AttendanceSection(long meetingId, AttendanceService attendanceService, Supplier<List<Agency>> agencies,
                      OfficerService officerService, boolean editable) {
        this.officerService = officerService;
        this.meetingId = meetingId;
        this.attendanceService = attendanceService;
        this.agencies = agencies;
        add.setText(getTranslation("meeting.attendance.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("attendance-add");
        add.addClickListener(e -> openDialog(Attendance.blank()));
        add.setVisible(editable);
        grid.addColumn(Attendance::getSortOrder).setHeader(getTranslation("meeting.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Attendance::getPersonName).setHeader(getTranslation("meeting.attendance.name")).setKey("name");
        grid.addColumn(Attendance::getPersonPosition).setHeader(getTranslation("meeting.attendance.position"))
                .setKey("position");
        grid.addColumn(Attendance::getAgencyLabel).setHeader(getTranslation("meeting.attendance.agency"))
                .setKey("agency");
        grid.addColumn(this::presenceText).setHeader(getTranslation("meeting.attendance.presence")).setKey("presence");
        grid.addColumn(a -> a.isGuest() ? getTranslation("meeting.attendance.guest.short") : "")
                .setHeader(getTranslation("meeting.attendance.guest")).setKey("guest").setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addColumn(new ComponentRenderer<>(this::rowActions)).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setId("attendance-grid");

        counts.addColumn(AgencyAttendance::agency).setHeader(getTranslation("meeting.attendance.agency"))
                .setKey("agency").setFlexGrow(2);
        addCount("present", Presence.PRESENT, AgencyAttendance::present);
        addCount("represented", Presence.REPRESENTED, AgencyAttendance::represented);
        addCount("excused", Presence.EXCUSED, AgencyAttendance::excused);
        addCount("absent", Presence.ABSENT, AgencyAttendance::absent);
        counts.addColumn(AgencyAttendance::total).setHeader(getTranslation("meeting.attendance.total")).setKey("total")
                .setTextAlign(ColumnTextAlign.END);
        counts.setAllRowsVisible(true);
        counts.setId("attendance-counts");
        getContent().setPadding(false);
        getContent().add(add, grid, new H4(getTranslation("meeting.attendance.perAgency")), counts);
        refresh();
    }

    private void addCount(String key, Presence presence, java.util.function.ToIntFunction<AgencyAttendance> value) {
        counts.addColumn(c -> value.applyAsInt(c)).setHeader(getTranslation(presence.messageKey())).setKey(key)
                .setTextAlign(ColumnTextAlign.END);
    }

    private String presenceText(Attendance attendance) {
        String presence = getTranslation(attendance.getPresence().messageKey());
        return attendance.getPresence() == Presence.REPRESENTED
                ? getTranslation("meeting.attendance.representedByName", presence, attendance.getRepresentedBy())
                : presence;
    }

    private HorizontalLayout rowActions(Attendance attendance) {
        return new HorizontalLayout(
                Actions.icon(VaadinIcon.EDIT, getTranslation("action.edit"),
                        "attendance-edit-" + attendance.getSortOrder(), () -> openDialog(attendance)),
                Actions.icon(VaadinIcon.TRASH, getTranslation("action.delete"),
                        "attendance-remove-" + attendance.getSortOrder(),
                        () -> Actions.remove(getTranslation("meeting.attendance.remove"),
                                getTranslation("meeting.attendance.remove.text", attendance.getPersonName()),
                                () -> attendanceService.remove(meetingId, attendance.getId(), attendance.getVersion()),
                                this::refresh)));
    }

    private void openDialog(Attendance attendance) {
        AttendanceForm form = new AttendanceForm(agencies.get(), officerService);
        form.edit(attendance);
        new PartDialog<>(getTranslation(attendance.isNew() ? "meeting.attendance.add" : "meeting.attendance.edit"),
                form, attendance, form::writeTo, a -> attendanceService.save(meetingId, a), this::refresh).open();
    }

    void refresh() {
        grid.setItems(attendanceService.list(meetingId));
        counts.setItems(attendanceService.countsPerAgency(meetingId));
    }
}
