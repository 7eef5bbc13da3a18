package id.sinergi.export;

import id.sinergi.action.ActionItemReportService;
import id.sinergi.action.ActionItemRow;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.AgencyProgress;
import id.sinergi.action.ItemOrder;
import id.sinergi.action.NationalStrategy;
import id.sinergi.audit.AuditService;
import id.sinergi.base.i18n.Translations;
import id.sinergi.export.xlsx.SheetLayout;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.UserService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report (Laporan Kemajuan): "Ringkasan" per responsible agency with a totals row, "Rencana Aksi" with
 * every item and its latest progress update, "Terlambat" with the overdue items and days late, and "Info" with the
 * filters, who made it and when. The item sheets stream (constant memory, 1,000,000 items fit in 64 MB of heap).
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportExport {

    static final String[] SUMMARY = {"no", "agency", "total", "done", "inProgress", "notStarted", "cancelled", "overdue",
        "doneShare"};
    static final String[] ITEMS = {"no", "activity", "strategy", "responsible", "due", "status", "progress", "latest",
        "updated", "updatedBy"};
    static final String[] OVERDUE = {"no", "activity", "responsible", "due", "status", "progress", "daysLate"};
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ActionItemReportService items;
    private final FilterDescriptions descriptions;
    private final AuditService audit;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final UserService users;

    ProgressReportExport(ActionItemReportService items, FilterDescriptions descriptions, AuditService audit,
                         Translations translations, CurrentUser currentUser, UserService users) {
        this.items = items;
        this.descriptions = descriptions;
        this.audit = audit;
        this.translations = translations;
        this.currentUser = currentUser;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    public String fileName(ProgressReportFilter filter, Locale locale) {
        ExportTexts texts = new ExportTexts(translations, locale);
        String period = filter.from() == null && filter.to() == null ? null
                : (filter.from() == null ? "" : filter.from().toString()) + "-" + (filter.to() == null ? "" : filter.to());
        return FileNames.of(texts.get("export.progress.file"), period, ActionItemService.today());
    }

    @PreAuthorize("isAuthenticated()")
    public void write(ProgressReportFilter filter, Locale locale, OutputStream out) throws IOException {
        write(filter, locale, out, ExportProgress.NONE);
    }

    @PreAuthorize("isAuthenticated()")
    public void write(ProgressReportFilter filter, Locale locale, OutputStream out, ExportProgress progress)
            throws IOException {
        ExportTexts texts = new ExportTexts(translations, locale);
        List<String> filters = descriptions.of(filter.items(), filter.kanwilId(), texts);
        audit.recordExport("progress report", String.join("; ", filters));
        long total = items.count(filter.items(), filter.kanwilId());
        RowCounter counter = new RowCounter(progress, total);
        String footer = texts.get("export.footer");
        Sheets.workbook(out, texts, counter, xlsx -> {
            // the items first, so the summary (the first tab) is counted from their rows as they pass, and the overdue
            // items picked out of them into their own sheet at the same time (one reading of the items, not two)
            AgencyTally tally = new AgencyTally();
            SheetWriter itemSheet = xlsx.sheet(texts.get("export.progress.sheet.items"),
                    new SheetLayout(new double[] {7, 42, 22, 18, 18, 18, 11, 46, 18, 20}, 1, true, footer), 1);
            SheetWriter overdueSheet = xlsx.sheetBeside(texts.get("export.progress.sheet.overdue"),
                    new SheetLayout(new double[] {7, 48, 20, 18, 18, 11, 12}, 1, true, footer), 2);
            items(itemSheet, overdueSheet, filter, texts, counter, tally);
            summary(xlsx.sheet(texts.get("export.progress.sheet.summary"),
                    new SheetLayout(new double[] {5, 44, 10, 10, 12, 12, 12, 11, 11}, 5, true, footer), 0),
                    tally.perAgency(), filters, texts);
            info(xlsx.sheet(texts.get("export.progress.sheet.info"),
                    new SheetLayout(new double[] {28, 80}, 0, false, footer), 3), filters, total, texts);
        });
    }

    private void summary(SheetWriter sheet, List<AgencyProgress> agencies, List<String> filters, ExportTexts texts) {
        int last = SUMMARY.length - 1;
        Sheets.title(sheet, texts.get("export.progress.title"), last);
        Sheets.line(sheet, String.join("; ", filters), Style.LINE, last);
        Sheets.line(sheet, texts.get("export.asOf", texts.date(ActionItemService.today())), Style.LINE, last);
        sheet.row();
        texts.headers(sheet, "export.progress.col.", SUMMARY);
        int header = sheet.rowIndex();
        long[] sums = new long[6];
        int number = 0;
        for (AgencyProgress a : agencies) {
            sheet.row().number(++number, Style.CENTER).text(a.name() + " (" + a.abbreviation() + ")", Style.TEXT)
                    .number(a.total(), Style.INTEGER).number(a.done(), Style.INTEGER).number(a.inProgress(), Style.INTEGER)
                    .number(a.notStarted(), Style.INTEGER).number(a.cancelled(), Style.INTEGER)
                    .number(a.overdue(), Style.INTEGER.late(a.overdue() > 0)).number(a.doneShare(), Style.PERCENT);
            long[] values = {a.total(), a.done(), a.inProgress(), a.notStarted(), a.cancelled(), a.overdue()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        sheet.autoFilter(header, sheet.rowIndex(), 0, last).printTitles(header, header);
        sheet.row(18).text(texts.get("export.progress.total"), Style.TOTAL_TEXT).blank(Style.TOTAL_TEXT)
                .mergeAcross(0, 1);
        for (long sum : sums) {
            sheet.number(sum, Style.TOTAL_INTEGER);
        }
        sheet.number(new AgencyProgress(0, "", "", sums[0], sums[1], 0, 0, sums[4], 0).doneShare(), Style.TOTAL_PERCENT);
        sheet.row();
        Sheets.line(sheet, texts.get("export.progress.info.doneShare"), Style.NOTE, last);
    }

    /**
     * Every item into the item sheet, and the overdue ones (open and past due, as the lists' overdue filter) also into
     * their sheet, in the same order.
     */
    private void items(SheetWriter sheet, SheetWriter overdue, ProgressReportFilter filter, ExportTexts texts,
                       RowCounter counter, AgencyTally tally) {
        texts.headers(sheet, "export.progress.col.", ITEMS);
        texts.headers(overdue, "export.progress.col.", OVERDUE);
        LocalDate today = ActionItemService.today();
        int[] number = {0, 0};
        items.forEach(filter.items(), filter.kanwilId(), ItemOrder.BY_DUE_DATE, true, row -> {
            boolean late = row.isOverdueOn(today);
            tally.add(row, today);
            ActionItemRow.LatestProgress latest = row.latest();
            sheet.row().number(++number[0], Style.CENTER.late(late)).text(row.activity(), Style.TEXT.late(late))
                    .text(texts.label(row.strategy(), NationalStrategy::messageKey), Style.TEXT.late(late))
                    .text(row.responsibleAgency(), Style.CENTER.late(late)).date(row.dueDate(), Style.DATE.late(late))
                    .text(status(row, late, texts), Style.CENTER.late(late))
                    .percent(row.progress(), Style.PERCENT.late(late))
                    .text(latest == null ? null : latest.narrative(), Style.TEXT.late(late))
                    .date(latest == null ? null : LocalDate.ofInstant(latest.at(), WIB), Style.DATE.late(late))
                    .text(latest == null ? null : latest.authorName(), Style.TEXT.late(late));
            if (late) {
                overdue.row().number(++number[1], Style.CENTER).text(row.activity(), Style.TEXT)
                        .text(row.responsibleAgency(), Style.CENTER).date(row.dueDate(), Style.DATE)
                        .text(texts.label(row.status(), ActionItemStatus::messageKey), Style.CENTER)
                        .percent(row.progress(), Style.PERCENT)
                        .number(ChronoUnit.DAYS.between(row.dueDate(), today), Style.INTEGER.late());
            }
            counter.row();
        });
        sheet.autoFilter(0, sheet.rowIndex(), 0, ITEMS.length - 1).printTitles(0, 0);
        overdue.autoFilter(0, overdue.rowIndex(), 0, OVERDUE.length - 1).printTitles(0, 0);
    }

    private void info(SheetWriter sheet, List<String> filters, long total, ExportTexts texts) {
        sheet.row(20).text(texts.get("export.progress.title"), Style.LABEL);
        sheet.row();
        sheet.row().text(texts.get("export.progress.info.filters"), Style.LABEL).text(String.join("\n", filters), Style.LINE);
        sheet.row().text(texts.get("export.progress.info.generatedBy"), Style.LABEL).text(author(), Style.LINE);
        sheet.row().text(texts.get("export.progress.info.generatedAt"), Style.LABEL)
                .dateTime(LocalDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES), Style.INFO_DATE_TIME);
        sheet.row().text(texts.get("export.progress.info.items"), Style.LABEL).number(total, Style.LINE);
        sheet.row();
        sheet.row().text(texts.get("export.progress.info.doneShare"), Style.NOTE).mergeAcross(0, 1);
    }

    private static String status(ActionItemRow row, boolean late, ExportTexts texts) {
        String status = texts.label(row.status(), ActionItemStatus::messageKey);
        return late ? texts.withArgument("export.matrix.late", status) : status;
    }

    private String author() {
        if (currentUser.get().isPresent()) {
            return users.findCurrent().getFullName();
        }
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
