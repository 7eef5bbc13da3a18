package id.sinergi.export;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Filters in words, for the files' title blocks and info sheets and for the audit trail of exports. */
@Component
class FilterDescriptions {

    private final AgencyService agencies;
    private final MeetingService meetings;
    private final RegionService regions;

    FilterDescriptions(AgencyService agencies, MeetingService meetings, RegionService regions) {
        this.agencies = agencies;
        this.meetings = meetings;
        this.regions = regions;
    }

    List<String> of(ActionItemFilter filter, Long kanwilId, ExportTexts texts) {
        List<String> parts = new ArrayList<>();
        add(parts, texts, "export.filter.meeting", filter.meetingId() == null ? null
                : meetings.findById(filter.meetingId()).map(Meeting::getTitle).orElse("#" + filter.meetingId()));
        add(parts, texts, "export.filter.responsible", agency(filter.responsibleAgencyId()));
        add(parts, texts, "export.filter.supporting", agency(filter.supportingAgencyId()));
        add(parts, texts, "export.filter.kanwil", agency(kanwilId));
        add(parts, texts, "export.filter.status", filter.status() == null ? null : texts.get(filter.status().messageKey()));
        if (filter.overdueOnly()) {
            parts.add(texts.get("export.filter.overdue"));
        }
        add(parts, texts, "export.filter.strategy", filter.strategy() == null ? null
                : texts.get(filter.strategy().messageKey()));
        add(parts, texts, "export.filter.dueFrom", filter.dueFrom() == null ? null : texts.date(filter.dueFrom()));
        add(parts, texts, "export.filter.dueTo", filter.dueTo() == null ? null : texts.date(filter.dueTo()));
        add(parts, texts, "export.filter.region", region(filter.regionCode()));
        add(parts, texts, "export.filter.text", filter.text() == null || filter.text().isBlank() ? null : filter.text());
        return orNone(parts, texts);
    }

    List<String> of(RosterFilter filter, ExportTexts texts) {
        List<String> parts = new ArrayList<>();
        add(parts, texts, "export.filter.kanwil", agency(filter.kanwilId()));
        add(parts, texts, "export.filter.office", agency(filter.officeId()));
        add(parts, texts, "export.filter.program", filter.program() == null ? null
                : texts.get(filter.program().messageKey()));
        add(parts, texts, "export.filter.status", filter.status() == null ? null : texts.get(filter.status().messageKey()));
        add(parts, texts, "export.filter.region", region(filter.regencyCode()));
        add(parts, texts, "export.filter.risk", filter.riskLevel() == null ? null
                : texts.get(filter.riskLevel().messageKey()));
        add(parts, texts, "export.filter.text", filter.text() == null || filter.text().isBlank() ? null : filter.text());
        return orNone(parts, texts);
    }

    private String agency(Long id) {
        return id == null ? null : agencies.findById(id).map(Agency::getAbbreviation).orElse("#" + id);
    }

    /** A region by its name with its parents ("Kabupaten Serang, Banten"), or its code when it is not known. */
    private String region(String code) {
        return code == null || code.isBlank() ? null : regions.pathOf(code.strip()).orElse(code);
    }

    private static void add(List<String> parts, ExportTexts texts, String key, String value) {
        if (value != null) {
            parts.add(texts.get(key, value));
        }
    }

    private static List<String> orNone(List<String> parts, ExportTexts texts) {
        return parts.isEmpty() ? List.of(texts.get("export.filter.none")) : parts;
    }
}
