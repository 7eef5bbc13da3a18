package id.sinergi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SinergiSpringTest
class MeetingServiceTest {

    @Autowired
    MeetingService meetingService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    AuditService auditService;

    private Meeting newMeeting(String title, LocalDateTime start) {
        Agency kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        Meeting meeting = new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, title, start, start.plusHours(3), kanwil);
        meeting.setVenue("Aula Kanwil, Serang");
        return meeting;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("koordinator")
    void coordinator_creates_a_draft_and_finds_it_by_text_period_kind_organizer_and_status() {
        String title = unique("Rakor Pencegahan TPPO Kecamatan Tirtayasa");
        Meeting created = meetingService.create(newMeeting(title, LocalDateTime.of(2031, 3, 4, 9, 0)));
        assertThat(created.getStatus()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(created.getTimeZone()).isEqualTo("Asia/Jakarta");

        MeetingFilter byText = MeetingFilter.ALL.withText(title.substring(title.length() - 8));
        assertThat(meetingService.list(byText, PageRequest.of(0, 10))).singleElement()
                .satisfies(row -> assertThat(row.meeting().getOrganizer().getAbbreviation())
                        .isEqualTo("Kanwil Imigrasi Banten"));
        MeetingFilter narrow = new MeetingFilter(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 4),
                MeetingKind.RAKOR_LINTAS_SEKTORAL, created.getOrganizer().getId(), MeetingStatus.DRAFT, title);
        assertThat(meetingService.count(narrow)).isEqualTo(1);
        assertThat(meetingService.count(new MeetingFilter(LocalDate.of(2031, 3, 5), null, null, null, null, title)))
                .isZero();
        assertThat(meetingService.count(new MeetingFilter(null, null, MeetingKind.TIMPORA, null, null, title))).isZero();
        assertThat(meetingService.count(new MeetingFilter(null, null, null, null, MeetingStatus.HELD, title))).isZero();
    }

    @Test
    @WithUserDetails("koordinator")
    void the_list_is_newest_first_and_pages_do_not_overlap() {
        String series = unique("Seri urutan");
        for (int day = 1; day <= 5; day++) {
            meetingService.create(newMeeting(series + " hari " + day, LocalDateTime.of(2032, 1, day, 9, 0)));
        }
        MeetingFilter filter = MeetingFilter.ALL.withText(series);
        var first = meetingService.list(filter, PageRequest.of(0, 2));
        var second = meetingService.list(filter, PageRequest.of(1, 2));
        assertThat(first).extracting(r -> r.meeting().getTitle()).containsExactly(series + " hari 5", series + " hari 4");
        assertThat(second).extracting(r -> r.meeting().getTitle()).containsExactly(series + " hari 3", series + " hari 2");
        var byTitle = meetingService.list(filter, PageRequest.of(0, 5, Sort.by("title")));
        assertThat(byTitle.getFirst().meeting().getTitle()).isEqualTo(series + " hari 1");
        var byOrganizer = meetingService.list(filter, PageRequest.of(0, 5, Sort.by("organizer.name")));
        assertThat(byOrganizer).hasSize(5);
    }

    @Test
    @WithUserDetails("koordinator")
    void a_free_text_with_like_wildcards_matches_them_literally() {
        String title = unique("Evaluasi 100% rencana_aksi");
        meetingService.create(newMeeting(title, LocalDateTime.of(2031, 5, 6, 9, 0)));
        assertThat(meetingService.count(MeetingFilter.ALL.withText("100% rencana_aksi"))).isPositive();
        assertThat(meetingService.count(MeetingFilter.ALL.withText("100%_rencana"))).isZero();
    }

