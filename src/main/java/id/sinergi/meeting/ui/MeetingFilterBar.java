package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.sinergi.agency.Agency;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingStatus;
import java.util.List;

/** The filters above the meetings list: free text, period, kind, organizer, status. */
class MeetingFilterBar extends Composite<FlexLayout> {

    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<MeetingKind> kind = new ComboBox<>();
    final ComboBox<Agency> organizer = new ComboBox<>();
    final ComboBox<MeetingStatus> status = new ComboBox<>();

    MeetingFilterBar(List<Agency> agencies, Runnable onChange) {
        text.setPlaceholder(getTranslation("meetings.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("meetings-search");
        from.setPlaceholder(getTranslation("meetings.filter.from"));
        from.setAriaLabel(getTranslation("meetings.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("meetings-from");
        to.setPlaceholder(getTranslation("meetings.filter.to"));
        to.setAriaLabel(getTranslation("meetings.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("meetings-to");
        kind.setPlaceholder(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setClearButtonVisible(true);
        kind.setId("meetings-kind");
        organizer.setPlaceholder(getTranslation("meeting.organizer"));
        organizer.setItems(agencies);
        organizer.setItemLabelGenerator(Agency::getAbbreviation);
        organizer.setClearButtonVisible(true);
        organizer.setId("meetings-organizer");
        status.setPlaceholder(getTranslation("meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        status.setId("meetings-status");
        getContent().add(text, from, to, kind, organizer, status);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-s)");
        text.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        kind.addValueChangeListener(e -> onChange.run());
        organizer.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
    }

    MeetingFilter value() {
        return new MeetingFilter(from.getValue(), to.getValue(), kind.getValue(),
                organizer.getValue() == null ? null : organizer.getValue().getId(), status.getValue(), text.getValue());
    }
}
