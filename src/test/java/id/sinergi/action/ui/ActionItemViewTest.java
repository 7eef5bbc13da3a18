package id.sinergi.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import id.sinergi.KaribuTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.EvidenceSamples;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.meeting.Meeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The item page as each role sees it: the liaison flow, comments, extension decisions, status actions, conflicts. */
class ActionItemViewTest extends KaribuTest {

    private static final LocalDate DAY = LocalDate.of(2031, 10, 6);

    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ActionItemService items;
    @Autowired
    ProgressService progress;

    private ActionItem item(String responsible, String... supporting) {
        Meeting meeting = fixture.meeting(unique("Rakor halaman"), DAY);
        return fixture.item(meeting, unique("Sosialisasi migrasi aman"), DAY.plusDays(30), responsible, supporting);
    }

    private void open(ActionItem item, String username) {
        login(username);
        UI.getCurrent().navigate(ActionItemView.class, new RouteParameters(ActionItemView.PARAMETER,
                item.getId().toString()));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static String textOf(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private static PendingEvidence file(String name, byte[] content) throws IOException {
        Path path = Files.createTempFile("test-evidence-", ".part");
        Files.write(path, content);
        return new PendingEvidence(name, path);
    }

    @Test
    void the_responsible_liaison_reports_progress_with_an_evidence_file() throws IOException {
        ActionItem item = item("Disnakertrans Kab. Serang", "Kanim Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        _setValue(panel.form.status, ActionItemStatus.IN_PROGRESS);
        _setValue(panel.form.progress, 40);
        _setValue(panel.form.narrative, "Sosialisasi tahap pertama di Balai Desa Tanara, 45 peserta.");
        panel.form.received(file("Daftar hadir.pdf", EvidenceSamples.pdf()));
        _click(panel.send);

        assertThat(notifications()).contains(text("itemProgress.sent"));
        assertThat(textOf("item-details")).contains("Sedang berjalan", "40 %");
        assertThat(textOf("progress-updates")).contains("Agus Setiawan", "Sosialisasi tahap pertama di Balai Desa Tanara");
        assertThat(_get(Anchor.class, s -> s.withText("Daftar hadir.pdf")).getElement().getAttribute("download"))
                .isNotNull();
        assertThat(textOf("history")).contains("Laporan progres", "Status: Belum dimulai → Sedang berjalan",
                "Realisasi (%): 0 → 40", "Bukti dukung: – → Daftar hadir.pdf");
    }

    @Test
    void a_file_whose_content_does_not_match_its_name_is_dropped_at_once() throws IOException {
        ActionItem item = item("Disnakertrans Kab. Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        panel.form.received(file("foto.png", EvidenceSamples.pdf()));
        panel.form.received(file("setup.pdf", EvidenceSamples.windowsProgram()));
        assertThat(notifications()).contains(text("evidence.error.contentMismatch", "foto.png"),
                text("evidence.error.program", "setup.pdf"));
        assertThat(panel.form.pendingFiles.getChildren()).isEmpty();
    }

    @Test
    void another_agencys_liaison_reads_the_item_by_url_without_controls_and_the_service_refuses() {
        ActionItem item = item("Pemkab Serang");
        open(item, "penghubung.imigrasi");
        assertThat(textOf("item-details")).contains("Pemkab Serang");
        _assertNone(ProgressPanel.class);
        _assertNone(CoordinatorActions.class);
        assertThat(_get(Paragraph.class, s -> s.withId("progress-read-only")).getText()).contains("Pemkab Serang");
        assertThat(_get(CommentsPanel.class).text.isAttached()).isFalse();

        assertThatThrownBy(() -> progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(),
                ActionItemStatus.DONE, 100, "Selesai (palsu)", List.of(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(progress.updatesOf(item.getId())).isEmpty();
    }

    @Test
    void a_supporting_agency_comments_but_cannot_report() {
        ActionItem item = item("Disnakertrans Kab. Serang", "Kanim Serang");
        open(item, "penghubung.imigrasi");
        _assertNone(ProgressPanel.class);
        CommentsPanel comments = _get(CommentsPanel.class);
        _setValue(comments.text, "Kanim Serang siap menjadi narasumber <b>keimigrasian</b>.");
        _click(comments.send);
        assertThat(textOf("comments")).contains("Siti Rahmawati (Kanim Serang)",
                "Kanim Serang siap menjadi narasumber <b>keimigrasian</b>.");
    }

    @Test
    void done_needs_full_progress_and_nothing_is_stored_otherwise() {
        ActionItem item = item("Disnakertrans Kab. Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        _setValue(panel.form.status, ActionItemStatus.DONE);
        assertThat(panel.form.progress.getValue()).isEqualTo(100);
        _setValue(panel.form.progress, 90);
        _setValue(panel.form.narrative, "Hampir selesai");
        _click(panel.send);
        assertThat(panel.form.progress.isInvalid()).isTrue();
        assertThat(panel.form.progress.getErrorMessage()).isEqualTo(text("actionItem.error.doneNeedsFull"));
        assertThat(progress.updatesOf(item.getId())).isEmpty();
    }

    @Test
    void a_coordinator_approves_an_extension_and_the_original_due_date_is_kept() {
        ActionItem item = item("Disnakertrans Kab. Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        _setValue(panel.form.progress, 30);
        _setValue(panel.form.narrative, "Narasumber BP3MI berhalangan.");
        _setValue(panel.form.extension, true);
        _setValue(panel.form.extensionDueDate, DAY.plusDays(51));
        _setValue(panel.form.extensionReason, "Jadwal narasumber mundur tiga minggu");
        _click(panel.send);
        assertThat(textOf("item-details")).contains("5 November 2031").doesNotContain("26 November 2031");
        assertThat(textOf("progress-updates")).contains("26 November 2031", "Menunggu keputusan");

        open(item, "koordinator");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("extension-approve")));
        assertThat(textOf("item-details")).contains("Target waktu26 November 2031", "Target waktu semula5 November 2031");
        assertThat(textOf("progress-updates")).contains("Disetujui", "koordinator");
        assertThat(textOf("history")).contains("Target waktu: 5 November 2031 → 26 November 2031");
    }

    @Test
    void a_rejected_extension_leaves_the_due_date() {
        ActionItem item = item("Disnakertrans Kab. Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        _setValue(panel.form.narrative, "Anggaran belum cair.");
        _setValue(panel.form.extension, true);
        _setValue(panel.form.extensionDueDate, DAY.plusDays(90));
        _setValue(panel.form.extensionReason, "Menunggu anggaran perubahan");
        _click(panel.send);
        open(item, "koordinator");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("extension-note")),
                "Harus selesai sebelum musim penempatan");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("extension-reject")));
        assertThat(items.get(item.getId()).getDueDate()).isEqualTo(DAY.plusDays(30));
        assertThat(textOf("item-details")).doesNotContain(text("actionItem.originalDueDate"));
        assertThat(textOf("progress-updates")).contains("Ditolak", "Harus selesai sebelum musim penempatan");
    }

    @Test
    void a_coordinator_cancels_with_a_reason_and_reopens() {
        ActionItem item = item("Kanim Serang");
        open(item, "koordinator");
        CoordinatorActions actions = _get(CoordinatorActions.class);
        _click(actions.cancel);
        ReasonDialog dialog = _get(ReasonDialog.class);
        _click(dialog.confirm);
        assertThat(notifications()).contains(text("actionItem.error.reasonRequired"));
        _setValue(dialog.reason, "Digabung dengan kegiatan Pemkab");
        _click(dialog.confirm);
        assertThat(textOf("item-details")).contains("Dibatalkan", "Digabung dengan kegiatan Pemkab");
        _assertNone(ProgressPanel.class);
        _click(_get(CoordinatorActions.class).reopen);
        assertThat(textOf("item-details")).contains("Belum dimulai").doesNotContain("Digabung dengan kegiatan Pemkab");
        assertThat(textOf("history")).contains("Dibatalkan", "Dibuka kembali");
    }

    @Test
    void a_second_save_on_a_stale_item_gets_a_conflict_and_can_reload() {
        ActionItem item = item("Kanim Serang");
        open(item, "koordinator");
        _click(_get(CoordinatorActions.class).edit);
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        _setValue(dialog.form.notes, "Catatan dari dialog yang basi");

        ActionItem other = items.get(item.getId());
        other.setNotes("Catatan dari rekan yang menyimpan lebih dulu");
        items.update(other);

        _click(dialog.save);
        assertThat(notifications()).contains(text("error.conflict"));
        assertThat(items.get(item.getId()).getNotes()).isEqualTo("Catatan dari rekan yang menyimpan lebih dulu");
        assertThat(dialog.reload.isVisible()).isTrue();
        _click(dialog.reload);
        assertThat(_find(ActionItemDialog.class)).singleElement()
                .satisfies(d -> assertThat(d.form.notes.getValue()).isEqualTo("Catatan dari rekan yang menyimpan lebih dulu"));
    }

    @Test
    void a_progress_report_on_a_stale_item_gets_a_conflict() {
        ActionItem item = item("Disnakertrans Kab. Serang");
        open(item, "penghubung.disnaker");
        ProgressPanel panel = _get(ProgressPanel.class);
        _setValue(panel.form.narrative, "Laporan berdasarkan data lama");
        fixture.loginAs("koordinator");
        ActionItem other = items.get(item.getId());
        other.setNotes("Diubah koordinator");
        items.update(other);
        login("penghubung.disnaker");
        _click(panel.send);
        assertThat(notifications()).contains(text("error.conflict"));
        assertThat(panel.reload.isVisible()).isTrue();
        assertThat(progress.updatesOf(item.getId())).isEmpty();
    }

    @Test
    void leadership_reads_everything_and_changes_nothing() {
        ActionItem item = item("Kanim Serang");
        open(item, "pimpinan");
        assertThat(textOf("item-details")).contains("Kanim Serang");
        _assertNone(ProgressPanel.class);
        _assertNone(CoordinatorActions.class);
        assertThat(_get(CommentsPanel.class).send.isAttached()).isFalse();
        assertThat(textOf("history")).contains("Dibuat", "koordinator");
    }
}
