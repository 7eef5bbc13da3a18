package id.sinergi.meeting;

import java.time.LocalDate;

/** What the meetings list is narrowed to; every part is optional (null = any). The period is inclusive. */
public record MeetingFilter(LocalDate from, LocalDate to, MeetingKind kind, Long organizerId, MeetingStatus status,
                            String text) {

    public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null, null, null);

    public MeetingFilter withText(String newText) {
        return new MeetingFilter(from, to, kind, organizerId, status, newText);
    }
}
