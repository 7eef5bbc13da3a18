package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.sinergi.desabinaan.ActivityKind;
import id.sinergi.desabinaan.VillageActivity;
import java.util.Map;

/**
 * The fields of a village activity. Counts of participants only: the form says that no personal data of possible
 * victims belongs here, and it has no field for any.
 */
class ActivityForm extends Composite<FormLayout> {

    final Paragraph privacyNote = new Paragraph();
    final DatePicker date = new DatePicker();
    final ComboBox<ActivityKind> kind = new ComboBox<>();
    final TextField topic = new TextField();
    final IntegerField participantsMale = new IntegerField();
    final IntegerField participantsFemale = new IntegerField();
    final TextArea findings = new TextArea();
    final TextArea followUp = new TextArea();
    final IntegerField actionItemId = new IntegerField();
    private final Binder<VillageActivity> binder = new Binder<>();
    private final Map<String, HasValidation> fields;

    ActivityForm(VillageActivity activity) {
        privacyNote.setText(getTranslation("villageActivity.privacyNote"));
        privacyNote.setId("activity-privacy-note");
        date.setLabel(getTranslation("villageActivity.date"));
        kind.setLabel(getTranslation("villageActivity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        topic.setLabel(getTranslation("villageActivity.topic"));
        topic.setMaxLength(VillageActivity.TOPIC_MAX_LENGTH);
        participantsMale.setLabel(getTranslation("villageActivity.male"));
        participantsFemale.setLabel(getTranslation("villageActivity.female"));
        findings.setLabel(getTranslation("villageActivity.findings"));
        findings.setMaxLength(VillageActivity.FINDINGS_MAX_LENGTH);
        followUp.setLabel(getTranslation("villageActivity.followUp"));
        followUp.setMaxLength(VillageActivity.FOLLOW_UP_MAX_LENGTH);
        actionItemId.setLabel(getTranslation("villageActivity.actionItem"));
        actionItemId.setHelperText(getTranslation("villageActivity.actionItem.helper"));

        String required = getTranslation("validation.required");
        binder.forField(date).asRequired(required).bind(VillageActivity::getDate, VillageActivity::setDate);
        binder.forField(kind).asRequired(required).bind(VillageActivity::getKind, VillageActivity::setKind);
        binder.forField(topic).asRequired(required).bind(VillageActivity::getTopic, VillageActivity::setTopic);
        binder.forField(participantsMale).withNullRepresentation(0).bind(VillageActivity::getParticipantsMale,
                VillageActivity::setParticipantsMale);
        binder.forField(participantsFemale).withNullRepresentation(0).bind(VillageActivity::getParticipantsFemale,
                VillageActivity::setParticipantsFemale);
        binder.forField(findings).bind(VillageActivity::getFindings, VillageActivity::setFindings);
        binder.forField(followUp).bind(VillageActivity::getFollowUp, VillageActivity::setFollowUp);
        binder.forField(actionItemId).bind(a -> a.getActionItemId() == null ? null : a.getActionItemId().intValue(),
                (a, id) -> a.setActionItemId(id == null ? null : id.longValue()));
        fields = Map.of("date", date, "kind", kind, "topic", topic, "participantsMale", participantsMale,
                "participantsFemale", participantsFemale, "findings", findings, "followUp", followUp, "actionItemId", actionItemId);
        getContent().add(privacyNote, date, kind, topic, participantsMale, participantsFemale, findings, followUp,
                actionItemId);
        getContent().setColspan(privacyNote, 2);
        getContent().setColspan(topic, 2);
        getContent().setColspan(findings, 2);
        getContent().setColspan(followUp, 2);
        binder.readBean(activity);
    }

    boolean writeTo(VillageActivity activity) {
        return binder.writeBeanIfValid(activity);
    }

    boolean showError(String property, String message) {
        HasValidation field = fields.get(property);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
