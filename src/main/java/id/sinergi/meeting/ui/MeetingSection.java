package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Component;
import id.sinergi.base.ui.UiExtensionPoint;
import id.sinergi.meeting.Meeting;

/**
 * Extension point of the meeting page: every Spring bean implementing this adds a tab to a meeting's page (the action
 * items feature adds "Rencana Aksi"). Until there is one, the page shows an empty "Rencana Aksi" tab saying so.
 * A new instance is asked for each time the page shows a meeting (after every status change, too).
 */
@UiExtensionPoint
public interface MeetingSection {

    /** Place among the tabs; the meeting's own tabs are 10 (details), 20 (agenda), 30 (attendance), 40 (outcomes). */
    int order();

    /** Message key of the tab's title. */
    String titleKey();

    /**
     * The tab's content for a saved meeting (organizer loaded). {@code editable} is false when the user may only read
     * or the meeting is final; the section must then offer no edit controls (its service must refuse edits too).
     */
    Component create(Meeting meeting, boolean editable);
}
