package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.agency.Agency;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingFormat;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingRow;
import id.sinergi.meeting.MeetingService;
import java.util.List;
import java.util.Objects;

/** The header of a meeting: kind, title, time, venue or link, organizer, chair, minute-taker, previous meeting. */
class MeetingForm extends Composite<FormLayout> {

    final Select<MeetingKind> kind = new Select<>();
    final TextField title = new TextField();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final Select<String> timeZone = new Select<>();
    final TextField venue = new TextField();
    final TextField onlineLink = new TextField();
    final ComboBox<Agency> organizer = new ComboBox<>();
    final TextField chairName = new TextField();
    final TextField chairPosition = new TextField();
    final TextField minuteTaker = new TextField();
    final ComboBox<Meeting> previous = new ComboBox<>();
    private final BeanValidationBinder<Meeting> binder = new BeanValidationBinder<>(Meeting.class);

    MeetingForm(List<Agency> agencies, MeetingService meetingService) {
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        title.setLabel(getTranslation("meeting.title"));
        startsAt.setLabel(getTranslation("meeting.startsAt"));
        endsAt.setLabel(getTranslation("meeting.endsAt"));
        timeZone.setLabel(getTranslation("meeting.timeZone"));
        timeZone.setItems(MeetingFormat.TIME_ZONES);
        timeZone.setItemLabelGenerator(z -> getTranslation(MeetingFormat.zoneKey(z)));
        venue.setLabel(getTranslation("meeting.venue"));
        onlineLink.setLabel(getTranslation("meeting.onlineLink"));
        onlineLink.setHelperText(getTranslation("meeting.onlineLink.help"));
        organizer.setLabel(getTranslation("meeting.organizer"));
        organizer.setItems(agencies);
        organizer.setItemLabelGenerator(a -> a.getAbbreviation() + " — " + a.getName());
        chairName.setLabel(getTranslation("meeting.chairName"));
        chairPosition.setLabel(getTranslation("meeting.chairPosition"));
        minuteTaker.setLabel(getTranslation("meeting.minuteTaker"));
        previous.setLabel(getTranslation("meeting.previous"));
        previous.setItems(query -> meetingService.list(MeetingFilter.ALL.withText(query.getFilter().orElse(null)),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream().map(MeetingRow::meeting));
        previous.setItemLabelGenerator(m -> MeetingFormat.shortDate(m.getStartsAt().toLocalDate(), getLocale())
                + " — " + m.getTitle());
        previous.setClearButtonVisible(true);
        setIds();

        String required = getTranslation("validation.required");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(startsAt).asRequired(required).bind("startsAt");
        var endBinding = binder.forField(endsAt).asRequired(required)
                .withValidator(end -> startsAt.getValue() == null || end.isAfter(startsAt.getValue()),
                        getTranslation("meeting.error.endBeforeStart"))
                .bind("endsAt");
        binder.forField(timeZone).asRequired(required).bind("timeZone");
        binder.forField(venue).bind("venue");
        binder.forField(onlineLink).withValidator(Meeting::isValidOnlineLink, getTranslation("meeting.error.onlineLink"))
                .bind("onlineLink");
        binder.forField(organizer).asRequired(required).bind("organizer");
        binder.forField(chairName).bind("chairName");
        binder.forField(chairPosition).bind("chairPosition");
        binder.forField(minuteTaker).bind("minuteTaker");
        binder.forField(previous).bind("previous");
        startsAt.addValueChangeListener(e -> {
            if (e.isFromClient() && endsAt.getValue() == null && e.getValue() != null) {
                endsAt.setValue(e.getValue().plusHours(2));
            }
            if (endsAt.getValue() != null) {
                endBinding.validate();
            }
        });
        getContent().add(kind, title, startsAt, endsAt, timeZone, organizer, venue, onlineLink, chairName,
                chairPosition, minuteTaker, previous);
        getContent().setColspan(title, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    void edit(Meeting meeting) {
        binder.readBean(meeting);
    }

    /** Writes valid input into the meeting; false (with messages next to the fields) when something is wrong. */
    boolean writeTo(Meeting meeting) {
        if (meeting.getId() != null && previous.getValue() != null
                && Objects.equals(previous.getValue().getId(), meeting.getId())) {
            previous.setInvalid(true);
            previous.setErrorMessage(getTranslation("meeting.error.previousSelf"));
            return false;
        }
        return binder.writeBeanIfValid(meeting);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private void setIds() {
        kind.setId("meeting-kind");
        title.setId("meeting-title");
        startsAt.setId("meeting-starts");
        endsAt.setId("meeting-ends");
        timeZone.setId("meeting-zone");
        venue.setId("meeting-venue");
        onlineLink.setId("meeting-link");
        organizer.setId("meeting-organizer");
        chairName.setId("meeting-chair-name");
        chairPosition.setId("meeting-chair-position");
        minuteTaker.setId("meeting-minute-taker");
        previous.setId("meeting-previous");
    }
}
