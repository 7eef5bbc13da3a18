package id.sinergi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

/** Agenda, attendance and outcomes: the final lock, reopening, ordering, conflicts and who may change them. */
@SinergiSpringTest
class MeetingContentServiceTest {

    @Autowired
    MeetingService meetingService;
    @Autowired
    AgendaService agendaService;
    @Autowired
    AttendanceService attendanceService;
    @Autowired
    OutcomeService outcomeService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    AuditService auditService;
    @Autowired
    UserDetailsService userDetailsService;

    private Meeting newMeeting() {
        var organizer = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        LocalDateTime start = LocalDateTime.of(2030, 10, 1, 9, 0);
        Meeting meeting = new Meeting(MeetingKind.GUGUS_TUGAS_TPPO, "Gugus Tugas " + UUID.randomUUID(), start,
                start.plusHours(2), organizer);
        meeting.setChairName("Dr. Bambang Hermawan");
        return meetingService.create(meeting);
    }

    private Meeting finalMeeting() {
        Meeting meeting = newMeeting();
        agendaService.save(meeting.getId(), new AgendaItem("Laporan", null, null));
        outcomeService.save(meeting.getId(), new Outcome(OutcomeKind.CONCLUSION, "Semua sepakat.", null));
        Meeting held = meetingService.changeStatus(meeting.getId(), meeting.getVersion(), MeetingStatus.HELD);
        return meetingService.changeStatus(held.getId(), held.getVersion(), MeetingStatus.FINAL);
    }

