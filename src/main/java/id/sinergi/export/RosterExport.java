package id.sinergi.export;

import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import id.sinergi.audit.AuditService;
import id.sinergi.base.i18n.Translations;
import id.sinergi.desabinaan.AssignmentActivity;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.RosterRow;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.export.xlsx.SheetLayout;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Desa Binaan roster per Kanwil → office → village with the chosen quarter's activities and participants, and
 * subtotal rows per office and per Kanwil and a grand total. Everyone logged in reads the roster.
 */
@Service
@Transactional(readOnly = true)
public class RosterExport {

    static final String[] COLUMNS = {"no", "village", "district", "regency", "code", "program", "skNumber", "skDate",
        "inauguration", "pimpasa", "status", "activities", "male", "female", "participants"};
    static final int HEADER_ROW = 5;
    private static final int LAST = COLUMNS.length - 1;
    private static final int FIRST_COUNT = 11;
    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

    private final DesaBinaanService roster;
    private final VillageActivityService activities;
    private final FilterDescriptions descriptions;
    private final AuditService audit;
    private final Translations translations;

    RosterExport(DesaBinaanService roster, VillageActivityService activities, FilterDescriptions descriptions,
                 AuditService audit, Translations translations) {
        this.roster = roster;
        this.activities = activities;
        this.descriptions = descriptions;
        this.audit = audit;
        this.translations = translations;
    }

    @PreAuthorize("isAuthenticated()")
    public String fileName(Quarter quarter, Locale locale) {
        ExportTexts texts = new ExportTexts(translations, locale);
        return FileNames.of(texts.get("export.roster.file"), quarter.year() + "-q" + quarter.number(), LocalDate.now());
    }

    @PreAuthorize("isAuthenticated()")
    public void write(RosterFilter filter, Quarter quarter, Locale locale, OutputStream out) throws IOException {
        write(filter, quarter, locale, out, ExportProgress.NONE);
    }

    @PreAuthorize("isAuthenticated()")
    public void write(RosterFilter filter, Quarter quarter, Locale locale, OutputStream out, ExportProgress progress)
            throws IOException {
        ExportTexts texts = new ExportTexts(translations, locale);
        List<String> filters = descriptions.of(filter, texts);
        audit.recordExport("desa binaan roster", quarter.year() + " Q" + quarter.number() + "; " + String.join("; ", filters));
        List<RosterRow> rows = roster.roster(filter);
        Map<Long, AssignmentActivity> totals = activities.totalsPerAssignment(
                rows.stream().map(r -> r.assignment().getId()).toList(), quarter);
        RowCounter counter = new RowCounter(progress, rows.size());
        Sheets.workbook(out, texts, counter, xlsx -> {
            SheetWriter sheet = xlsx.sheet(texts.get("export.roster.sheet"), new SheetLayout(
                    new double[] {5, 20, 17, 20, 15, 21, 22, 17, 17, 24, 13, 10, 10, 10, 11}, HEADER_ROW + 1, true,
                    texts.get("export.footer")));
            Sheets.title(sheet, texts.get("export.roster.title"), LAST);
            Sheets.line(sheet, texts.get("export.roster.quarter", quarter.number(), String.valueOf(quarter.year()),
                    texts.date(quarter.start()), texts.date(quarter.end())), Style.SUBTITLE, LAST);
            Sheets.line(sheet, texts.get("export.matrix.filter", String.join("; ", filters)), Style.LINE, LAST);
            Sheets.line(sheet, texts.get("export.asOf", texts.date(LocalDate.now(WIB))), Style.LINE, LAST);
            sheet.row();
            texts.headers(sheet, "export.roster.col.", COLUMNS);
            Map<Agency, Map<Agency, List<RosterRow>>> byKanwil = rows.stream().collect(Collectors.groupingBy(
                    r -> Objects.requireNonNullElse(r.assignment().getOffice().getParent(), r.assignment().getOffice()),
                    LinkedHashMap::new, Collectors.groupingBy(r -> r.assignment().getOffice(), LinkedHashMap::new,
                            Collectors.toList())));
            Sums grand = new Sums();
            int[] number = {0};
            byKanwil.forEach((kanwil, offices) -> {
                group(sheet, texts.get("export.roster.kanwil", kanwil.getName()));
                Sums kanwilSums = new Sums();
                offices.forEach((office, villages) -> {
                    group(sheet, texts.get("export.roster.office", office.getName()));
                    Sums officeSums = new Sums();
                    for (RosterRow row : villages) {
                        AssignmentActivity activity = totals.getOrDefault(row.assignment().getId(),
                                AssignmentActivity.none(row.assignment().getId()));
                        village(sheet, row, activity, ++number[0], texts);
                        officeSums.add(row, activity);
                        counter.row();
                    }
                    officeSums.write(sheet, texts.get("export.roster.subtotal", office.getAbbreviation(),
                            officeSums.villages()));
                    kanwilSums.addAll(officeSums);
                });
                kanwilSums.write(sheet, texts.get("export.roster.subtotal", kanwil.getAbbreviation(), kanwilSums.villages()));
                grand.addAll(kanwilSums);
            });
            if (rows.isEmpty()) {
                Sheets.line(sheet, texts.get("export.roster.empty"), Style.TEXT, LAST);
            }
            sheet.autoFilter(HEADER_ROW, sheet.rowIndex(), 0, LAST).printTitles(HEADER_ROW, HEADER_ROW);
            grand.write(sheet, texts.get("export.roster.total", grand.villages()));
        });
    }

