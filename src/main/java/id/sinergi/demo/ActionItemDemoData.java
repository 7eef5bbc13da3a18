package id.sinergi.demo;

import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.CarryOverService;
import id.sinergi.action.NationalStrategy;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingRow;
import id.sinergi.meeting.MeetingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The action plans of the demo meetings (MeetingDemoData): the Rakor of Kabupaten Serang (some items overdue, one carried
 * over to its follow-up), the TIMPORA of Kabupaten Sambas and the coming Gugus Tugas meeting. Created through the
 * services as the "system" user with the coordinator role; ActionItemProgressDemoData reports progress once the demo
 * accounts exist.
 */
@Component
class ActionItemDemoData implements DemoData {

    static final String RAKOR = "Rapat Koordinasi Lintas Sektoral Pencegahan TPPO dan PMI Non-Prosedural Kabupaten Serang";
    static final String TIMPORA = "Rapat Tim Pengawasan Orang Asing (TIMPORA) Kabupaten Sambas";
    static final String GUGUS_TUGAS = "Rapat Gugus Tugas PP-TPPO Kabupaten Serang: Evaluasi Semester II";
    static final String TANARA = "Sosialisasi bahaya TPPO dan prosedur penempatan PMI di Desa Tanara";
    static final String PASSPORTS = "Penundaan penerbitan paspor bagi pemohon terindikasi PMI non-prosedural dan "
            + "pelaporan bulanan";
    static final String RECRUITERS = "Penyelidikan dugaan perekrutan calon PMI oleh sponsor tidak resmi di Kecamatan "
            + "Pontang";
    static final String ARUK = "Penguatan pengawasan perlintasan di PLBN Aruk/Sajingan";

    private final MeetingService meetings;
    private final ActionItemService items;
    private final CarryOverService carryOver;
    private final AgencyService agencies;

    ActionItemDemoData(MeetingService meetings, ActionItemService items, CarryOverService carryOver,
                       AgencyService agencies) {
        this.meetings = meetings;
        this.items = items;
        this.carryOver = carryOver;
        this.agencies = agencies;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        DemoIdentity.asSystemCoordinator(() -> {
            find(RAKOR, m -> m.getPrevious() == null).ifPresent(this::rakorSerang);
            find(TIMPORA, m -> true).ifPresent(this::timporaSambas);
            find(GUGUS_TUGAS, m -> true).ifPresent(this::gugusTugas);
        });
    }

    private void rakorSerang(Meeting rakor) {
        LocalDate day = rakor.getStartsAt().toLocalDate();
        item(rakor, TANARA, "Calon PMI dan keluarganya di Desa Tanara memahami bahaya TPPO dan prosedur resmi",
                "2", "kali", day.plusWeeks(3), NationalStrategy.PREVENTION, "Disnakertrans Kab. Serang",
                "36.04.14.2001", "APBD Kab. Serang", "12500000", "Kanim Serang", "BP3MI Banten");
        ActionItem census = item(rakor, "Pendataan calon PMI non-prosedural di Kecamatan Tirtayasa",
                "Daftar calon PMI per desa dengan status dokumen", "1", "dokumen", day.plusWeeks(2),
                NationalStrategy.PREVENTION, "Pemkab Serang", "36.04.13", null, null, "Pemdes Tirtayasa",
                "Pemdes Lontar", "Disnakertrans Kab. Serang");
        item(rakor, PASSPORTS, "Laporan bulanan penundaan paspor disampaikan kepada Kanwil", "6", "laporan",
                day.plusWeeks(3), NationalStrategy.PREVENTION, "Kanim Serang", null, "DIPA Kanim Serang", null,
                "Polres Serang");
        item(rakor, RECRUITERS, "Hasil penyelidikan dan tindak lanjut hukum", "1", "berkas perkara", day.plusWeeks(10),
                NationalStrategy.LAW_ENFORCEMENT, "Polres Serang", "36.04.12", "DIPA Polres Serang", null,
                "Kanim Serang", "BP3MI Banten");
        item(rakor, "Pendampingan psikososial dan reintegrasi korban TPPO asal Desa Lontar",
                "Korban kembali ke keluarga dan mendapat pelatihan usaha", "3", "orang", day.plusWeeks(12),
                NationalStrategy.RETURN_REINTEGRATION, "DP3A Kab. Serang", "36.04.13.2007", "APBD Kab. Serang", "30000000",
                "LSM Peduli Migran");
        item(rakor, "Penyusunan Peraturan Desa tentang pelindungan pekerja migran di Desa Pontang",
                "Perdes ditetapkan", "1", "perdes", day.plusWeeks(16), NationalStrategy.LEGAL_NORMS, "Pemdes Pontang",
                "36.04.12.2001", "APBDes Pontang", "15000000", "Kanwil Kemenkum Banten");
        find(RAKOR, m -> m.getPrevious() != null && m.getPrevious().getId().equals(rakor.getId()))
                .ifPresent(followUp -> carryOver.carryOver(rakor.getId(), followUp.getId(), List.of(census.getId())));
    }

