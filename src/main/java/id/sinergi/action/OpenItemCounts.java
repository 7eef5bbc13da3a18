package id.sinergi.action;

import id.sinergi.meeting.MeetingActionItemCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open items column of the meetings list: one grouped COUNT per page. An item counts for the meeting whose plan
 * lists it now (the one it was carried to, else its origin), so a carried item is counted once.
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
        Set<Long> wanted = new HashSet<>(meetingIds);
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : items.countOpenByCurrentMeeting(wanted, ActionItemStatus.OPEN)) {
            Long meetingId = ((Number) row[0]).longValue();
            if (wanted.contains(meetingId)) {
                counts.put(meetingId, ((Number) row[1]).intValue());
            }
        }
        return counts;
    }
}
