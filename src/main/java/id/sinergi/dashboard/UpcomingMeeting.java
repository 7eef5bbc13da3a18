package id.sinergi.dashboard;

import java.time.LocalDateTime;

/** A meeting planned (draft or scheduled) to start soon. */
public record UpcomingMeeting(long id, String title, LocalDateTime startsAt, String organizerAbbreviation) {
}
