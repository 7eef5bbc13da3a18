package id.sinergi.export;

import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Test data for the exports (a meeting with a chair and items of several strategies) and reading files back. */
@Component
public class ExportFixture {

    @Autowired
    ActionItemFixture items;
    @Autowired
    ActionItemService itemService;
    @Autowired
    ProgressService progressService;
    @Autowired
    MeetingService meetingService;

    /** A meeting on 28 October 2025 chaired by an invented official, at a hotel in Serang. */
    public Meeting meeting(String title) {
        Meeting meeting = items.meeting(title, LocalDate.of(2025, 10, 28));
        meeting.setChairName("Dr. Rahmat Hidayat, S.H., M.H.");
        meeting.setChairPosition("Kepala Kantor Wilayah Imigrasi Banten");
        meeting.setVenue("Aula Kanwil Imigrasi Banten, Serang");
        return meetingService.update(meeting);
    }

    public ActionItem item(Meeting meeting, String activity, LocalDate due, String responsible, NationalStrategy strategy,
                           String... supporting) {
        ActionItem item = items.item(meeting, activity, due, responsible, supporting);
        ActionItem stored = itemService.get(item.getId());
        stored.setStrategy(strategy);
        stored.setOutputIndicator("Laporan kegiatan");
        stored.setTargetAmount(new BigDecimal("12"));
        stored.setTargetUnit("kegiatan");
        stored.setBudgetSource("DIPA Kanwil");
        stored.setBudgetAmount(new BigDecimal("15000000"));
        return itemService.update(stored);
    }

    public void progress(ActionItem item, ActionItemStatus status, int percent, String narrative) {
        items.loginAs("koordinator");
        ActionItem stored = itemService.get(item.getId());
        progressService.report(new ProgressUpdateRequest(stored.getId(), stored.getVersion(), status, percent, narrative,
                List.of(), null, null));
    }

    public void loginAs(String username) {
        items.loginAs(username);
    }

    public void logout() {
        items.logout();
    }

    public static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The texts of a row's cells as shown (numbers as numbers), empty for missing cells. */
    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : "");
        }
        return texts;
    }

    /** The first row whose column holds exactly this text. */
    public static XSSFRow rowWith(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("No row with \"" + text + "\" in column " + column + " of " + sheet.getSheetName());
    }
}
