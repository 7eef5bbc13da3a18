package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, amounts and status badges of action items in the reader's language ("22 Juli 2025"). */
final class ActionItemFormat {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private ActionItemFormat() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", locale).format(instant.atZone(WIB));
    }

    static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The status as a badge; colour and text together, so it reads without colour too. */
    static Span statusBadge(ActionItemStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(status.messageKey()));
        badge.getElement().setAttribute("theme", badgeTheme(status));
        badge.addClassName("sinergi-status");
        return badge;
    }

    static String badgeTheme(ActionItemStatus status) {
        return switch (status) {
            case DONE -> "badge success";
            case CANCELLED, NOT_STARTED -> "badge contrast";
            case IN_PROGRESS -> "badge";
        };
    }

    /** The due date, with a warning icon and the word "overdue" when the item is overdue today. */
    static Component dueDate(ActionItem item, Locale locale) {
        Span due = new Span(date(item.getDueDate(), locale));
        if (!item.isOverdueOn(ActionItemService.today())) {
            return due;
        }
        Span marker = new Span(VaadinIcon.WARNING.create(), new Span(due.getTranslation("actionItems.overdue")));
        marker.getElement().setAttribute("theme", "badge error");
        Span both = new Span(due, marker);
        both.addClassName("sinergi-overdue");
        return both;
    }
}
