package id.sinergi.demo;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.OfficerService;
import id.sinergi.meeting.AgendaItem;
import id.sinergi.meeting.AgendaService;
import id.sinergi.meeting.Attendance;
import id.sinergi.meeting.AttendanceService;
import id.sinergi.meeting.FollowUpService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MeetingStatus;
import id.sinergi.meeting.Outcome;
import id.sinergi.meeting.OutcomeKind;
import id.sinergi.meeting.OutcomeService;
import id.sinergi.meeting.Presence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A few realistic meetings around today: a held Rakor in Kabupaten Serang with its scheduled follow-up, a final TIMPORA
 * meeting in Sambas (Kalimantan Barat) and a draft Gugus Tugas meeting. Every person named here is invented.
 * Loaded through the services (rules and audit apply) as the "system" user with the coordinator role.
 */
@Component
class MeetingDemoData implements DemoData {

    private final AgencyService agencies;
    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final OutcomeService outcomes;
    private final OfficerService officers;

    MeetingDemoData(AgencyService agencies, MeetingService meetings, FollowUpService followUps, AgendaService agenda,
                    AttendanceService attendance, OutcomeService outcomes, OfficerService officers) {
        this.officers = officers;
        this.agencies = agencies;
        this.meetings = meetings;
        this.followUps = followUps;
        this.agenda = agenda;
        this.attendance = attendance;
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        DemoIdentity.asSystemCoordinator(this::loadMeetings);
    }

