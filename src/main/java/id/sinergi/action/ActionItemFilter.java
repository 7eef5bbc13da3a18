package id.sinergi.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the action item lists are narrowed to; every part is optional (null or false = any). The due period is inclusive;
 * a meeting matches the items it agreed and those carried over to it; a region matches itself and everything inside it,
 * and an item without a region of its own lies in its responsible agency's region (as on the dashboard).
 */
public record ActionItemFilter(Long responsibleAgencyId, Long supportingAgencyId, ActionItemStatus status,
                               boolean overdueOnly, NationalStrategy strategy, LocalDate dueFrom, LocalDate dueTo,
                               Long meetingId, String regionCode, String text) {

    public static final int TEXT_MAX_LENGTH = 200;

    public static final ActionItemFilter ALL = new ActionItemFilter(null, null, null, false, null, null, null, null, null,
            null);

    public static ActionItemFilter ofResponsibleAgency(Long agencyId) {
        return new ActionItemFilter(agencyId, null, null, false, null, null, null, null, null, null);
    }

    public static ActionItemFilter ofMeeting(Long meetingId) {
        return new ActionItemFilter(null, null, null, false, null, null, null, meetingId, null, null);
    }

    public ActionItemFilter withRegionCode(String newRegionCode) {
        return new ActionItemFilter(responsibleAgencyId, supportingAgencyId, status, overdueOnly, strategy, dueFrom, dueTo,
                meetingId, newRegionCode, text);
    }

    public ActionItemFilter withText(String newText) {
        return new ActionItemFilter(responsibleAgencyId, supportingAgencyId, status, overdueOnly, strategy, dueFrom, dueTo,
                meetingId, regionCode, newText);
    }

    /**
     * The filter as the query parameters of a link to the all-items list ({@code action-items?agency=12&dueFrom=...}),
     * so that other pages (the dashboard) can open the list narrowed down. Only the parts that are set appear.
     */
    public Map<String, List<String>> toQueryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "agency", responsibleAgencyId);
        put(parameters, "status", status);
        put(parameters, "overdue", overdueOnly ? Boolean.TRUE : null);
        put(parameters, "dueFrom", dueFrom);
        put(parameters, "dueTo", dueTo);
        put(parameters, "region", regionCode);
        return parameters;
    }

    /** Reads {@link #toQueryParameters()} back; empty when no known parameter is there; unreadable values are left out. */
    public static Optional<ActionItemFilter> fromQueryParameters(Map<String, List<String>> parameters) {
        if (parameters.keySet().stream().noneMatch(List.of("agency", "status", "overdue", "dueFrom", "dueTo",
                "region")::contains)) {
            return Optional.empty();
        }
        return Optional.of(new ActionItemFilter(parse(parameters, "agency", Long::valueOf), null,
                parse(parameters, "status", ActionItemStatus::valueOf),
                Boolean.TRUE.equals(parse(parameters, "overdue", Boolean::valueOf)), null,
                parse(parameters, "dueFrom", LocalDate::parse), parse(parameters, "dueTo", LocalDate::parse), null,
                parse(parameters, "region", text -> text.matches("[0-9.]{1,13}") ? text : null), null));
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static <T> T parse(Map<String, List<String>> parameters, String name,
                               java.util.function.Function<String, T> parser) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return parser.apply(values.getFirst().strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
