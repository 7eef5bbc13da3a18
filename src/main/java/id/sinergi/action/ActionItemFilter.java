package id.sinergi.action;

import java.time.LocalDate;

/**
 * What the action item lists are narrowed to; every part is optional (null or false = any). The due period is inclusive;
 * a meeting matches the items it agreed and those carried over to it; a region matches itself and everything inside it.
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

    public ActionItemFilter withText(String newText) {
        return new ActionItemFilter(responsibleAgencyId, supportingAgencyId, status, overdueOnly, strategy, dueFrom, dueTo,
                meetingId, regionCode, newText);
    }
}
