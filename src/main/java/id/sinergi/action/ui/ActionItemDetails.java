package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.sinergi.action.ActionItem;
import id.sinergi.agency.Agency;
import id.sinergi.meeting.Meeting;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read-only facts of an item: a list of label and value pairs in a card. */
class ActionItemDetails extends Div {

    /** The meeting page's address (meeting.ui.MeetingView), named by URL so this feature does not use that view. */
    static final String MEETING_PATH = "meetings/";

    ActionItemDetails(ActionItem item, Function<Long, Optional<Meeting>> meetings,
                      Function<String, Optional<String>> regionPaths) {
        Locale locale = getLocale();
        addClassName("sinergi-card");
        addClassName("sinergi-details");
        setId("item-details");
        row("actionItem.meeting", meetingLink(meetings.apply(item.getOriginMeetingId()), locale));
        if (item.getCarriedToMeetingId() != null) {
            row("actionItem.carriedTo", meetingLink(meetings.apply(item.getCarriedToMeetingId()), locale));
        }
        text("actionItem.outputIndicator", item.getOutputIndicator());
        text("actionItem.target", join(ActionItemFormat.amount(item.getTargetAmount(), locale), item.getTargetUnit()));
        row("actionItem.dueDate", ActionItemFormat.dueDate(item, locale));
        if (item.getOriginalDueDate() != null) {
            text("actionItem.originalDueDate", ActionItemFormat.date(item.getOriginalDueDate(), locale));
        }
        text("actionItem.responsibleAgency", ActionItemForm.agencyLabel(item.getResponsibleAgency()));
        text("actionItem.supportingAgencies", item.getSupportingAgencies().stream().map(Agency::getAbbreviation)
                .sorted().collect(Collectors.joining(", ")));
        text("actionItem.budget", join(item.getBudgetSource(), ActionItemFormat.amount(item.getBudgetAmount(), locale)));
        text("actionItem.strategy", getTranslation(item.getStrategy().messageKey()));
        if (item.getRegionCode() != null) {
            text("actionItem.region", regionPaths.apply(item.getRegionCode()).orElse(item.getRegionCode()));
        }
        row("actionItem.status", ActionItemFormat.statusBadge(item.getStatus()));
        ProgressBar bar = new ProgressBar(0, 100, item.getProgress());
        bar.setWidth("10em");
        row("actionItem.progress", new Span(bar, new Span(" " + item.getProgress() + " %")));
        text("actionItem.closingReason", item.getClosingReason());
        text("actionItem.notes", item.getNotes());
    }

    private void text(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            row(labelKey, new Span(value));
        }
    }

    private void row(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("sinergi-label");
        Div row = new Div(label, value);
        row.addClassName("sinergi-detail-row");
        add(row);
    }

    private Component meetingLink(Optional<Meeting> meeting, Locale locale) {
        return meeting.<Component>map(m -> new Anchor("meetings/" + m.getId(), m.getTitle() + " ("
                + ActionItemFormat.date(m.getStartsAt().toLocalDate(), locale) + ")")).orElseGet(Span::new);
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first;
        String b = second == null ? "" : second;
        return (a + " " + b).strip();
    }
}
