package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.meeting.Meeting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carry-over: when the follow-up meeting of a series is planned, the coordinator picks which open items of the previous
 * meeting continue on its action plan. A carried item stays one row with all its history, pointing to both meetings.
 */
@Service
@Transactional(readOnly = true)
public class CarryOverService {

    private final ActionItemRepository items;
    private final ActionItemRules rules;
    private final ActionItemAudit audit;

    CarryOverService(ActionItemRepository items, ActionItemRules rules, ActionItemAudit audit) {
        this.items = items;
        this.rules = rules;
        this.audit = audit;
    }

    /** The open items on the meeting's plan now (agreed there and not carried on, or carried to it). */
    @PreAuthorize(ActionItemService.READERS)
    public List<ActionItem> candidates(long meetingId) {
        List<ActionItem> open = new ArrayList<>(items.findOpenCarriedTo(meetingId, ActionItemStatus.OPEN));
        items.findOpenAgreedIn(meetingId, ActionItemStatus.OPEN).stream()
                .filter(item -> item.getCarriedToMeetingId() == null).forEach(open::add);
        open.sort(Comparator.comparing(ActionItem::getOriginMeetingId).thenComparing(ActionItem::getNumber));
        return open;
    }

    /** Moves the chosen open items of the previous meeting onto the follow-up meeting's plan; returns how many. */
    @PreAuthorize(ActionItemService.EDITORS)
    @Transactional
    public int carryOver(long previousMeetingId, long followUpMeetingId, Collection<Long> itemIds) {
        Meeting followUp = rules.editableMeeting(followUpMeetingId);
        if (followUp.getPrevious() == null || !Objects.equals(followUp.getPrevious().getId(), previousMeetingId)) {
            throw new BusinessRuleException("actionItem.error.notFollowUp");
        }
        List<ActionItem> open = candidates(previousMeetingId);
        List<ActionItem> chosen = open.stream().filter(i -> itemIds.contains(i.getId())).toList();
        if (chosen.size() != itemIds.stream().distinct().count()) {
            throw new BusinessRuleException("actionItem.error.notCarriable");
        }
        for (ActionItem item : chosen) {
            audit.changed("ACTION_ITEM_CARRY_OVER", item.getId(),
                    ActionItemAudit.change("carriedToMeeting", item.getCarriedToMeetingId(), followUpMeetingId));
            item.setCarriedToMeetingId(followUpMeetingId);
        }
        items.flush();
        return chosen.size();
    }
}
