package id.sinergi.action;

import id.sinergi.meeting.MeetingActionItemCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open items column of the meetings list: two grouped COUNTs per page (agreed in, carried to). An item counts for
 * the meeting whose plan lists it now (the one it was carried to, else its origin), so a carried item is counted once.
 */
@Component
@Transactional(readOnly = true)
class OpenItemCounts implements MeetingActionItemCounts {

    private final ActionItemRepository items;

    OpenItemCounts(ActionItemRepository items) {
        this.items = items;
    }

    @Override
    public Map<Long, Integer> openCounts(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : items.countOpenByOriginMeeting(meetingIds, ActionItemStatus.OPEN)) {
            if (row[1] == null) { // not carried on: its origin's plan lists it
                counts.merge(((Number) row[0]).longValue(), ((Number) row[2]).intValue(), Integer::sum);
            }
        }
        for (Object[] row : items.countOpenByCarriedToMeeting(meetingIds, ActionItemStatus.OPEN)) {
            counts.merge(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), Integer::sum);
        }
        return counts;
    }
}
