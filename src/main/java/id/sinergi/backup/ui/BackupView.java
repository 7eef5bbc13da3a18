package id.sinergi.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.sinergi.backup.BackupService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.user.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;

/** Administrators make a consistent backup of the running database and download it. */
@Route("backup")
@Menu(order = 95, title = "menu.backup", icon = "vaadin:database")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backupService;
    final UnorderedList backups = new UnorderedList();
    final Button create = new Button();

    BackupView(BackupService backupService) {
        this.backupService = backupService;
        addClassName("sinergi-page");
        add(new Paragraph(getTranslation("backup.intro")));
        if (!backupService.isSupported()) {
            Paragraph unsupported = new Paragraph(getTranslation("backup.unsupported"));
            unsupported.setId("backup-unsupported");
            add(unsupported);
            return;
        }
        create.setText(getTranslation("backup.create"));
        create.setIcon(VaadinIcon.DOWNLOAD.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("backup-create");
        create.setDisableOnClick(true);
        create.addClickListener(e -> createBackup());
        backups.setId("backup-list");
        add(create, new Paragraph(getTranslation("backup.restoreHint", backupService.backupDirectory().toString())),
                backups);
        refresh();
    }

    private void createBackup() {
        try {
            Path file = backupService.createBackup();
            Notifications.showSuccess(getTranslation("backup.created", file.getFileName().toString()));
            refresh();
        } catch (BusinessRuleException e) {
            Notifications.showError(e);
        } finally {
            create.setEnabled(true);
        }
    }

    private void refresh() {
        backups.removeAll();
        for (Path file : backupService.listBackups()) {
            String name = file.getFileName().toString();
            Anchor link = new Anchor(DownloadHandler.forFile(file.toFile(), name), name);
            link.setDownload(true);
            backups.add(new ListItem(link));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.backup");
    }
}
