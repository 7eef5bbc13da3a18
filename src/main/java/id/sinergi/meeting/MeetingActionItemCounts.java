package id.sinergi.meeting;

import java.util.Collection;
import java.util.Map;

/**
 * Extension point for the action items feature: how many open action items each meeting has, for the meetings list.
 * Called once per page of the list with that page's meeting ids (no query per row). Without an implementation the
 * list shows no count.
 */
public interface MeetingActionItemCounts {

    /** Open (not done, not cancelled) items per meeting id; meetings without open items may be left out. */
    Map<Long, Integer> openCounts(Collection<Long> meetingIds);
}
