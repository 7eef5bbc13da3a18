package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sinergi.meeting.FollowUpService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MeetingStatus;
import id.sinergi.meeting.MinutesDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/** The status buttons of a meeting (schedule, mark held, make final, reopen) for those who may use them. */
class MeetingActions extends Composite<HorizontalLayout> {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Meeting meeting;
    private final MeetingService meetingService;
    private final Consumer<Meeting> onChanged;

    MeetingActions(Meeting meeting, MeetingService meetingService, FollowUpService followUpService,
                   MinutesDocument minutes, Consumer<Meeting> onChanged, Consumer<Meeting> onFollowUp) {
        this.meeting = meeting;
        this.meetingService = meetingService;
        this.onChanged = onChanged;
        getContent().setPadding(false);
        getContent().setWrap(true);
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getContent().add(minutesLink(minutes));
        if (meetingService.canEdit()) {
            Button followUp = new Button(getTranslation("followUp.plan"),
                    e -> new FollowUpDialog(meeting, followUpService, onFollowUp).open());
            followUp.setId("meeting-follow-up");
            getContent().add(followUp);
        }
        if (meetingService.canEdit()) {
            for (MeetingStatus target : meeting.getStatus().next()) {
                Button button = new Button(getTranslation("meeting.moveTo." + target.name()),
                        e -> moveTo(target));
                button.setId("meeting-to-" + target.name().toLowerCase(java.util.Locale.ROOT));
                if (target == MeetingStatus.FINAL) {
                    button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                }
                getContent().add(button);
            }
        }
        if (meeting.isFinal() && meetingService.canReopen()) {
            Button reopen = new Button(getTranslation("meeting.reopen"), e -> confirm("meeting.reopen",
                    "meeting.reopen.text", () -> apply(() -> meetingService.reopen(meeting.getId(), meeting.getVersion()))));
            reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reopen.setId("meeting-reopen");
            getContent().add(reopen);
        }
    }

    private Anchor minutesLink(MinutesDocument minutes) {
        Locale locale = getLocale();
        long id = meeting.getId();
        String fileName = minutes.fileName(meeting, locale);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            minutes.write(id, locale, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName, DOCX, out.size());
        }), getTranslation("minutes.download"));
        link.setId("meeting-minutes");
        link.getElement().setAttribute("download", fileName);
        return link;
    }

    private void moveTo(MeetingStatus target) {
        Runnable move = () -> apply(() -> meetingService.changeStatus(meeting.getId(), meeting.getVersion(), target));
        if (target == MeetingStatus.FINAL) {
            confirm("meeting.moveTo.FINAL", "meeting.final.text", move);
        } else {
            move.run();
        }
    }

    private void apply(java.util.function.Supplier<Meeting> change) {
        Meeting[] changed = new Meeting[1];
        if (Actions.run(() -> changed[0] = change.get())) {
            onChanged.accept(changed[0]);
        }
    }

    private void confirm(String headerKey, String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(headerKey));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(headerKey));
        dialog.addConfirmListener(e -> action.run());
        dialog.setId("meeting-confirm");
        dialog.open();
    }
}
