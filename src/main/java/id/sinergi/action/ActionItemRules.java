package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The checks every write to an action item passes, whatever the caller (a form or a crafted call). */
@Component
class ActionItemRules {

    private final Validator validator;
    private final MeetingService meetingService;
    private final RegionService regionService;

    ActionItemRules(Validator validator, MeetingService meetingService, RegionService regionService) {
        this.validator = validator;
        this.meetingService = meetingService;
        this.regionService = regionService;
    }

    Meeting meeting(Long meetingId) {
        return meetingService.findById(meetingId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    /** The meeting of a plan change, refused when it is final (its action plan is locked then). */
    Meeting editableMeeting(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.isFinal()) {
            throw new BusinessRuleException("actionItem.error.meetingFinal");
        }
        return meeting;
    }

    /** The coordinator fields: required and bounded values, a due date not before the meeting, distinct agencies. */
    void checkPlan(ActionItem item, Meeting meeting) {
        if (!validator.validate(item).isEmpty()) {
            throw new BusinessRuleException("error.invalid");
        }
        if (item.getDueDate().isBefore(meeting.getStartsAt().toLocalDate())) {
            throw new BusinessRuleException("actionItem.error.dueBeforeMeeting");
        }
        if (item.getSupportingAgencies().contains(item.getResponsibleAgency())) {
            throw new BusinessRuleException("actionItem.error.responsibleAlsoSupporting");
        }
        if (item.getRegionCode() != null && regionService.findByCode(item.getRegionCode()).isEmpty()) {
            throw new BusinessRuleException("actionItem.error.regionUnknown");
        }
    }

    static void checkProgress(int progress) {
        if (progress < 0 || progress > 100) {
            throw new BusinessRuleException("actionItem.error.progressRange");
        }
    }

    /** Done needs 100 % and at least one progress update on record. */
    static void checkDone(int progress, long progressUpdates) {
        if (progress != 100) {
            throw new BusinessRuleException("actionItem.error.doneNeedsFull");
        }
        if (progressUpdates == 0) {
            throw new BusinessRuleException("actionItem.error.doneNeedsUpdate");
        }
    }

    /** Trimmed text, required, at most {@code max} characters. */
    static String requiredText(String text, int max, String missingKey) {
        String trimmed = optionalText(text, max);
        if (trimmed == null) {
            throw new BusinessRuleException(missingKey);
        }
        return trimmed;
    }

    /** Trimmed text or null when blank; too long is refused. */
    static String optionalText(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new BusinessRuleException("actionItem.error.tooLong", max);
        }
        return trimmed;
    }

    static String amount(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    static void checkExtensionDate(LocalDate requested, LocalDate currentDue) {
        if (!requested.isAfter(currentDue)) {
            throw new BusinessRuleException("actionItem.error.extensionNotLater");
        }
    }
}
