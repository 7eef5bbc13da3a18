package id.sinergi.meeting;

/** One line of the meetings list: the meeting (with its organizer loaded) and its open action items. */
public record MeetingRow(Meeting meeting, int openActionItems) {
}