    @Test
    @WithUserDetails("koordinator")
    void end_before_start_an_empty_title_and_a_script_link_are_refused() {
        Meeting backwards = newMeeting(unique("Mundur"), LocalDateTime.of(2031, 6, 1, 9, 0));
        backwards.setEndsAt(backwards.getStartsAt().minusMinutes(30));
        assertThatThrownBy(() -> meetingService.create(backwards)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("meeting.error.endBeforeStart");
        Meeting untitled = newMeeting("  ", LocalDateTime.of(2031, 6, 1, 9, 0));
        assertThatThrownBy(() -> meetingService.create(untitled)).hasMessage("error.invalid");
        Meeting scripted = newMeeting(unique("Tautan"), LocalDateTime.of(2031, 6, 1, 9, 0));
        scripted.setOnlineLink("javascript:alert(1)");
        assertThatThrownBy(() -> meetingService.create(scripted)).hasMessage("meeting.error.onlineLink");
        Meeting tooLong = newMeeting("x".repeat(Meeting.TITLE_MAX_LENGTH + 1), LocalDateTime.of(2031, 6, 1, 9, 0));
        assertThatThrownBy(() -> meetingService.create(tooLong)).hasMessage("error.invalid");
        assertThat(meetingService.count(MeetingFilter.ALL.withText(untitled.getTitle() + "Mundur"))).isZero();
    }

    @Test
    @WithUserDetails("koordinator")
    void indonesian_characters_emoji_and_markup_are_stored_exactly() {
        String title = unique("Sosialisasi “PMI Prosedural” — Desa Pontang ✅🇮🇩 <script>alert('x')</script> é");
        Meeting created = meetingService.create(newMeeting(title, LocalDateTime.of(2031, 7, 1, 9, 0)));
        assertThat(meetingService.get(created.getId()).getTitle()).isEqualTo(title);
    }

    @Test
    @WithUserDetails("koordinator")
    void the_second_of_two_concurrent_saves_is_refused_and_the_first_is_kept() {
        Meeting created = meetingService.create(newMeeting(unique("Bersamaan"), LocalDateTime.of(2031, 8, 1, 9, 0)));
        Meeting first = meetingService.get(created.getId());
        Meeting second = meetingService.get(created.getId());
        first.setTitle("Judul dari koordinator pertama");
        meetingService.update(first);
        second.setTitle("Judul dari koordinator kedua");
        assertThatThrownBy(() -> meetingService.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(meetingService.get(created.getId()).getTitle()).isEqualTo("Judul dari koordinator pertama");
    }

    @Test
    @WithUserDetails("koordinator")
    void changes_and_status_moves_are_in_the_audit_trail_with_old_and_new_values() {
        Meeting created = meetingService.create(newMeeting(unique("Diaudit"), LocalDateTime.of(2031, 9, 1, 9, 0)));
        Meeting edited = meetingService.get(created.getId());
        edited.setVenue("Pendopo Kabupaten Serang");
        Meeting updated = meetingService.update(edited);
        meetingService.changeStatus(updated.getId(), updated.getVersion(), MeetingStatus.SCHEDULED);
        var history = auditService.history("Meeting", created.getId());
        assertThat(history).extracting(e -> e.getAction())
                .containsExactly("MEETING_CREATE", "MEETING_UPDATE", "MEETING_STATUS");
        assertThat(history.get(1).getDetails()).isEqualTo("venue: Aula Kanwil, Serang → Pendopo Kabupaten Serang");
        assertThat(history.get(2).getDetails()).isEqualTo("status: DRAFT → SCHEDULED");
        assertThat(history.get(2).getUsername()).isEqualTo("koordinator");
    }

    @Test
    @WithUserDetails("koordinator")
    void a_meeting_without_a_chair_cannot_be_made_final() {
        Meeting created = meetingService.create(newMeeting(unique("Tanpa pimpinan"), LocalDateTime.of(2031, 10, 1, 9, 0)));
        Meeting held = meetingService.changeStatus(created.getId(), created.getVersion(), MeetingStatus.HELD);
        assertThatThrownBy(() -> meetingService.changeStatus(held.getId(), held.getVersion(), MeetingStatus.FINAL))
                .hasMessage("meeting.error.finalNeedsChair");
        assertThatThrownBy(() -> meetingService.changeStatus(held.getId(), held.getVersion(), MeetingStatus.DRAFT))
                .hasMessage("meeting.error.statusChange");
        assertThat(meetingService.get(created.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    @WithUserDetails("penghubung.disnaker")
    void a_liaison_reads_meetings_but_cannot_create_one() {
        assertThat(meetingService.canEdit()).isFalse();
        assertThatNoException().isThrownBy(() -> meetingService.list(MeetingFilter.ALL, PageRequest.of(0, 5)));
        assertThatThrownBy(() -> meetingService.create(newMeeting("Rapat liar", LocalDateTime.of(2031, 1, 1, 9, 0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("pimpinan")
    void leadership_cannot_change_a_meetings_status() {
        assertThat(meetingService.canEdit()).isFalse();
        assertThatThrownBy(() -> meetingService.changeStatus(1L, 0, MeetingStatus.SCHEDULED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_reads_nothing() {
        assertThatThrownBy(() -> meetingService.count(MeetingFilter.ALL))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
