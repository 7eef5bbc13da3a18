package id.sinergi.meeting;

import id.sinergi.base.BusinessRuleException;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The checks every write to a meeting passes, whatever the caller (form or crafted call). */
@Component
class MeetingRules {

    private final Validator validator;

    MeetingRules(Validator validator) {
        this.validator = validator;
    }

    void checkHeader(Meeting meeting) {
        checkValid(meeting);
        if (!meeting.getEndsAt().isAfter(meeting.getStartsAt())) {
            throw new BusinessRuleException("meeting.error.endBeforeStart");
        }
        if (!Meeting.isValidOnlineLink(meeting.getOnlineLink())) {
            throw new BusinessRuleException("meeting.error.onlineLink");
        }
        try {
            ZoneId.of(meeting.getTimeZone());
        } catch (DateTimeException e) {
            throw new BusinessRuleException("error.invalid");
        }
    }

    /** Bean Validation (required fields, maximum lengths) of any meeting part. */
    void checkValid(Object part) {
        if (!validator.validate(part).isEmpty()) {
            throw new BusinessRuleException("error.invalid");
        }
    }

    void checkEditable(Meeting meeting) {
        if (meeting.isFinal()) {
            throw new BusinessRuleException("meeting.error.final");
        }
    }
}
