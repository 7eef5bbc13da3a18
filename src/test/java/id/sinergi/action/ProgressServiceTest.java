package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static id.sinergi.action.EvidenceSamples.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SinergiSpringTest
class ProgressServiceTest {

    private static final LocalDate DAY = LocalDate.of(2031, 6, 3);

    @Autowired
    ProgressService progress;
    @Autowired
    ActionItemService items;
    @Autowired
    EvidenceStore evidence;
    @Autowired
    ActionItemStatusService statuses;
    @Autowired
    ActionItemFixture fixture;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    private ActionItem disnakerItem(String meetingTitle) {
        Meeting meeting = fixture.meeting(unique(meetingTitle), DAY);
        return fixture.item(meeting, "Sosialisasi prosedur penempatan PMI", DAY.plusDays(30),
                "Disnakertrans Kab. Serang", "Kanim Serang");
    }

    private static ProgressUpdateRequest report(ActionItem item, ActionItemStatus status, int percent,
                                                List<EvidenceUpload> files) {
        return new ProgressUpdateRequest(item.getId(), item.getVersion(), status, percent,
                "Sosialisasi tahap pertama di Balai Desa Tanara, 45 peserta.", files, null, null);
    }

    @Test
    void the_responsible_liaison_reports_progress_with_evidence_that_readers_can_download() {
        ActionItem item = disnakerItem("Rakor progres");
        fixture.loginAs("penghubung.disnaker");
        ProgressUpdate update = progress.report(report(item, ActionItemStatus.IN_PROGRESS, 40,
                List.of(upload("Daftar hadir sosialisasi.pdf", EvidenceSamples.pdf()))));

        ActionItem stored = items.get(item.getId());
        assertThat(stored.getStatus()).isEqualTo(ActionItemStatus.IN_PROGRESS);
        assertThat(stored.getProgress()).isEqualTo(40);
        assertThat(update.getAuthorName()).isEqualTo("Agus Setiawan");
        fixture.loginAs("pimpinan");
        List<EvidenceFile> files = evidence.filesOf(progress.updatesOf(item.getId())).get(update.getId());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getFileName()).isEqualTo("Daftar hadir sosialisasi.pdf");
            assertThat(f.getContentType()).isEqualTo("application/pdf");
        });
        assertThat(evidence.download(files.getFirst().getId()).content()).isEqualTo(EvidenceSamples.pdf());
        assertThat(items.history(item.getId()).getLast().getDetails())
                .contains("status: NOT_STARTED → IN_PROGRESS", "progress: 0 → 40", "evidence: null → Daftar hadir");
    }

    @Test
    void a_liaison_of_another_agency_is_refused_by_the_service_and_nothing_changes() {
        ActionItem item = disnakerItem("Rakor instansi lain");
        fixture.loginAs("penghubung.imigrasi");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.DONE, 100,
                List.of(upload("bukti.pdf", EvidenceSamples.pdf()))))).isInstanceOf(AccessDeniedException.class);
        fixture.loginAs("pimpinan");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.IN_PROGRESS, 10, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(progress.updatesOf(item.getId())).isEmpty();
        assertThat(items.get(item.getId()).getStatus()).isEqualTo(ActionItemStatus.NOT_STARTED);
        assertThat(items.access(items.get(item.getId()))).isEqualTo(ActionItemAccess.READ_ONLY);
    }

    @Test
    void status_rules_hold_for_reports() {
        ActionItem item = disnakerItem("Rakor aturan status");
        fixture.loginAs("penghubung.disnaker");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.DONE, 90, List.of())))
                .hasMessage("actionItem.error.doneNeedsFull");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.IN_PROGRESS, 101, List.of())))
                .hasMessage("actionItem.error.progressRange");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.IN_PROGRESS, -5, List.of())))
                .hasMessage("actionItem.error.progressRange");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.CANCELLED, 0, List.of())))
                .hasMessage("actionItem.error.reportStatus");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.NOT_STARTED, 20, List.of())))
                .hasMessage("actionItem.error.notStartedWithProgress");
        assertThatThrownBy(() -> progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(),
                ActionItemStatus.IN_PROGRESS, 10, " ", List.of(), null, null)))
                .hasMessage("actionItem.error.narrativeRequired");
        assertThat(progress.updatesOf(item.getId())).isEmpty();

        ProgressUpdate done = progress.report(report(item, ActionItemStatus.DONE, 100, List.of()));
        assertThat(items.get(item.getId()).getStatus()).isEqualTo(ActionItemStatus.DONE);
        ActionItem closed = items.get(item.getId());
        assertThatThrownBy(() -> progress.report(report(closed, ActionItemStatus.IN_PROGRESS, 50, List.of())))
                .hasMessage("actionItem.error.closed");
        assertThat(done.getStatus()).isEqualTo(ActionItemStatus.DONE);
    }

    @Test
    void a_coordinator_marks_done_only_after_a_full_progress_report() {
        ActionItem item = disnakerItem("Rakor tandai selesai");
        fixture.loginAs("penghubung.disnaker");
        progress.report(report(item, ActionItemStatus.IN_PROGRESS, 100, List.of()));
        fixture.loginAs("koordinator");
        ActionItem full = items.get(item.getId());
        ActionItem done = statuses.markDone(full.getId(), full.getVersion(), "Diverifikasi dalam rakor");
        assertThat(done.getStatus()).isEqualTo(ActionItemStatus.DONE);
        assertThat(done.getClosingReason()).isEqualTo("Diverifikasi dalam rakor");
    }

    @Test
    void a_bad_evidence_file_stores_nothing_of_the_report() {
        ActionItem item = disnakerItem("Rakor bukti buruk");
        fixture.loginAs("penghubung.disnaker");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.IN_PROGRESS, 30,
                List.of(upload("foto.png", EvidenceSamples.png()), upload("laporan.pdf", EvidenceSamples.windowsProgram())))))
                .hasMessage("evidence.error.program");
        assertThat(progress.updatesOf(item.getId())).isEmpty();
        assertThat(items.get(item.getId()).getProgress()).isZero();
    }

    @Test
    void extension_changes_the_due_date_only_on_approval_and_keeps_the_original() {
        ActionItem item = disnakerItem("Rakor perpanjangan");
        LocalDate original = item.getDueDate();
        fixture.loginAs("penghubung.disnaker");
        ProgressUpdate request = progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(),
                ActionItemStatus.IN_PROGRESS, 30, "Narasumber BP3MI berhalangan.", List.of(), original.plusDays(21),
                "Jadwal narasumber mundur"));
        assertThat(items.get(item.getId()).getDueDate()).isEqualTo(original);
        ActionItem pending = items.get(item.getId());
        assertThatThrownBy(() -> progress.report(new ProgressUpdateRequest(item.getId(), pending.getVersion(),
                ActionItemStatus.IN_PROGRESS, 35, "Lagi", List.of(), original.plusDays(40), "Lagi")))
                .hasMessage("actionItem.error.extensionPending");
        assertThatThrownBy(() -> progress.decideExtension(request.getId(), request.getVersion(), true, null))
                .isInstanceOf(AccessDeniedException.class);

        fixture.loginAs("koordinator");
        ProgressUpdate approved = progress.decideExtension(request.getId(), request.getVersion(), true, "Disetujui rakor");
        ActionItem extended = items.get(item.getId());
        assertThat(extended.getDueDate()).isEqualTo(original.plusDays(21));
        assertThat(extended.getOriginalDueDate()).isEqualTo(original);
        assertThat(approved.getExtensionDecision()).isEqualTo(ExtensionDecision.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo("koordinator");
        assertThat(approved.getPreviousDueDate()).isEqualTo(original);
        assertThatThrownBy(() -> progress.decideExtension(request.getId(), approved.getVersion(), false, null))
                .hasMessage("actionItem.error.noPendingExtension");
    }

    @Test
    void a_rejected_extension_leaves_the_due_date() {
        ActionItem item = disnakerItem("Rakor tolak perpanjangan");
        fixture.loginAs("penghubung.disnaker");
        assertThatThrownBy(() -> progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(),
                ActionItemStatus.IN_PROGRESS, 30, "Mundur", List.of(), item.getDueDate().minusDays(1), "Alasan")))
                .hasMessage("actionItem.error.extensionNotLater");
        ProgressUpdate request = progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(),
                ActionItemStatus.IN_PROGRESS, 30, "Mundur", List.of(), item.getDueDate().plusDays(60), "Anggaran belum cair"));
        fixture.loginAs("koordinator");
        ProgressUpdate rejected = progress.decideExtension(request.getId(), request.getVersion(), false,
                "Harus selesai sebelum musim penempatan");
        assertThat(rejected.getExtensionDecision()).isEqualTo(ExtensionDecision.REJECTED);
        assertThat(items.get(item.getId()).getDueDate()).isEqualTo(item.getDueDate());
        assertThat(items.get(item.getId()).getOriginalDueDate()).isNull();
    }

    @Test
    void a_report_on_a_stale_version_is_refused() {
        ActionItem item = disnakerItem("Rakor versi lama");
        fixture.loginAs("koordinator");
        ActionItem edit = items.get(item.getId());
        edit.setNotes("Diubah koordinator");
        items.update(edit);
        fixture.loginAs("penghubung.disnaker");
        assertThatThrownBy(() -> progress.report(report(item, ActionItemStatus.IN_PROGRESS, 20, List.of())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(progress.updatesOf(item.getId())).isEmpty();
    }

    @Test
    void supporting_agencies_comment_but_do_not_report_and_others_do_not_comment() {
        ActionItem item = disnakerItem("Rakor komentar");
        fixture.loginAs("penghubung.imigrasi");
        Comment comment = progress.comment(item.getId(), "Kanim Serang siap menjadi narasumber keimigrasian.");
        assertThat(comment.getAuthorAgency()).isEqualTo("Kanim Serang");
        assertThat(items.access(items.get(item.getId()))).isEqualTo(new ActionItemAccess(false, false, true, false));
        assertThatThrownBy(() -> progress.comment(item.getId(), " ")).hasMessage("actionItem.error.commentRequired");
        fixture.loginAs("pimpinan");
        assertThatThrownBy(() -> progress.comment(item.getId(), "Catatan pimpinan"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(progress.commentsOf(item.getId())).extracting(Comment::getContent)
                .containsExactly("Kanim Serang siap menjadi narasumber keimigrasian.");
    }
}
