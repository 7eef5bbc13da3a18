package id.sinergi.agency.ui;

import com.vaadin.flow.component.UI;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyUse;
import id.sinergi.base.i18n.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** How agencies, regions and dates read in these views, in the user's language. */
final class AgencyTexts {

    private AgencyTexts() {
    }

    static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Translations.localeOrDefault(UI.getCurrent().getLocale())).format(date);
    }

    /** "Kanim Serang — Kantor Imigrasi Kelas I TPI Serang". */
    static String label(Agency agency) {
        return agency == null ? "" : agency.getAbbreviation() + " — " + agency.getName();
    }

    static String status(Agency agency, LocalDate today) {
        UI ui = UI.getCurrent();
        if (agency.isEndedOn(today)) {
            return ui.getTranslation("agency.status.ended", date(agency.getValidTo()));
        }
        if (agency.getValidFrom() != null && agency.getValidFrom().isAfter(today)) {
            return ui.getTranslation("agency.status.future", date(agency.getValidFrom()));
        }
        return ui.getTranslation("agency.status.active");
    }

    /** "dipakai oleh 3 pengguna; tempat bertugas 2 petugas". */
    static String uses(List<AgencyUse> uses) {
        UI ui = UI.getCurrent();
        return uses.stream().map(use -> ui.getTranslation(use.messageKey(), use.count()))
                .collect(Collectors.joining("; "));
    }
}
