package id.sinergi.action;

import id.sinergi.meeting.ActionItemSummary;
import id.sinergi.meeting.MeetingActionItems;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the meeting feature asks of the action items (its extension point): the items a meeting agreed, for the minutes,
 * and the open ones its follow-up may carry over, which {@link CarryOverService} then carries.
 */
@Component
class MeetingPlans implements MeetingActionItems {

    private final ActionItemService items;
    private final CarryOverService carryOver;

    MeetingPlans(ActionItemService items, CarryOverService carryOver) {
        this.items = items;
        this.carryOver = carryOver;
    }

    @Override
    public List<ActionItemSummary> agreedAt(long meetingId) {
        return items.planOf(meetingId).stream().map(MeetingPlans::summary).toList();
    }

    @Override
    public List<ActionItemSummary> openItems(long meetingId) {
        return carryOver.candidates(meetingId).stream().map(MeetingPlans::summary).toList();
    }

    @Override
    public void carryOver(long fromMeetingId, long toMeetingId, Collection<Long> itemIds) {
        carryOver.carryOver(fromMeetingId, toMeetingId, itemIds);
    }

    private static ActionItemSummary summary(ActionItem item) {
        return new ActionItemSummary(item.getId(), Integer.toString(item.getNumber()), item.getActivity(),
                item.getResponsibleAgency().getAbbreviation(), item.getDueDate(), item.getStatus().messageKey());
    }
}