    private void loadMeetings() {
        LocalDate today = LocalDate.now(ZoneId.of(Meeting.DEFAULT_TIME_ZONE));
        Meeting rakor = rakorSerang(today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)));
        Meeting followUp = followUps.planFollowUp(rakor.getId(), Set.of());
        meetings.changeStatus(followUp.getId(), followUp.getVersion(), MeetingStatus.SCHEDULED);
        timporaSambas(today.minusDays(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)));
        Meeting draft = meeting(MeetingKind.GUGUS_TUGAS_TPPO,
                "Rapat Gugus Tugas PP-TPPO Kabupaten Serang: Evaluasi Semester II", "DP3A Kab. Serang",
                today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).atTime(13, 30), 150,
                "Ruang Rapat Setda Kabupaten Serang");
        draft.setOnlineLink("https://meet.example.go.id/gugus-tugas-serang");
        meetings.update(draft);
    }

    private Meeting rakorSerang(LocalDate day) {
        Meeting m = meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL,
                "Rapat Koordinasi Lintas Sektoral Pencegahan TPPO dan PMI Non-Prosedural Kabupaten Serang",
                "Kanwil Imigrasi Banten", day.atTime(9, 0), 180,
                "Aula Kantor Wilayah Direktorat Jenderal Imigrasi Banten, Serang");
        m.setChairName("Dr. Hendra Saputra, S.H., M.H.");
        m.setChairPosition("Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten");
        m.setMinuteTaker("Ratna Wulandari");
        m = meetings.update(m);
        long id = m.getId();
        AgendaItem opening = agenda.save(id, new AgendaItem("Pembukaan dan arahan Kepala Kantor Wilayah",
                "Dr. Hendra Saputra, S.H., M.H.", "Kepala Kanwil menekankan pentingnya deteksi dini keberangkatan "
                + "PMI non-prosedural melalui desa binaan imigrasi di pesisir utara Kabupaten Serang."));
        AgendaItem data = agenda.save(id, new AgendaItem("Paparan data penundaan paspor dan keberangkatan PMI "
                + "non-prosedural", "Kepala Seksi Intelijen dan Penindakan Keimigrasian, Kanim Serang",
                "Sepanjang semester I tercatat 37 penundaan penerbitan paspor karena indikasi PMI non-prosedural, "
                + "terbanyak dari Kecamatan Tirtayasa dan Pontang.\nModus yang ditemukan: visa ziarah dan visa "
                + "kunjungan untuk bekerja di Timur Tengah."));
        agenda.save(id, new AgendaItem("Rencana sosialisasi migrasi aman di desa binaan", "BP3MI Banten",
                "BP3MI menyiapkan materi; pemerintah desa menyediakan tempat dan mengundang calon PMI."));
        person(id, "Dr. Hendra Saputra, S.H., M.H.", "Kepala Kantor Wilayah", "Kanwil Imigrasi Banten", Presence.PRESENT);
        person(id, "Yudi Prasetyo, S.H.", "Kepala Kantor Imigrasi", "Kanim Serang", Presence.PRESENT);
        officer(id, "198703142010121002", Presence.PRESENT);
        officer(id, "197605092000031005", Presence.PRESENT);
        person(id, "Nurul Hidayah, S.Sos.", "Kepala Bidang Penempatan Tenaga Kerja", "Disnakertrans Kab. Serang",
                Presence.PRESENT);
        Attendance represented = new Attendance("Drs. Asep Kurniawan", "Kepala Dinas", agency("DP3A Kab. Serang"),
                Presence.REPRESENTED);
        represented.setRepresentedBy("Lina Marlina, S.Psi.");
        attendance.save(id, represented);
        person(id, "AKBP Rudi Hartono", "Kasat Reskrim", "Polres Serang", Presence.PRESENT);
        person(id, "Sri Mulyani Lestari", "Kepala Seksi Pelindungan", "BP3MI Banten", Presence.PRESENT);
        person(id, "H. Jaenudin", "Kepala Desa", "Pemdes Lontar", Presence.EXCUSED);
        person(id, "Mamat Rahmat", "Ketua", "LSM Peduli Migran", Presence.PRESENT);
        outcomes.save(id, new Outcome(OutcomeKind.INFORMATION, "Penundaan paspor semester I: 37 pemohon, terbanyak "
                + "dari Kecamatan Tirtayasa dan Pontang.", data));
        outcomes.save(id, new Outcome(OutcomeKind.CONCLUSION, "Modus visa ziarah dan visa kunjungan masih menjadi "
                + "jalur utama keberangkatan PMI non-prosedural.", data));
        outcomes.save(id, new Outcome(OutcomeKind.DECISION, "Sosialisasi migrasi aman dilaksanakan di Desa Lontar, "
                + "Tirtayasa dan Pontang sebelum rapat berikutnya, dikoordinasikan oleh BP3MI Banten.", null));
        outcomes.save(id, new Outcome(OutcomeKind.DECISION, "Setiap instansi menunjuk satu penghubung untuk "
                + "pelaporan kemajuan rencana aksi melalui Sinergi.", opening));
        return meetings.changeStatus(id, m.getVersion(), MeetingStatus.HELD);
    }

    private void timporaSambas(LocalDate day) {
        Meeting m = meeting(MeetingKind.TIMPORA, "Rapat Tim Pengawasan Orang Asing (TIMPORA) Kabupaten Sambas",
                "Kanim Sambas", day.atTime(9, 30), 150, "Ruang Rapat Kantor Imigrasi Kelas II Non TPI Sambas");
        m.setChairName("Agustinus Lumban Gaol, S.H.");
        m.setChairPosition("Kepala Kantor Imigrasi Kelas II Non TPI Sambas");
        m.setMinuteTaker("Fransiska Wulan");
        m = meetings.update(m);
        long id = m.getId();
        AgendaItem border = agenda.save(id, new AgendaItem("Pengawasan lalu lintas orang di PLBN Aruk dan jalan "
                + "setapak perbatasan", "Kepala Seksi Inteldakim", "Dibahas pelintas batas tanpa dokumen di Temajuk "
                + "dan Santaban serta pola perekrutan pekerja ke Sarawak."));
        person(id, "Agustinus Lumban Gaol, S.H.", "Kepala Kantor Imigrasi", "Kanim Sambas", Presence.PRESENT);
        Attendance police = new Attendance("Kompol Markus Sinaga", "Kasat Intelkam", null, Presence.EXCUSED);
        police.setOrganization("Polres Sambas");
        attendance.save(id, police);
        person(id, "Bambang Irawan", "Kepala Bidang Pengawasan", "Kanwil Imigrasi Kalbar", Presence.PRESENT);
        Attendance guest = new Attendance("Yohana Ita", "Koordinator Lapangan", null, Presence.PRESENT);
        guest.setOrganization("Yayasan Pelangi Perbatasan");
        guest.setGuest(true);
        attendance.save(id, guest);
        outcomes.save(id, new Outcome(OutcomeKind.DECISION, "Patroli bersama di jalur setapak Temajuk dilakukan "
                + "dua kali sebulan.", border));
        Meeting held = meetings.changeStatus(id, m.getVersion(), MeetingStatus.HELD);
        meetings.changeStatus(id, held.getVersion(), MeetingStatus.FINAL);
    }

    private Meeting meeting(MeetingKind kind, String title, String organizer, LocalDateTime start, int minutes,
                            String venue) {
        Meeting meeting = new Meeting(kind, title, start, start.plusMinutes(minutes), agency(organizer));
        meeting.setVenue(venue);
        return meetings.create(meeting);
    }

    private void person(long meetingId, String name, String position, String agencyAbbreviation, Presence presence) {
        attendance.save(meetingId, new Attendance(name, position, agency(agencyAbbreviation), presence));
    }

    /** An attendee picked from the officers list (demo officers of OfficeDemoData), details copied as of today. */
    private void officer(long meetingId, String nip, Presence presence) {
        officers.findByNip(nip).ifPresent(o -> {
            Attendance line = new Attendance(o.getName(), o.getPosition(), o.getAgency(), presence);
            line.setOfficerId(o.getId());
            attendance.save(meetingId, line);
        });
    }

    private Agency agency(String abbreviation) {
        return agencies.findByAbbreviation(abbreviation).orElseThrow();
    }
}
