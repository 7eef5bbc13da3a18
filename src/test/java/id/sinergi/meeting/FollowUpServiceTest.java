package id.sinergi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SinergiSpringTest
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUpService;
    @Autowired
    MeetingService meetingService;
    @Autowired
    AttendanceService attendanceService;
    @Autowired
    AgencyService agencyService;

    @Test
    @WithUserDetails("koordinator")
    void the_follow_up_is_a_draft_of_the_same_series_with_the_participants_and_presence_reset() {
        var kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        LocalDateTime start = LocalDateTime.now().plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Meeting source = new Meeting(MeetingKind.TIMPORA, "TIMPORA Serang " + UUID.randomUUID(), start,
                start.plusMinutes(150), kanwil);
        source.setVenue("Kanim Serang");
        source.setChairName("Yudi Prasetyo");
        source = meetingService.create(source);
        Attendance represented = new Attendance("Rina", "Kasi", kanwil, Presence.REPRESENTED);
        represented.setRepresentedBy("Dodi");
        attendanceService.save(source.getId(), represented);
        attendanceService.save(source.getId(), new Attendance("Tono", "Staf", null, Presence.PRESENT));

        Meeting next = followUpService.planFollowUp(source.getId(), List.of());
        assertThat(next.getStatus()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(next.getPrevious()).isEqualTo(source);
        assertThat(next.getKind()).isEqualTo(MeetingKind.TIMPORA);
        assertThat(next.getOrganizer()).isEqualTo(kanwil);
        assertThat(next.getTitle()).isEqualTo(source.getTitle());
        assertThat(next.getStartsAt()).isEqualTo(start.plusMonths(1));
        assertThat(next.getEndsAt()).isEqualTo(start.plusMonths(1).plusMinutes(150));
        assertThat(attendanceService.list(next.getId())).extracting(Attendance::getPersonName, Attendance::getPresence,
                Attendance::getRepresentedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rina", Presence.ABSENT, null),
                org.assertj.core.groups.Tuple.tuple("Tono", Presence.ABSENT, null));
        assertThat(attendanceService.list(source.getId()).getFirst().getPresence()).isEqualTo(Presence.REPRESENTED);
        assertThat(followUpService.carryOverCandidates(source.getId())).isEmpty();
    }

    @Test
    @WithUserDetails("koordinator")
    void a_follow_up_of_an_old_meeting_is_planned_at_least_a_week_ahead() {
        var kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        Meeting old = meetingService.create(new Meeting(MeetingKind.OTHER, "Lama " + UUID.randomUUID(),
                LocalDateTime.of(2024, 1, 10, 14, 0), LocalDateTime.of(2024, 1, 10, 16, 0), kanwil));
        Meeting next = followUpService.planFollowUp(old.getId(), List.of());
        assertThat(next.getStartsAt().toLocalDate()).isAfterOrEqualTo(LocalDate.now().plusDays(6));
        assertThat(next.getStartsAt().toLocalTime()).isEqualTo(old.getStartsAt().toLocalTime());
    }

    @Test
    @WithUserDetails("pimpinan")
    void leadership_cannot_plan_a_follow_up() {
        assertThatThrownBy(() -> followUpService.planFollowUp(1L, List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
