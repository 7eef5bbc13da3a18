package id.sinergi.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.base.i18n.Translations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The minutes are read back with POI: headings, particulars, tables and texts as a reader sees them. */
@SinergiSpringTest
@WithUserDetails("koordinator")
class MinutesDocumentTest {

    @Autowired
    MinutesDocument minutes;
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

    private Meeting recordedMeeting(String title) {
        var kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        Meeting meeting = new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, title, LocalDateTime.of(2025, 7, 22, 9, 0),
                LocalDateTime.of(2025, 7, 22, 12, 0), kanwil);
        meeting.setVenue("Aula Kanwil Imigrasi Banten");
        meeting.setChairName("Dr. Hendra Saputra");
        meeting.setChairPosition("Kepala Kantor Wilayah");
        meeting.setMinuteTaker("Ratna Wulandari");
        long id = meetingService.create(meeting).getId();
        AgendaItem item = agendaService.save(id, new AgendaItem("Paparan data PMI non-prosedural", "Kanim Serang",
                "Baris pertama <b>tebal?</b>\nBaris kedua 🇮🇩"));
        attendanceService.save(id, new Attendance("Yudi Prasetyo", "Kepala Kantor", agencyService
                .findByAbbreviation("Kanim Serang").orElseThrow(), Presence.PRESENT));
        Attendance represented = new Attendance("Asep Kurniawan", "Kepala Dinas", agencyService
                .findByAbbreviation("DP3A Kab. Serang").orElseThrow(), Presence.REPRESENTED);
        represented.setRepresentedBy("Lina Marlina");
        attendanceService.save(id, represented);
        outcomeService.save(id, new Outcome(OutcomeKind.DECISION, "Sosialisasi di Desa Lontar bulan depan.", item));
        return meetingService.get(id);
    }

    private XWPFDocument write(Meeting meeting, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.write(meeting.getId(), locale, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> row(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void indonesian_minutes_have_the_particulars_attendance_agenda_outcomes_and_signatures() throws IOException {
        String title = "Rakor Banten " + UUID.randomUUID().toString().substring(0, 6);
        Meeting meeting = recordedMeeting(title);
        try (XWPFDocument document = write(meeting, Translations.INDONESIAN)) {
            assertThat(paragraphs(document)).containsSubsequence("NOTULEN RAPAT", title, "I. DAFTAR HADIR",
                    "II. AGENDA DAN PEMBAHASAN", "1. Paparan data PMI non-prosedural", "Penyaji: Kanim Serang",
                    "Baris pertama <b>tebal?</b>\nBaris kedua 🇮🇩", "III. HASIL RAPAT",
                    "1. Keputusan (agenda 1): Sosialisasi di Desa Lontar bulan depan.", "IV. RENCANA AKSI", "Tidak ada.",
                    "Selasa, 22 Juli 2025");
            List<XWPFTable> tables = document.getTables();
            XWPFTable particulars = tables.get(0);
            assertThat(particulars.getRows()).extracting(MinutesDocumentTest::row).contains(
                    List.of("Jenis rapat", "Rakor Lintas Sektoral"),
                    List.of("Hari, tanggal", "Selasa, 22 Juli 2025"),
                    List.of("Waktu", "09.00 – 12.00 WIB"),
                    List.of("Penyelenggara", "Kantor Wilayah Direktorat Jenderal Imigrasi Banten"),
                    List.of("Pimpinan rapat", "Dr. Hendra Saputra, Kepala Kantor Wilayah"));
            assertThat(tables.get(1).getRows()).extracting(MinutesDocumentTest::row).containsExactly(
                    List.of("No.", "Nama", "Jabatan", "Instansi", "Kehadiran"),
                    List.of("1", "Yudi Prasetyo", "Kepala Kantor", "Kanim Serang", "Hadir"),
                    List.of("2", "Asep Kurniawan", "Kepala Dinas", "DP3A Kab. Serang", "Diwakili oleh Lina Marlina"));
            XWPFTable signatures = tables.getLast();
            assertThat(signatures.getRow(0).getCell(0).getText()).startsWith("Notulis,").contains("Ratna Wulandari");
            assertThat(signatures.getRow(0).getCell(1).getText()).startsWith("Pimpinan Rapat,")
                    .contains("Dr. Hendra Saputra").endsWith("Kepala Kantor Wilayah");
        }
        assertThat(minutes.fileName(meeting, Translations.INDONESIAN))
                .matches("notulen_rakor-banten-[a-z0-9]{6}_2025-07-22\\.docx");
    }

    @Test
    void english_readers_get_english_minutes() throws IOException {
        Meeting meeting = recordedMeeting("Rakor Banten " + UUID.randomUUID().toString().substring(0, 6));
        try (XWPFDocument document = write(meeting, Translations.ENGLISH)) {
            assertThat(paragraphs(document)).containsSubsequence("MINUTES OF MEETING", "I. ATTENDANCE",
                    "II. AGENDA AND DISCUSSION", "III. OUTCOMES", "1. Decision (agenda 1): Sosialisasi di Desa Lontar bulan depan.",
                    "IV. ACTION ITEMS", "None.", "Tuesday, 22 July 2025");
            assertThat(document.getTables().get(0).getRows()).extracting(MinutesDocumentTest::row)
                    .contains(List.of("Time", "09:00 – 12:00 WIB"), List.of("Day, date", "Tuesday, 22 July 2025"));
        }
        assertThat(minutes.fileName(meeting, Translations.ENGLISH)).startsWith("minutes_rakor-banten-");
    }
}
