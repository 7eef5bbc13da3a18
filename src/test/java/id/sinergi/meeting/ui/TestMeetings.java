package id.sinergi.meeting.ui;

import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import java.time.LocalDateTime;
import java.util.UUID;

/** Meetings with unique titles for UI tests, created through the service as the logged-in coordinator. */
final class TestMeetings {

    private TestMeetings() {
    }

    static Meeting create(MeetingService meetingService, AgencyService agencyService, String title, MeetingKind kind) {
        var organizer = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        LocalDateTime start = LocalDateTime.of(2030, 9, 15, 9, 0);
        Meeting meeting = new Meeting(kind, title + " " + UUID.randomUUID().toString().substring(0, 8), start,
                start.plusHours(2), organizer);
        meeting.setChairName("Dr. Bambang Hermawan");
        return meetingService.create(meeting);
    }
}
