package id.sinergi.demo;

import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.EvidenceUpload;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Progress on the demo action items, reported by the demo accounts themselves once they exist (after UserDemoData):
 * the Disnakertrans liaison with a PDF attendance list and a pending extension request, the immigration liaison up to
 * done, the coordinator on behalf of agencies without an account, and a supporting agency's comment.
 */
@Component
class ActionItemProgressDemoData implements DemoData {

    private final ActionItemService items;
    private final ProgressService progress;
    private final UserDetailsService users;

    ActionItemProgressDemoData(ActionItemService items, ProgressService progress, UserDetailsService users) {
        this.items = items;
        this.progress = progress;
        this.users = users;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        DemoIdentity.as(users.loadUserByUsername("penghubung.imigrasi"), this::immigration);
        DemoIdentity.as(users.loadUserByUsername("penghubung.disnaker"), this::manpower);
        DemoIdentity.as(users.loadUserByUsername("koordinator"), this::onBehalfOfAgencies);
    }

    private void immigration() {
        find(ActionItemDemoData.PASSPORTS).ifPresent(item -> {
            report(item, ActionItemStatus.IN_PROGRESS, 50, "Tiga laporan bulanan telah disampaikan; 14 permohonan "
                    + "paspor ditunda karena indikasi PMI non-prosedural.", pdf("Rekap penundaan paspor.pdf",
                    "Rekapitulasi penundaan paspor", "Kantor Imigrasi Kelas I TPI Serang", "14 permohonan ditunda"));
            report(items.get(item.getId()), ActionItemStatus.DONE, 100, "Enam laporan bulanan lengkap; penundaan "
                    + "paspor menjadi prosedur tetap di seksi lalu lintas keimigrasian.", List.of());
        });
        find(ActionItemDemoData.TANARA).ifPresent(item -> progress.comment(item.getId(),
                "Kanim Serang siap menjadi narasumber materi keimigrasian dan modus visa ziarah."));
    }

    private void manpower() {
        find(ActionItemDemoData.TANARA).ifPresent(item -> progress.report(new ProgressUpdateRequest(item.getId(),
                item.getVersion(), ActionItemStatus.IN_PROGRESS, 60, "Sosialisasi pertama di Balai Desa Tanara "
                + "diikuti 52 warga (31 perempuan). Sosialisasi kedua tertunda karena narasumber BP3MI berhalangan.",
                pdf("Daftar hadir sosialisasi Tanara.pdf", "Daftar hadir sosialisasi migrasi aman",
                        "Balai Desa Tanara", "52 peserta"),
                item.getDueDate().plusWeeks(3), "Narasumber BP3MI Banten baru dapat hadir tiga minggu lagi.")));
    }

    private void onBehalfOfAgencies() {
        find(ActionItemDemoData.RECRUITERS).ifPresent(item -> report(item, ActionItemStatus.IN_PROGRESS, 30,
                "Polres Serang telah memeriksa dua saksi; laporan disampaikan lisan dalam rapat.", List.of()));
        find(ActionItemDemoData.ARUK).ifPresent(item -> report(item, ActionItemStatus.IN_PROGRESS, 50,
                "Pemeriksaan bersama di PLBN Aruk berjalan dua pekan; 9 pelintas tanpa dokumen didata.", List.of()));
    }

    private void report(ActionItem item, ActionItemStatus status, int percent, String narrative,
                        List<EvidenceUpload> evidence) {
        progress.report(new ProgressUpdateRequest(item.getId(), item.getVersion(), status, percent, narrative, evidence,
                null, null));
    }

    private static List<EvidenceUpload> pdf(String name, String... lines) {
        byte[] content = DemoPdf.page(lines);
        return List.of(new EvidenceUpload(name, () -> new ByteArrayInputStream(content)));
    }

    private Optional<ActionItem> find(String activity) {
        return items.list(ActionItemFilter.ALL.withText(activity), PageRequest.of(0, 1)).stream().findFirst();
    }
}
