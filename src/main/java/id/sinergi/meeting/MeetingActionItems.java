package id.sinergi.meeting;

import java.util.Collection;
import java.util.List;

/**
 * Extension point for the action items feature: the items agreed at a meeting (for the minutes) and the carry-over of
 * open items to the follow-up meeting. Without an implementation the minutes say there are no action items yet and
 * "plan the follow-up meeting" offers nothing to carry over.
 */
public interface MeetingActionItems {

    /** The items agreed at the meeting, in their order (for the minutes). */
    List<ActionItemSummary> agreedAt(long meetingId);

    /** The meeting's items that are still open (not done, not cancelled): candidates for carrying over. */
    List<ActionItemSummary> openItems(long meetingId);

    /**
     * Carries the chosen open items of {@code fromMeetingId} over to its follow-up {@code toMeetingId}; called in the
     * transaction that creates the follow-up meeting, by a coordinator or administrator.
     */
    void carryOver(long fromMeetingId, long toMeetingId, Collection<Long> itemIds);
}
