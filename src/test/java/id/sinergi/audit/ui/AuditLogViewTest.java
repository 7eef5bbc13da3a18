package id.sinergi.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import id.sinergi.audit.AuditEvent;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import id.sinergi.security.ui.AccessDeniedView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    private String someoneWithEvents() {
        String username = "pelaku." + UUID.randomUUID().toString().substring(0, 8);
        audit.recordStandalone("LOGIN_FAILED", username, "address: 198.18.0.1");
        audit.recordStandalone("LOGIN_FAILED", username, "address: 198.18.0.1");
        audit.recordStandalone("LOGIN", username, "=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        return username;
    }

    @Test
    void an_administrator_filters_the_audit_log_by_user_and_action() {
        String username = someoneWithEvents();
        login("admin");
        UI.getCurrent().navigate("audit");
        AuditLogView view = _get(AuditLogView.class);
        _setValue(view.user, username);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        _setValue(view.action, "LOGIN_FAILED");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 0).getUsername()).isEqualTo(username);
    }

    @Test
    void the_export_holds_the_filtered_events_as_plain_text_and_is_itself_audited() throws Exception {
        String username = someoneWithEvents();
        login("admin");
        UI.getCurrent().navigate("audit");
        AuditLogView view = _get(AuditLogView.class);
        _setValue(view.user, username);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(view.currentFilter(), UI.getCurrent().getLocale(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(text("audit.sheet"));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(text("audit.time"));
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Cell details = sheet.getRow(1).getCell(5);
            assertThat(details.getCellType()).isEqualTo(CellType.STRING);
            assertThat(details.getStringCellValue()).startsWith("=HYPERLINK(");
        }
        AuditEvent exported = audit.search(new AuditFilter(null, null, "admin", "EXPORT", null, null), PageRequest.of(0, 1)).get(0);
        assertThat(exported.getDetails()).contains("user: " + username);
    }

    @Test
    void other_roles_are_refused_the_audit_log_and_the_refusal_is_audited() {
        login("koordinator");
        UI.getCurrent().navigate("audit");
        _assertOne(AccessDeniedView.class);
        logout();
        login("admin");
        AuditEvent refusal = audit.search(new AuditFilter(null, null, "koordinator", "ACCESS_DENIED", null, null),
                PageRequest.of(0, 1)).get(0);
        assertThat(refusal.getDetails()).contains("view: /audit", "role: COORDINATOR");
    }
}
