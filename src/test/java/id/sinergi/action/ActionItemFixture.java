package id.sinergi.action;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test data for action item tests: meetings and items with unique names, and switching the logged-in user. */
@Component
public class ActionItemFixture {

    @Autowired
    MeetingService meetingService;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcTemplate jdbc;

    public void loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Agency agency(String abbreviation) {
        return agencyService.findByAbbreviation(abbreviation).orElseThrow();
    }

    /** A meeting on the given day, created by the coordinator (the caller is logged in as coordinator afterwards). */
    public Meeting meeting(String title, LocalDate day) {
        loginAs("koordinator");
        LocalDateTime start = day.atTime(9, 0);
        return meetingService.create(new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, title, start, start.plusHours(3),
                agency("Kanwil Imigrasi Banten")));
    }

    /** A follow-up of the given meeting, a month later. */
    public Meeting followUp(Meeting previous, String title) {
        loginAs("koordinator");
        LocalDateTime start = previous.getStartsAt().plusMonths(1);
        Meeting meeting = new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, title, start, start.plusHours(3),
                agency("Kanwil Imigrasi Banten"));
        meeting.setPrevious(previous);
        return meetingService.create(meeting);
    }

    /** An item of the meeting with the given responsible agency (and supporting agencies), created as coordinator. */
    public ActionItem item(Meeting meeting, String activity, LocalDate due, String responsible, String... supporting) {
        loginAs("koordinator");
        ActionItem item = new ActionItem(activity, due, agency(responsible), NationalStrategy.PREVENTION);
        Set<Agency> agencies = new java.util.HashSet<>();
        for (String abbreviation : supporting) {
            agencies.add(agency(abbreviation));
        }
        item.setSupportingAgencies(agencies);
        return actionItemService.create(meeting.getId(), item);
    }

    /** Locks a meeting as final without going through its outcomes (not what this feature tests). */
    public void makeFinal(Meeting meeting) {
        jdbc.update("update meeting set status = 'FINAL', version = version + 1 where id = ?", meeting.getId());
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
