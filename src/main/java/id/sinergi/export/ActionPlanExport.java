package id.sinergi.export;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemReportService;
import id.sinergi.action.ActionItemRow;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.ItemOrder;
import id.sinergi.action.NationalStrategy;
import id.sinergi.audit.AuditService;
import id.sinergi.base.i18n.Translations;
import id.sinergi.export.xlsx.SheetLayout;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingFormat;
import id.sinergi.meeting.MeetingService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan matrix (Matriks Rencana Aksi) of one meeting or of the items list's filter: title block, the table
 * grouped by national strategy, overdue rows shaded, the chair's signature block; A4 landscape fitted to the page width
 * with the header row on every printed page. Everyone logged in reads every item, so everyone may export it.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanExport {

    static final double[] WIDTHS = {5, 34, 26, 12, 18, 16, 20, 14, 16, 11, 26};
    static final String[] COLUMNS = {"no", "activity", "output", "target", "due", "responsible", "supporting", "budget",
        "status", "progress", "notes"};
    static final int HEADER_ROW = 6;
    private static final int LAST = COLUMNS.length - 1;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final ActionItemReportService items;
    private final MeetingService meetings;
    private final FilterDescriptions descriptions;
    private final AuditService audit;
    private final Translations translations;

    ActionPlanExport(ActionItemReportService items, MeetingService meetings, FilterDescriptions descriptions,
                     AuditService audit, Translations translations) {
        this.items = items;
        this.meetings = meetings;
        this.descriptions = descriptions;
        this.audit = audit;
        this.translations = translations;
    }

    /** E.g. {@code matriks-rencana-aksi_rakor-banten_2025-10-28.xlsx}: the meeting and its day, else today. */
    @PreAuthorize("isAuthenticated()")
    public String fileName(ActionItemFilter filter, Locale locale) {
        ExportTexts texts = new ExportTexts(translations, locale);
        if (filter.meetingId() != null) {
            Meeting meeting = meetings.get(filter.meetingId());
            return FileNames.of(texts.get("export.matrix.file"), meeting.getTitle(), meeting.getStartsAt().toLocalDate());
        }
        return FileNames.of(texts.get("export.matrix.file"), texts.get("export.matrix.fileAll"), ActionItemService.today());
    }

    @PreAuthorize("isAuthenticated()")
    public void write(ActionItemFilter filter, Locale locale, OutputStream out) throws IOException {
        write(filter, locale, out, ExportProgress.NONE);
    }

    @PreAuthorize("isAuthenticated()")
    public void write(ActionItemFilter filter, Locale locale, OutputStream out, ExportProgress progress)
            throws IOException {
        ExportTexts texts = new ExportTexts(translations, locale);
        Meeting meeting = filter.meetingId() == null ? null : meetings.get(filter.meetingId());
        audit.recordExport("action plan matrix", String.join("; ", descriptions.of(filter, null, texts)));
        RowCounter counter = new RowCounter(progress, items.count(filter, null));
        Sheets.workbook(out, texts, counter, xlsx -> {
            SheetWriter sheet = xlsx.sheet(texts.get("export.matrix.sheet"),
                    new SheetLayout(WIDTHS, HEADER_ROW + 1, true, texts.get("export.footer")));
            titleBlock(sheet, meeting, filter, texts);
            texts.headers(sheet, "export.matrix.col.", COLUMNS);
            int lastRow = table(sheet, filter, texts, counter);
            sheet.autoFilter(HEADER_ROW, lastRow, 0, LAST).printTitles(HEADER_ROW, HEADER_ROW);
            sheet.row();
            Sheets.line(sheet, texts.get("export.asOf", texts.date(ActionItemService.today())) + " "
                    + texts.get("export.matrix.legend"), Style.NOTE, LAST);
            signature(sheet, meeting, texts);
        });
    }

    private void titleBlock(SheetWriter sheet, Meeting meeting, ActionItemFilter filter, ExportTexts texts) {
        Sheets.title(sheet, texts.get("export.matrix.title"), LAST);
        if (meeting != null) {
            sheet.row(30).text(meeting.getTitle(), Style.SUBTITLE).mergeAcross(0, LAST);
            Locale locale = texts.locale();
            line(sheet, texts.get("export.matrix.kind", texts.get(meeting.getKind().messageKey())) + "   ·   "
                    + texts.get("export.matrix.when", MeetingFormat.longDate(meeting.getStartsAt().toLocalDate(), locale),
                    MeetingFormat.time(meeting.getStartsAt().toLocalTime(), locale),
                    texts.get(MeetingFormat.zoneKey(meeting.getTimeZone()))));
            line(sheet, texts.get("export.matrix.venue", firstOf(meeting.getVenue(), meeting.getOnlineLink(), "-")));
            line(sheet, texts.get("export.matrix.organizer", meeting.getOrganizer() == null ? "-"
                    : meeting.getOrganizer().getName()));
        } else {
            sheet.row(30).text(texts.get("export.matrix.allMeetings"), Style.SUBTITLE).mergeAcross(0, LAST);
            line(sheet, texts.get("export.matrix.filter", String.join("; ", descriptions.of(filter, null, texts))));
            sheet.row();
            sheet.row();
        }
        sheet.row();
    }

    private static void line(SheetWriter sheet, String text) {
        Sheets.line(sheet, text, Style.LINE, LAST);
    }

    /** The items grouped by strategy; returns the index of the last table row. */
    private int table(SheetWriter sheet, ActionItemFilter filter, ExportTexts texts, RowCounter counter) {
        LocalDate today = ActionItemService.today();
        NationalStrategy[] group = {null};
        int[] number = {0};
        items.forEach(filter, null, ItemOrder.BY_STRATEGY, false, row -> {
            if (row.strategy() != group[0]) {
                group[0] = row.strategy();
                sheet.row(18).text(ROMAN[row.strategy().ordinal()] + ". " + texts.label(row.strategy(), NationalStrategy::messageKey)
                        .toUpperCase(texts.locale()), Style.GROUP).mergeAcross(0, LAST);
            }
            item(sheet, row, ++number[0], row.isOverdueOn(today), texts);
            counter.row();
        });
        if (number[0] == 0) {
            Sheets.line(sheet, texts.get("export.matrix.empty"), Style.TEXT, LAST);
        }
        return sheet.rowIndex();
    }

    static void item(SheetWriter sheet, ActionItemRow row, int number, boolean late, ExportTexts texts) {
        String status = texts.label(row.status(), ActionItemStatus::messageKey);
        sheet.row().number(number, Style.CENTER.late(late))
                .text(row.activity(), Style.TEXT.late(late))
                .text(row.outputIndicator(), Style.TEXT.late(late))
                .text(row.targetAmount() == null ? row.targetUnit()
                        : (texts.number(row.targetAmount()) + " " + nullToEmpty(row.targetUnit())).strip(),
                        Style.CENTER.late(late))
                .date(row.dueDate(), Style.DATE.late(late))
                .text(row.responsibleAgency(), Style.CENTER.late(late))
                .text(String.join(", ", row.supportingAgencies()), Style.TEXT.late(late));
        if (row.budgetAmount() != null) {
            sheet.number(row.budgetAmount(), Style.INTEGER.late(late));
        } else {
            sheet.text(row.budgetSource(), Style.CENTER.late(late));
        }
        sheet.text(late ? texts.withArgument("export.matrix.late", status) : status, Style.CENTER.late(late))
                .percent(row.progress(), Style.PERCENT.late(late))
                .text(notes(row, texts), Style.TEXT.late(late));
    }

    static String notes(ActionItemRow row, ExportTexts texts) {
        String source = row.budgetAmount() != null && row.budgetSource() != null
                ? texts.withArgument("export.matrix.budgetSource", row.budgetSource()) : null;
        if (source == null) {
            return row.notes();
        }
        return row.notes() == null ? source : row.notes() + "\n" + source;
    }

    private static void signature(SheetWriter sheet, Meeting meeting, ExportTexts texts) {
        int from = 7;
        String position = meeting == null || meeting.getChairPosition() == null ? texts.get("export.sign.chair")
                : meeting.getChairPosition();
        String name = meeting == null || meeting.getChairName() == null ? texts.get("export.sign.blank")
                : meeting.getChairName();
        sheet.row();
        sheet.row();
        signLine(sheet, from, texts.get("export.sign.acknowledged"), Style.SIGN);
        signLine(sheet, from, position, Style.SIGN);
        sheet.row(20);
        sheet.row(20);
        sheet.row(20);
        signLine(sheet, from, name, Style.SIGN_NAME);
    }

    private static void signLine(SheetWriter sheet, int from, String text, Style style) {
        sheet.row();
        for (int c = 0; c < from; c++) {
            sheet.skip();
        }
        sheet.text(text, style).mergeAcross(from, LAST);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