    private void loginAs(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    @WithUserDetails("koordinator")
    void agenda_items_are_numbered_in_order_and_can_be_moved_and_removed() {
        long id = newMeeting().getId();
        agendaService.save(id, new AgendaItem("Pembukaan", null, null));
        agendaService.save(id, new AgendaItem("Paparan", null, null));
        AgendaItem closing = agendaService.save(id, new AgendaItem("Penutup", null, null));
        agendaService.move(id, closing.getId(), -1);
        assertThat(agendaService.list(id)).extracting(AgendaItem::getTitle).containsExactly("Pembukaan", "Penutup", "Paparan");
        AgendaItem first = agendaService.list(id).getFirst();
        Outcome tied = outcomeService.save(id, new Outcome(OutcomeKind.INFORMATION, "Dibuka pukul 09.00", first));
        agendaService.remove(id, first.getId(), first.getVersion());
        assertThat(agendaService.list(id)).extracting(AgendaItem::getSortOrder, AgendaItem::getTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Penutup"), org.assertj.core.groups.Tuple.tuple(2, "Paparan"));
        assertThat(outcomeService.list(id)).singleElement().satisfies(o -> {
            assertThat(o.getId()).isEqualTo(tied.getId());
            assertThat(o.getAgendaItem()).isNull();
        });
        assertThat(auditService.history("Meeting", id)).extracting(e -> e.getAction() + " " + e.getDetails())
                .contains("AGENDA_ADD 3. Penutup", "AGENDA_MOVE Penutup: 3 → 2", "OUTCOME_ADD INFORMATION: Dibuka pukul 09.00",
                        "AGENDA_REMOVE 1. Pembukaan");
    }

    @Test
    @WithUserDetails("koordinator")
    void a_final_meeting_refuses_every_change_to_it_and_its_parts() {
        Meeting meeting = finalMeeting();
        long id = meeting.getId();
        AgendaItem item = agendaService.list(id).getFirst();
        Outcome outcome = outcomeService.list(id).getFirst();
        item.setTitle("Diubah diam-diam");
        meeting.setTitle("Diubah diam-diam");
        assertThatThrownBy(() -> meetingService.update(meeting)).hasMessage("meeting.error.final");
        assertThatThrownBy(() -> agendaService.save(id, item)).hasMessage("meeting.error.final");
        assertThatThrownBy(() -> agendaService.save(id, new AgendaItem("Baru", null, null))).hasMessage("meeting.error.final");
        assertThatThrownBy(() -> agendaService.remove(id, item.getId(), item.getVersion())).hasMessage("meeting.error.final");
        assertThatThrownBy(() -> agendaService.move(id, item.getId(), 1)).hasMessage("meeting.error.final");
        assertThatThrownBy(() -> outcomeService.remove(id, outcome.getId(), outcome.getVersion()))
                .hasMessage("meeting.error.final");
        assertThatThrownBy(() -> attendanceService.save(id, new Attendance("Tamu", null, null, Presence.PRESENT)))
                .hasMessage("meeting.error.final");
        assertThatThrownBy(() -> meetingService.changeStatus(id, meeting.getVersion(), MeetingStatus.HELD))
                .hasMessage("meeting.error.final");
        assertThatThrownBy(() -> meetingService.reopen(id, meeting.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThat(agendaService.list(id).getFirst().getTitle()).isEqualTo("Laporan");
        assertThat(meetingService.get(id).getTitle()).startsWith("Gugus Tugas");
    }

    @Test
    @WithUserDetails("koordinator")
    void only_an_administrator_reopens_a_final_meeting_and_the_reopening_is_recorded() {
        Meeting meeting = finalMeeting();
        loginAs("admin");
        Meeting reopened = meetingService.reopen(meeting.getId(), meeting.getVersion());
        assertThat(reopened.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(auditService.history("Meeting", meeting.getId()).getLast()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("MEETING_REOPEN");
            assertThat(e.getUsername()).isEqualTo("admin");
            assertThat(e.getDetails()).isEqualTo("status: FINAL → HELD");
        });
        agendaService.save(meeting.getId(), new AgendaItem("Koreksi setelah dibuka kembali", null, null));
        assertThat(agendaService.list(meeting.getId())).hasSize(2);
    }

    @Test
    @WithUserDetails("koordinator")
    void the_second_of_two_concurrent_edits_of_an_agenda_item_is_refused() {
        long id = newMeeting().getId();
        AgendaItem saved = agendaService.save(id, new AgendaItem("Paparan BP3MI", null, null));
        AgendaItem first = agendaService.list(id).getFirst();
        AgendaItem second = agendaService.list(id).getFirst();
        first.setDiscussion("Catatan koordinator pertama");
        agendaService.save(id, first);
        second.setDiscussion("Catatan koordinator kedua");
        assertThatThrownBy(() -> agendaService.save(id, second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agendaService.list(id).getFirst().getDiscussion()).isEqualTo("Catatan koordinator pertama");
        assertThat(saved.getId()).isEqualTo(first.getId());
    }

    @Test
    @WithUserDetails("koordinator")
    void a_part_of_another_meeting_cannot_be_changed_through_this_one() {
        long one = newMeeting().getId();
        long other = newMeeting().getId();
        AgendaItem item = agendaService.save(other, new AgendaItem("Milik rapat lain", null, null));
        item.setTitle("Dibajak");
        assertThatThrownBy(() -> agendaService.save(one, item)).hasMessage("error.notFound");
        assertThatThrownBy(() -> outcomeService.save(one, new Outcome(OutcomeKind.DECISION, "x", item)))
                .hasMessage("error.notFound");
    }

    @Test
    @WithUserDetails("koordinator")
    void attendance_counts_per_agency_and_represented_needs_a_name() {
        long id = newMeeting().getId();
        var dinas = agencyService.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow();
        attendanceService.save(id, new Attendance("Rina Marlina", "Kabid", dinas, Presence.PRESENT));
        attendanceService.save(id, new Attendance("Hendra Gunawan", "Kasi", dinas, Presence.EXCUSED));
        Attendance guest = new Attendance("Prof. Lestari Wibowo", "Peneliti", null, Presence.PRESENT);
        guest.setOrganization("Universitas Sultan Ageng Tirtayasa");
        guest.setGuest(true);
        attendanceService.save(id, guest);
        assertThatThrownBy(() -> attendanceService.save(id, new Attendance("Yusuf", null, dinas, Presence.REPRESENTED)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("meeting.attendance.error.representedBy");
        assertThat(attendanceService.countsPerAgency(id)).containsExactly(
                new AgencyAttendance("Disnakertrans Kab. Serang", 1, 0, 1, 0),
                new AgencyAttendance("Universitas Sultan Ageng Tirtayasa", 1, 0, 0, 0));
    }

    @Test
    @WithUserDetails("koordinator")
    void a_liaison_calling_the_services_directly_is_refused() {
        long id = newMeeting().getId();
        AgendaItem item = agendaService.save(id, new AgendaItem("Agenda", null, null));
        loginAs("penghubung.disnaker");
        assertThat(agendaService.list(id)).hasSize(1);
        assertThatThrownBy(() -> agendaService.save(id, new AgendaItem("Sisipan", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendaService.remove(id, item.getId(), item.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomeService.save(id, Outcome.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendanceService.save(id, Attendance.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetingService.update(meetingService.get(id))).isInstanceOf(AccessDeniedException.class);
    }
}
