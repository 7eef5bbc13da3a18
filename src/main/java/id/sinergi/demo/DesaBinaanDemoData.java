package id.sinergi.demo;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.desabinaan.ActivityKind;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.RiskLevel;
import id.sinergi.desabinaan.SelectionReason;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Villages fostered by Kanim Serang and Kanim Sambas (Desa Binaan Imigrasi) and by BP3MI Banten (Desa Migran EMAS, the
 * same Desa Tanara), one proposed and one ended, with invented activities this quarter and last quarter.
 */
@Component
class DesaBinaanDemoData implements DemoData {

    private final AgencyService agencyService;
    private final OfficerService officerService;
    private final DesaBinaanService assignments;
    private final VillageActivityService activities;

    DesaBinaanDemoData(AgencyService agencyService, OfficerService officerService, DesaBinaanService assignments,
                       VillageActivityService activities) {
        this.agencyService = agencyService;
        this.officerService = officerService;
        this.assignments = assignments;
        this.activities = activities;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        Agency bp3mi = agency("BP3MI Banten");
        Officer pendamping = new Officer("Wahyu Hidayat", null, bp3mi);
        pendamping.setPosition("Analis Pelindungan Pekerja Migran");
        officerService.createBySystem(pendamping);

        DesaBinaan tanara = assign("36.04.14.2001", "Kanim Serang", Program.DESA_BINAAN_IMIGRASI, AssignmentStatus.ACTIVE,
                "W.11.IMI.IMI.3-UM.01.01-0412", LocalDate.of(2024, 2, 12), SelectionReason.HIGH_MIGRATION,
                RiskLevel.HIGH, "Dimas Prasetyo", "Nurul Aini");
        DesaBinaan lontar = assign("36.04.13.2007", "Kanim Serang", Program.DESA_BINAAN_IMIGRASI, AssignmentStatus.ACTIVE,
                "W.11.IMI.IMI.3-UM.01.01-0977", LocalDate.of(2025, 5, 20), SelectionReason.TPPO_CASES,
                RiskLevel.MEDIUM, "Yusuf Maulana");
        assign("36.04.12.2001", "Kanim Serang", Program.DESA_BINAAN_IMIGRASI, AssignmentStatus.PROPOSED, null, null,
                SelectionReason.HIGH_MIGRATION, RiskLevel.MEDIUM, "Nurul Aini");
        DesaBinaan temajuk = assign("61.01.08.2007", "Kanim Sambas", Program.DESA_BINAAN_IMIGRASI,
                AssignmentStatus.ACTIVE, "W.16.IMI.IMI.4-UM.01.01-0150", LocalDate.of(2024, 8, 5),
                SelectionReason.BORDER_AREA, RiskLevel.HIGH, "Fransiskus Ajun", "Rahmawati Lestari");
        DesaBinaan emas = assign("36.04.14.2001", "BP3MI Banten", Program.DESA_MIGRAN_EMAS, AssignmentStatus.ACTIVE,
                "B.118/BP3MI-BTN/2025", LocalDate.of(2025, 3, 3), SelectionReason.HIGH_MIGRATION, RiskLevel.HIGH,
                "Wahyu Hidayat");
        DesaBinaan santaban = assign("61.01.09.2003", "Kanim Sambas", Program.DESA_BINAAN_IMIGRASI,
                AssignmentStatus.ACTIVE, "W.16.IMI.IMI.4-UM.01.01-0033", LocalDate.of(2023, 3, 1),
                SelectionReason.BORDER_AREA, RiskLevel.MEDIUM, "Fransiskus Ajun");
        assignments.endBySystem(santaban.getId(), LocalDate.of(2025, 6, 30),
                "Pembinaan dialihkan ke Pemerintah Kabupaten Sambas");

        Quarter now = Quarter.current();
        Quarter last = now.previous();
        activity(tanara, day(now, 3), ActivityKind.SOSIALISASI_PENYULUHAN,
                "Sosialisasi prosedur bekerja ke luar negeri secara aman", 34, 51);
        activity(tanara, day(now, 20), ActivityKind.EARLY_WARNING,
                "Laporan perekrut tanpa izin menawarkan kerja di Timur Tengah", 0, 0);
        activity(lontar, day(now, 10), ActivityKind.VISIT, "Kunjungan ke kantor desa dan posyandu", 6, 9);
        activity(temajuk, day(now, 5), ActivityKind.COORDINATION,
                "Koordinasi dengan Babinsa dan Pemdes tentang jalur tikus perbatasan", 12, 3);
        activity(emas, day(now, 12), ActivityKind.SOSIALISASI_PENYULUHAN, "Layanan informasi penempatan PMI", 20, 38);
        activity(tanara, day(last, 15), ActivityKind.SOSIALISASI_PENYULUHAN,
                "Penyuluhan bahaya TPPO bagi karang taruna", 41, 37);
        activity(lontar, day(last, 30), ActivityKind.COORDINATION, "Rapat koordinasi dengan perangkat desa", 8, 4);
        activity(temajuk, day(last, 40), ActivityKind.EARLY_WARNING,
                "Laporan penyeberangan tidak resmi ke Sarawak", 0, 0);
    }

    private DesaBinaan assign(String village, String office, Program program, AssignmentStatus status, String skNumber,
                              LocalDate skDate, SelectionReason reason, RiskLevel risk, String... pimpasa) {
        Agency agency = agency(office);
        DesaBinaan draft = new DesaBinaan(village, agency, program);
        draft.setStatus(status);
        draft.setSkNumber(skNumber);
        draft.setSkDate(skDate);
        draft.setInaugurationDate(skDate == null ? null : skDate.plusWeeks(3));
        draft.setReason(reason);
        draft.setRiskLevel(risk);
        List<String> names = List.of(pimpasa);
        draft.setPimpasa(officerService.officersOf(agency.getId()).stream().filter(o -> names.contains(o.getName()))
                .toList());
        return assignments.createBySystem(draft);
    }

    private void activity(DesaBinaan assignment, LocalDate date, ActivityKind kind, String topic, int male, int female) {
        VillageActivity activity = new VillageActivity(assignment, date, kind, topic, male, female);
        if (kind == ActivityKind.EARLY_WARNING) {
            activity.setFindings("Informasi diteruskan ke Polres dan Disnakertrans untuk ditindaklanjuti");
        }
        activities.createBySystem(activity);
    }

    /** A day in the quarter, never after today (demo data must not lie in the future). */
    private static LocalDate day(Quarter quarter, int offset) {
        LocalDate day = quarter.start().plusDays(offset);
        LocalDate today = LocalDate.now();
        return day.isAfter(today) ? today : day;
    }

    private Agency agency(String abbreviation) {
        return agencyService.findByAbbreviation(abbreviation).orElseThrow();
    }
}
