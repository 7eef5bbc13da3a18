package id.sinergi.demo;

import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MeetingStatus;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of history for the dashboard's trend: the quarterly evaluation meetings of Kanwil Imigrasi Banten ten and five
 * months ago, their action plans due month by month, most of them done in time, some late. The services can only record
 * progress as of today, so the days progress was reported and items were done are set back afterwards, in the database
 * (demo data only); the audit trail keeps the day the demo was loaded.
 */
@Component
class ActionItemHistoryDemoData implements DemoData {

    private static final ZoneId WIB = ZoneId.of(Meeting.DEFAULT_TIME_ZONE);

    /** One agreed item: due so many weeks after its meeting and, at the end, done / in progress / not started. */
    private record Planned(String activity, String responsible, NationalStrategy strategy, int dueWeeks,
                           ActionItemStatus outcome, String narrative) {
    }

    private static final List<Planned> FIRST_QUARTER = List.of(
            new Planned("Sosialisasi migrasi aman di Desa Binaan Lontar", "BP3MI Banten", NationalStrategy.PREVENTION,
                    4, ActionItemStatus.DONE, "Sosialisasi diikuti 64 warga, termasuk 18 calon PMI."),
            new Planned("Pemetaan kantong calon PMI non-prosedural di Kecamatan Tirtayasa", "Disnakertrans Kab. Serang",
                    NationalStrategy.PREVENTION, 6, ActionItemStatus.DONE, "Peta tujuh desa kantong PMI selesai."),
            new Planned("Wawancara mendalam pemohon paspor tujuan Timur Tengah", "Kanim Serang",
                    NationalStrategy.PREVENTION, 8, ActionItemStatus.DONE, "Prosedur wawancara diterapkan di loket."),
            new Planned("Operasi gabungan pengawasan keberangkatan di Pelabuhan Merak", "Polres Serang",
                    NationalStrategy.LAW_ENFORCEMENT, 10, ActionItemStatus.DONE, "Dua operasi, 11 calon PMI dicegah."),
            new Planned("Pelatihan deteksi dini TPPO bagi perangkat Desa Pontang", "DP3A Kab. Serang",
                    NationalStrategy.PREVENTION, 13, ActionItemStatus.DONE, "Pelatihan diikuti 25 perangkat desa."),
            new Planned("Layanan pengaduan PMI bermasalah di Disnakertrans", "Disnakertrans Kab. Serang",
                    NationalStrategy.RETURN_REINTEGRATION, 17, ActionItemStatus.DONE, "Loket pengaduan dibuka."),
            new Planned("Penyusunan SOP rujukan korban TPPO tingkat kabupaten", "Pemkab Serang",
                    NationalStrategy.LEGAL_NORMS, 21, ActionItemStatus.IN_PROGRESS, "Draf SOP dibahas bagian hukum."));

    private static final List<Planned> SECOND_QUARTER = List.of(
            new Planned("Pendataan PMI purna dan keluarganya di Desa Lontar", "Pemdes Lontar",
                    NationalStrategy.RETURN_REINTEGRATION, 4, ActionItemStatus.DONE, "42 PMI purna terdata."),
            new Planned("Penyebaran informasi lowongan kerja luar negeri resmi", "BP3MI Banten",
                    NationalStrategy.PREVENTION, 6, ActionItemStatus.DONE, "Papan informasi di 12 kantor desa."),
            new Planned("Pengawasan agen perjalanan umrah yang memberangkatkan pekerja", "Kanwil Imigrasi Banten",
                    NationalStrategy.LAW_ENFORCEMENT, 9, ActionItemStatus.DONE, "Tiga agen diperiksa."),
            new Planned("Bimbingan teknis Pimpasa desa binaan pesisir utara", "Kanim Serang",
                    NationalStrategy.COORDINATION_COOPERATION, 12, ActionItemStatus.DONE, "Bimtek untuk 9 Pimpasa."),
            new Planned("Pendampingan hukum korban TPPO asal Kecamatan Pontang", "DP3A Kab. Serang",
                    NationalStrategy.RETURN_REINTEGRATION, 16, ActionItemStatus.IN_PROGRESS, "Dua berkas di kejaksaan."),
            new Planned("Kampanye migrasi aman melalui radio komunitas", "Disnakertrans Kab. Serang",
                    NationalStrategy.PREVENTION, 28, ActionItemStatus.NOT_STARTED, null));

    private final MeetingService meetings;
    private final ActionItemService items;
    private final ProgressService progress;
    private final AgencyService agencies;
    private final JdbcClient jdbc;

    ActionItemHistoryDemoData(MeetingService meetings, ActionItemService items, ProgressService progress,
                              AgencyService agencies, JdbcClient jdbc) {
        this.meetings = meetings;
        this.items = items;
        this.progress = progress;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(WIB);
        DemoIdentity.asSystemCoordinator(() -> {
            evaluation("I", today.minusMonths(10), FIRST_QUARTER, today);
            evaluation("II", today.minusMonths(5), SECOND_QUARTER, today);
        });
    }

    private void evaluation(String quarter, LocalDate around, List<Planned> plan, LocalDate today) {
        LocalDate day = around.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Meeting meeting = new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, "Rapat Koordinasi Evaluasi Triwulan "
                + quarter + " Pencegahan TPPO dan PMI Non-Prosedural Provinsi Banten", day.atTime(9, 0),
                day.atTime(12, 0), agencies.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow());
        meeting.setVenue("Aula Kantor Wilayah Direktorat Jenderal Imigrasi Banten, Serang");
        meeting = meetings.create(meeting);
        for (Planned planned : plan) {
            ActionItem item = new ActionItem(planned.activity(), day.plusWeeks(planned.dueWeeks()),
                    agencies.findByAbbreviation(planned.responsible()).orElseThrow(), planned.strategy());
            item = items.create(meeting.getId(), item);
            if (planned.outcome() != ActionItemStatus.NOT_STARTED) {
                report(item, planned, pastDay(item.getDueDate().minusDays(3 + planned.activity().length() % 9), today));
            }
        }
        meetings.changeStatus(meeting.getId(), meetings.get(meeting.getId()).getVersion(), MeetingStatus.HELD);
    }

    private void report(ActionItem item, Planned planned, LocalDate reported) {
        int percent = planned.outcome() == ActionItemStatus.DONE ? 100 : 40;
        progress.report(new ProgressUpdateRequest(item.getId(), items.get(item.getId()).getVersion(), planned.outcome(),
                percent, planned.narrative(), List.of(), null, null));
        jdbc.sql("update progress_update set created_at = :at where action_item_id = :item")
                .param("at", Timestamp.from(reported.atTime(10, 0).atZone(WIB).toInstant())).param("item", item.getId()).update();
        if (planned.outcome() == ActionItemStatus.DONE) {
            jdbc.sql("update action_item set done_on = :day where id = :item").param("day", reported)
                    .param("item", item.getId()).update();
        }
    }

    private static LocalDate pastDay(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? day : today.minusDays(1);
    }
}