    private void timporaSambas(Meeting timpora) {
        LocalDate day = timpora.getStartsAt().toLocalDate();
        ActionItem aruk = plan(ARUK, "Pemeriksaan dokumen pelintas dan pendataan pelintas tanpa dokumen", "4", "pekan",
                day.plusWeeks(6), NationalStrategy.LAW_ENFORCEMENT, "Kanim Sambas", "61.01.09", "DIPA Kanim Sambas", null,
                "Kanwil Imigrasi Kalbar");
        items.createBySystem(timpora.getId(), aruk);
        ActionItem patrol = plan("Patroli bersama di jalur setapak perbatasan Temajuk", "Patroli dua kali sebulan",
                "6", "kali", day.plusWeeks(12), NationalStrategy.COORDINATION_COOPERATION, "Kanim Sambas",
                "61.01.08.2007", null, null, "Kanwil Imigrasi Kalbar", "Rudenim Pontianak");
        items.createBySystem(timpora.getId(), patrol);
    }

    private void gugusTugas(Meeting meeting) {
        item(meeting, "Penyusunan laporan capaian RAN PP-TPPO Kabupaten Serang semester II",
                "Laporan capaian disampaikan kepada Bupati", "1", "laporan",
                meeting.getStartsAt().toLocalDate().plusWeeks(4), NationalStrategy.COORDINATION_COOPERATION,
                "DP3A Kab. Serang", "36.04", null, null, "Disnakertrans Kab. Serang", "Polres Serang");
    }

    private ActionItem item(Meeting meeting, String activity, String output, String target, String unit, LocalDate due,
                            NationalStrategy strategy, String responsible, String region, String budgetSource,
                            String budget, String... supporting) {
        return items.create(meeting.getId(), plan(activity, output, target, unit, due, strategy, responsible, region,
                budgetSource, budget, supporting));
    }

    private ActionItem plan(String activity, String output, String target, String unit, LocalDate due,
                            NationalStrategy strategy, String responsible, String region, String budgetSource,
                            String budget, String... supporting) {
        ActionItem item = new ActionItem(activity, due, agency(responsible), strategy);
        item.setOutputIndicator(output);
        item.setTargetAmount(new BigDecimal(target));
        item.setTargetUnit(unit);
        item.setRegionCode(region);
        item.setBudgetSource(budgetSource);
        item.setBudgetAmount(budget == null ? null : new BigDecimal(budget));
        Set<Agency> others = new HashSet<>();
        for (String abbreviation : supporting) {
            others.add(agency(abbreviation));
        }
        item.setSupportingAgencies(others);
        return item;
    }

    private Optional<Meeting> find(String title, Predicate<Meeting> which) {
        return meetings.list(MeetingFilter.ALL.withText(title), PageRequest.of(0, 20)).stream().map(MeetingRow::meeting)
                .filter(m -> m.getTitle().equals(title)).filter(which).findFirst();
    }

    private Agency agency(String abbreviation) {
        return agencies.findByAbbreviation(abbreviation).orElseThrow();
    }
}
