package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.UI;
import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How Desa Binaan values read in the user's language: "22 Juli 2025", officer lists, agency labels. */
final class Texts {

    private Texts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", UI.getCurrent().getLocale()).format(date);
    }

    static String names(List<Officer> officers) {
        return officers.stream().map(Officer::getName).collect(Collectors.joining(", "));
    }

    static String agency(Agency agency) {
        return agency == null ? "" : agency.getAbbreviation();
    }

    static String key(String messageKey) {
        return UI.getCurrent().getTranslation(messageKey);
    }
}
