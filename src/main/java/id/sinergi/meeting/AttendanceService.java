package id.sinergi.meeting;

import id.sinergi.agency.OfficerService;
import id.sinergi.audit.AuditService.Change;
import id.sinergi.base.BusinessRuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's attendance list (daftar hadir), kept by coordinators until the meeting is final. */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private final AttendanceRepository attendances;
    private final MeetingParts parts;
    private final OfficerService officerService;

    AttendanceService(AttendanceRepository attendances, MeetingParts parts, OfficerService officerService) {
        this.attendances = attendances;
        this.parts = parts;
        this.officerService = officerService;
    }

    @PreAuthorize(MeetingService.READERS)
    public List<Attendance> list(long meetingId) {
        return attendances.findByMeetingIdOrderBySortOrderAsc(meetingId);
    }

    /** Head counts per agency (or guest organisation), in the order the agencies first appear on the list. */
    @PreAuthorize(MeetingService.READERS)
    public List<AgencyAttendance> countsPerAgency(long meetingId) {
        Map<String, AgencyAttendance> counts = new LinkedHashMap<>();
        for (Attendance attendance : list(meetingId)) {
            String agency = attendance.getAgencyLabel();
            counts.merge(agency, new AgencyAttendance(agency, 0, 0, 0, 0).plus(attendance.getPresence()),
                    (a, b) -> a.plus(attendance.getPresence()));
        }
        return List.copyOf(counts.values());
    }

    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public Attendance save(long meetingId, Attendance attendance) {
        Meeting meeting = parts.editableMeeting(meetingId);
        parts.checkValid(attendance);
        if (attendance.getPresence() == Presence.REPRESENTED
                && (attendance.getRepresentedBy() == null || attendance.getRepresentedBy().isBlank())) {
            throw new BusinessRuleException("meeting.attendance.error.representedBy");
        }
        if (attendance.getOfficerId() != null && officerService.findById(attendance.getOfficerId()).isEmpty()) {
            throw new BusinessRuleException("error.notFound");
        }
        if (attendance.getPresence() != Presence.REPRESENTED) {
            attendance.setRepresentedBy(null);
        }
        if (attendance.isNew()) {
            attendance.setMeeting(meeting);
            attendance.setSortOrder(list(meetingId).size() + 1);
            Attendance saved = attendances.save(attendance);
            parts.record("ATTENDANCE_ADD", meeting, describe(saved));
            return saved;
        }
        Attendance stored = attendances.findById(attendance.getId())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), attendance.getVersion(),
                Attendance.class, attendance.getId());
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("attendance", new Change(describe(stored), describe(attendance)));
        parts.recordChange("ATTENDANCE_UPDATE", meeting, changes);
        stored.setPersonName(attendance.getPersonName());
        stored.setPersonPosition(attendance.getPersonPosition());
        stored.setAgency(attendance.getAgency());
        stored.setOrganization(attendance.getOrganization());
        stored.setPresence(attendance.getPresence());
        stored.setRepresentedBy(attendance.getRepresentedBy());
        stored.setGuest(attendance.isGuest());
        stored.setOfficerId(attendance.getOfficerId());
        return attendances.saveAndFlush(stored);
    }

    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public void remove(long meetingId, long attendanceId, int expectedVersion) {
        Meeting meeting = parts.editableMeeting(meetingId);
        Attendance stored = attendances.findById(attendanceId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), expectedVersion, Attendance.class,
                attendanceId);
        attendances.delete(stored);
        attendances.flush();
        MeetingParts.renumber(new ArrayList<>(list(meetingId)), Attendance::setSortOrder);
        parts.record("ATTENDANCE_REMOVE", meeting, describe(stored));
    }

    private static String describe(Attendance a) {
        return a.getPersonName() + " (" + a.getPersonPosition() + ", " + a.getAgencyLabel() + ") " + a.getPresence()
                + (a.getRepresentedBy() == null ? "" : " " + a.getRepresentedBy()) + (a.isGuest() ? " guest" : "");
    }
}
