package id.sinergi.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.sinergi.KaribuTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.OfficerService;
import id.sinergi.meeting.AgendaItem;
import id.sinergi.meeting.AgendaService;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MeetingStatus;
import id.sinergi.meeting.OutcomeKind;
import id.sinergi.meeting.Presence;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A coordinator records a whole meeting through the UI, from the empty form to the final, locked record. */
class MeetingViewTest extends KaribuTest {

    @Autowired
    MeetingService meetingService;
    @Autowired
    AgendaService agendaService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    OfficerService officerService;

    @SuppressWarnings("unchecked")
    private <T> PartDialog<T> dialog() {
        return _get(PartDialog.class);
    }

    @Test
    void coordinator_creates_a_meeting_adds_agenda_attendance_and_outcome_and_makes_it_final() {
        login("koordinator");
        String title = "Rakor Lintas Sektoral Pencegahan TPPO Kab. Serang " + UUID.randomUUID().toString().substring(0, 6);
        UI.getCurrent().navigate(MeetingView.NEW_PATH);
        MeetingView view = _get(MeetingView.class);
        assertThat(view.form.organizer.getValue().getAbbreviation()).isEqualTo("Kanwil Imigrasi Banten");
        _setValue(view.form.title, title);
        _setValue(view.form.startsAt, LocalDateTime.of(2030, 7, 22, 9, 0));
        _setValue(view.form.endsAt, LocalDateTime.of(2030, 7, 22, 12, 0));
        _setValue(view.form.venue, "Aula Kantor Imigrasi Serang");
        _setValue(view.form.chairName, "Dr. Bambang Hermawan");
        _setValue(view.form.chairPosition, "Kepala Kantor Wilayah");
        _click(view.save);

        view = _get(MeetingView.class);
        assertThat(view.heading.getText()).isEqualTo(title);
        assertThat(view.status.getText()).isEqualTo("Draf");
        long meetingId = meetingService.list(MeetingFilter.ALL.withText(title), PageRequest.of(0, 1)).getFirst()
                .meeting().getId();

        view.tabs.setSelectedIndex(1);
        _click(view.agenda.add);
        AgendaItemForm agendaForm = _get(AgendaItemForm.class);
        _setValue(agendaForm.title, "Paparan modus TPPO di pesisir utara Serang");
        _setValue(agendaForm.presenter, "Kasi Intelijen Keimigrasian");
        _setValue(agendaForm.discussion, "Peserta membahas 12 kasus.\nDesa Lontar perlu sosialisasi.");
        _click(dialog().save);
        assertThat(GridKt._size(view.agenda.grid)).isEqualTo(1);

        view.tabs.setSelectedIndex(2);
        _click(view.attendance.add);
        AttendanceForm attendanceForm = _get(AttendanceForm.class);
        _setValue(attendanceForm.personName, "Siti Nurhaliza");
        _setValue(attendanceForm.personPosition, "Kepala Bidang Penempatan");
        _setValue(attendanceForm.agency, agencyService.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow());
        _setValue(attendanceForm.presence, Presence.REPRESENTED);
        _click(dialog().save);
        assertThat(attendanceForm.representedBy.isInvalid()).isTrue();
        _setValue(attendanceForm.representedBy, "Agus Salim");
        _click(dialog().save);
        assertThat(GridKt._getFormattedRow(view.attendance.grid, 0)).contains("Siti Nurhaliza", "Disnakertrans Kab. Serang",
                "Diwakili oleh Agus Salim");
        _click(view.attendance.add);
        attendanceForm = _get(AttendanceForm.class);
        _setValue(attendanceForm.officer, officerService.findByNip("198106222006041007").orElseThrow());
        assertThat(attendanceForm.personName.getValue()).isEqualTo("Ahmad Fauzi");
        _click(dialog().save);
        assertThat(GridKt._getFormattedRow(view.attendance.grid, 1)).contains("Ahmad Fauzi",
                "Kepala Bidang Penempatan Tenaga Kerja", "Disnakertrans Kab. Serang", "Hadir");
        assertThat(GridKt._getFormattedRow(view.attendance.counts, 0))
                .containsExactly("Disnakertrans Kab. Serang", "1", "1", "0", "0", "2");

        view.tabs.setSelectedIndex(3);
        _click(view.outcomes.add);
        OutcomeForm outcomeForm = _get(OutcomeForm.class);
        _setValue(outcomeForm.kind, OutcomeKind.DECISION);
        _setValue(outcomeForm.content, "Sosialisasi PMI prosedural di Desa Lontar dilaksanakan bulan Agustus.");
        _setValue(outcomeForm.agendaItem, agendaService.list(meetingId).getFirst());
        _click(dialog().save);
        assertThat(GridKt._getFormattedRow(view.outcomes.grid, 0)).contains("Keputusan",
                "1. Paparan modus TPPO di pesisir utara Serang");

        _click(_get(Button.class, s -> s.withId("meeting-to-held")));
        _click(_get(Button.class, s -> s.withId("meeting-to-final")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        view = _get(MeetingView.class);
        assertThat(view.status.getText()).isEqualTo("Final");
        assertThat(meetingService.get(meetingId).getStatus()).isEqualTo(MeetingStatus.FINAL);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.agenda.add.isVisible()).isFalse();
        assertThat(view.agenda.grid.getColumnByKey("actions")).isNull();
    }

    @Test
    void a_meeting_without_outcome_is_not_made_final_and_the_user_is_told_why() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Tanpa hasil", MeetingKind.OTHER);
        meetingService.changeStatus(meeting.getId(), meeting.getVersion(), MeetingStatus.HELD);
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        _click(_get(Button.class, s -> s.withId("meeting-to-final")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications(
                "Rapat belum dapat difinalkan: catat dahulu sedikitnya satu hasil rapat.");
        assertThat(meetingService.get(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void a_too_long_discussion_gets_a_message_and_keeps_the_text_in_the_dialog() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Catatan panjang", MeetingKind.OTHER);
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        MeetingView view = _get(MeetingView.class);
        view.tabs.setSelectedIndex(1);
        _click(view.agenda.add);
        AgendaItemForm form = _get(AgendaItemForm.class);
        String note = "Notulen ✍️ ".repeat(10_000);
        _setValue(form.title, "Agenda dengan catatan sangat panjang");
        _setValue(form.discussion, note);
        _click(dialog().save);
        assertThat(form.discussion.isInvalid()).isTrue();
        assertThat(form.discussion.getErrorMessage()).isEqualTo("Terlalu panjang (maksimal 20000 karakter)");
        assertThat(form.discussion.getValue()).isEqualTo(note);
        assertThat(dialog().isOpened()).isTrue();
        assertThat(agendaService.list(meeting.getId())).isEmpty();
    }

    @Test
    void end_before_start_is_shown_next_to_the_end_field_and_nothing_is_saved() {
        login("koordinator");
        UI.getCurrent().navigate(MeetingView.NEW_PATH);
        MeetingView view = _get(MeetingView.class);
        String title = "Mundur " + UUID.randomUUID();
        _setValue(view.form.title, title);
        _setValue(view.form.startsAt, LocalDateTime.of(2030, 7, 22, 13, 0));
        _setValue(view.form.endsAt, LocalDateTime.of(2030, 7, 22, 12, 0));
        _setValue(view.form.onlineLink, "javascript:alert(1)");
        _click(view.save);
        assertThat(view.form.endsAt.getErrorMessage()).isEqualTo("Waktu selesai harus setelah waktu mulai.");
        assertThat(view.form.onlineLink.isInvalid()).isTrue();
        assertThat(meetingService.count(MeetingFilter.ALL.withText(title))).isZero();
    }

    @Test
    void a_liaison_sees_a_meeting_without_any_edit_control() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Dibaca penghubung", MeetingKind.TIMPORA);
        agendaService.save(meeting.getId(), new AgendaItem("Pengawasan orang asing", "Kasi Inteldakim", "<b>tebal</b>"));
        logout();
        login("penghubung.disnaker");
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        MeetingView view = _get(MeetingView.class);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.agenda.add.isVisible()).isFalse();
        assertThat(view.agenda.grid.getColumnByKey("actions")).isNull();
        assertThat(view.attendance.add.isVisible()).isFalse();
        assertThat(view.outcomes.add.isVisible()).isFalse();
        _assertNone(Button.class, s -> s.withId("meeting-to-scheduled"));
        _assertNone(Button.class, s -> s.withId("meeting-to-held"));
        view.tabs.setSelectedIndex(1);
        assertThat(GridKt._getFormattedRow(view.agenda.grid, 0)).contains("Pengawasan orang asing");
    }

    @Test
    void when_another_coordinator_saved_first_the_second_save_is_refused_and_the_first_kept() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Disunting berdua", MeetingKind.OTHER);
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        MeetingView view = _get(MeetingView.class);
        _setValue(view.form.venue, "Ruang rapat kedua");

        var otherCoordinatorsCopy = meetingService.get(meeting.getId());
        otherCoordinatorsCopy.setVenue("Ruang rapat pertama");
        meetingService.update(otherCoordinatorsCopy);

        _click(view.save);
        NotificationsKt.expectNotifications(text("error.conflict"));
        assertThat(meetingService.get(meeting.getId()).getVenue()).isEqualTo("Ruang rapat pertama");
        assertThat(view.form.venue.getValue()).isEqualTo("Ruang rapat kedua");
    }

    @Test
    void plan_the_follow_up_opens_the_new_draft_of_the_series() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Rangkaian", MeetingKind.RAKOR_LINTAS_SEKTORAL);
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        _click(_get(Button.class, s -> s.withId("meeting-follow-up")));
        FollowUpDialog dialog = _get(FollowUpDialog.class);
        _click(dialog.create);
        MeetingView view = _get(MeetingView.class);
        assertThat(view.status.getText()).isEqualTo("Draf");
        assertThat(view.form.previous.getValue()).isEqualTo(meeting);
        assertThat(view.getPageTitle()).isEqualTo(meeting.getTitle());
    }

    @Test
    void removing_an_agenda_item_asks_first_and_renumbers_the_rest() {
        login("koordinator");
        var meeting = TestMeetings.create(meetingService, agencyService, "Hapus agenda", MeetingKind.OTHER);
        agendaService.save(meeting.getId(), new AgendaItem("Pembukaan", null, null));
        agendaService.save(meeting.getId(), new AgendaItem("Paparan", null, null));
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting.getId()));
        MeetingView view = _get(MeetingView.class);
        view.tabs.setSelectedIndex(1);
        var actions = GridKt._getCellComponent(view.agenda.grid, 0, "actions");
        _click(_get(actions, Button.class, s -> s.withId("agenda-remove-1")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(view.agenda.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.agenda.grid, 0)).startsWith("1", "Paparan");
    }
}