    private static void group(SheetWriter sheet, String title) {
        sheet.row(18).text(title, Style.GROUP).mergeAcross(0, LAST);
    }

    private static void village(SheetWriter sheet, RosterRow row, AssignmentActivity activity, int number,
                                ExportTexts texts) {
        DesaBinaan d = row.assignment();
        String status = texts.get(d.getStatus().messageKey());
        sheet.row().number(number, Style.CENTER).text(row.villageName(), Style.TEXT).text(row.districtName(), Style.TEXT)
                .text(row.regencyName(), Style.TEXT).text(d.getVillageCode(), Style.CENTER)
                .text(texts.get(d.getProgram().messageKey()), Style.TEXT).text(d.getSkNumber(), Style.TEXT)
                .date(d.getSkDate(), Style.DATE).date(d.getInaugurationDate(), Style.DATE)
                .text(d.getPimpasa().stream().map(Officer::getName).collect(Collectors.joining(", ")), Style.TEXT)
                .text(d.getEndDate() == null ? status : status + " (" + texts.date(d.getEndDate()) + ")", Style.CENTER)
                .number(activity.activities(), Style.INTEGER).number(activity.participantsMale(), Style.INTEGER)
                .number(activity.participantsFemale(), Style.INTEGER).number(activity.participants(), Style.INTEGER);
    }

    /** Running sums of a group: distinct villages, activities, participants. */
    private static final class Sums {
        private final java.util.Set<String> villages = new java.util.HashSet<>();
        private long activities;
        private long male;
        private long female;

        void add(RosterRow row, AssignmentActivity activity) {
            villages.add(row.assignment().getVillageCode());
            activities += activity.activities();
            male += activity.participantsMale();
            female += activity.participantsFemale();
        }

        void addAll(Sums other) {
            villages.addAll(other.villages);
            activities += other.activities;
            male += other.male;
            female += other.female;
        }

        int villages() {
            return villages.size();
        }

        void write(SheetWriter sheet, String label) {
            sheet.row(18).text(label, Style.TOTAL_TEXT);
            for (int c = 1; c < FIRST_COUNT; c++) {
                sheet.blank(Style.TOTAL_TEXT);
            }
            sheet.mergeAcross(0, FIRST_COUNT - 1).number(activities, Style.TOTAL_INTEGER).number(male, Style.TOTAL_INTEGER)
                    .number(female, Style.TOTAL_INTEGER).number(male + female, Style.TOTAL_INTEGER);
        }
    }
}
