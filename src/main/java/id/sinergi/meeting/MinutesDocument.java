package id.sinergi.meeting;

import id.sinergi.base.i18n.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The minutes (notulen) of a meeting as a Word document: particulars, attendance, agenda with discussion, outcomes,
 * action items and the signature block, in the reader's language. Everything is written as plain text.
 */
@Component
public class MinutesDocument {

    private final MeetingService meetingService;
    private final AgendaService agendaService;
    private final AttendanceService attendanceService;
    private final OutcomeService outcomeService;
    private final ObjectProvider<MeetingActionItems> actionItems;
    private final Translations translations;

    MinutesDocument(MeetingService meetingService, AgendaService agendaService, AttendanceService attendanceService,
                    OutcomeService outcomeService, ObjectProvider<MeetingActionItems> actionItems,
                    Translations translations) {
        this.meetingService = meetingService;
        this.agendaService = agendaService;
        this.attendanceService = attendanceService;
        this.outcomeService = outcomeService;
        this.actionItems = actionItems;
        this.translations = translations;
    }

    /** E.g. {@code notulen_rakor-lintas-sektoral-kabupaten-serang_2025-07-22.docx}. */
    public String fileName(Meeting meeting, Locale locale) {
        String slug = Normalizer.normalize(meeting.getTitle(), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        return text(locale, "minutes.fileName") + "_" + (slug.isEmpty() ? "rapat" : slug) + "_"
                + meeting.getStartsAt().toLocalDate() + ".docx";
    }

    public void write(long meetingId, Locale locale, OutputStream out) {
        Meeting meeting = meetingService.get(meetingId);
        try (DocxBuilder doc = new DocxBuilder()) {
            doc.title(text(locale, "minutes.title"));
            doc.title(meeting.getTitle());
            doc.particulars(particulars(meeting, locale));
            attendance(doc, meetingId, locale);
            agenda(doc, meetingId, locale);
            outcomes(doc, meetingId, locale);
            actionItems(doc, meetingId, locale);
            doc.paragraph("", false);
            doc.paragraph(MeetingFormat.longDate(meeting.getStartsAt().toLocalDate(), locale), false);
            doc.signatures(
                    List.of(text(locale, "minutes.signature.minuteTaker"), "", "", orBlank(meeting.getMinuteTaker()), ""),
                    List.of(text(locale, "minutes.signature.chair"), "", "", orBlank(meeting.getChairName()),
                            orBlank(meeting.getChairPosition())));
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> particulars(Meeting meeting, Locale locale) {
        String zone = text(locale, MeetingFormat.zoneKey(meeting.getTimeZone()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text(locale, "meeting.kind"), text(locale, meeting.getKind().messageKey())));
        rows.add(List.of(text(locale, "minutes.day"), MeetingFormat.longDate(meeting.getStartsAt().toLocalDate(), locale)));
        rows.add(List.of(text(locale, "minutes.time"), MeetingFormat.time(meeting.getStartsAt().toLocalTime(), locale)
                + " – " + MeetingFormat.time(meeting.getEndsAt().toLocalTime(), locale) + " " + zone));
        rows.add(List.of(text(locale, "meeting.venue"), orBlank(meeting.getVenue())));
        if (meeting.getOnlineLink() != null) {
            rows.add(List.of(text(locale, "meeting.onlineLink"), meeting.getOnlineLink()));
        }
        rows.add(List.of(text(locale, "meeting.organizer"), meeting.getOrganizer().getName()));
        rows.add(List.of(text(locale, "meeting.chair"), join(meeting.getChairName(), meeting.getChairPosition())));
        rows.add(List.of(text(locale, "meeting.minuteTaker"), orBlank(meeting.getMinuteTaker())));
        return rows;
    }

    private void attendance(DocxBuilder doc, long meetingId, Locale locale) {
        doc.heading(text(locale, "minutes.attendance"));
        List<List<String>> rows = attendanceService.list(meetingId).stream().map(a -> List.of(
                Integer.toString(a.getSortOrder()), a.getPersonName(), orBlank(a.getPersonPosition()), a.getAgencyLabel(),
                presence(a, locale))).toList();
        if (rows.isEmpty()) {
            doc.paragraph(text(locale, "minutes.none"), false);
            return;
        }
        doc.table(List.of(text(locale, "meeting.number"), text(locale, "meeting.attendance.name"),
                text(locale, "meeting.attendance.position"), text(locale, "meeting.attendance.agency"),
                text(locale, "meeting.attendance.presence")), rows);
    }

    private void agenda(DocxBuilder doc, long meetingId, Locale locale) {
        doc.heading(text(locale, "minutes.agenda"));
        List<AgendaItem> items = agendaService.list(meetingId);
        if (items.isEmpty()) {
            doc.paragraph(text(locale, "minutes.none"), false);
        }
        for (AgendaItem item : items) {
            doc.paragraph(item.getSortOrder() + ". " + item.getTitle(), true);
            if (item.getPresenter() != null && !item.getPresenter().isBlank()) {
                doc.paragraph(text(locale, "minutes.presenter", item.getPresenter()), false);
            }
            if (item.getDiscussion() != null && !item.getDiscussion().isBlank()) {
                doc.paragraph(item.getDiscussion(), false);
            }
        }
    }

    private void outcomes(DocxBuilder doc, long meetingId, Locale locale) {
        doc.heading(text(locale, "minutes.outcomes"));
        List<Outcome> outcomes = outcomeService.list(meetingId);
        if (outcomes.isEmpty()) {
            doc.paragraph(text(locale, "minutes.none"), false);
        }
        for (Outcome outcome : outcomes) {
            String agenda = outcome.getAgendaItem() == null ? ""
                    : " " + text(locale, "minutes.outcome.agenda", outcome.getAgendaItem().getSortOrder());
            doc.paragraph(outcome.getSortOrder() + ". " + text(locale, outcome.getKind().messageKey()) + agenda + ": "
                    + outcome.getContent(), false);
        }
    }

    private void actionItems(DocxBuilder doc, long meetingId, Locale locale) {
        doc.heading(text(locale, "minutes.actionItems"));
        MeetingActionItems provider = actionItems.getIfAvailable();
        List<ActionItemSummary> items = provider == null ? List.of() : provider.agreedAt(meetingId);
        if (items.isEmpty()) {
            doc.paragraph(text(locale, "minutes.none"), false);
            return;
        }
        doc.table(List.of(text(locale, "meeting.number"), text(locale, "minutes.actionItem.activity"),
                text(locale, "minutes.actionItem.responsible"), text(locale, "minutes.actionItem.due"),
                text(locale, "meeting.status")), items.stream().map(i -> List.of(i.number(), i.activity(),
                orBlank(i.responsibleAgency()), MeetingFormat.shortDate(i.dueDate(), locale),
                text(locale, i.statusKey()))).toList());
    }

    private String presence(Attendance attendance, Locale locale) {
        String presence = text(locale, attendance.getPresence().messageKey());
        return attendance.getPresence() == Presence.REPRESENTED
                ? text(locale, "meeting.attendance.representedByName", presence, attendance.getRepresentedBy())
                : presence;
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String join(String name, String position) {
        return orBlank(name) + (position == null || position.isBlank() ? "" : ", " + position);
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }
}
