package id.sinergi.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingKind;
import id.sinergi.meeting.MeetingService;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetingService;
    @Autowired
    AgencyService agencyService;

    private Meeting createMeeting(String title, LocalDateTime start) {
        var organizer = agencyService.findByAbbreviation("Kanwil Imigrasi Kalbar").orElseThrow();
        Meeting meeting = new Meeting(MeetingKind.TIMPORA, title, start, start.plusHours(2), organizer);
        meeting.setChairName("Yohanes Sitorus");
        return meetingService.create(meeting);
    }

    @Test
    void coordinator_finds_a_meeting_by_text_and_opens_it() {
        login("koordinator");
        String title = "Rapat TIMPORA Sambas " + UUID.randomUUID().toString().substring(0, 8);
        Meeting meeting = createMeeting(title, LocalDateTime.of(2030, 7, 22, 9, 30));
        UI.getCurrent().navigate(MeetingsView.class);
        MeetingsView view = _get(MeetingsView.class);
        assertThat(view.create.isVisible()).isTrue();
        view.filters.text.setValue(title);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly("22 Jul 2030 09.30 WIB", "TIMPORA", title,
                "Kanwil Imigrasi Kalbar", "Yohanes Sitorus", "Draf", "");
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(MeetingView.class).getPageTitle()).isEqualTo(title);
        assertThat(meeting.getId()).isNotNull();
    }

    @Test
    void markup_in_a_title_is_shown_as_text() {
        login("koordinator");
        String title = "<img src=x onerror=alert(1)> Rapat " + UUID.randomUUID().toString().substring(0, 8);
        createMeeting(title, LocalDateTime.of(2030, 8, 1, 9, 0));
        UI.getCurrent().navigate(MeetingsView.class);
        MeetingsView view = _get(MeetingsView.class);
        view.filters.text.setValue(title);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(title);
    }

    @Test
    void a_liaison_sees_the_list_without_the_new_meeting_button_and_in_english() {
        login("penghubung.imigrasi");
        useLanguage("en");
        UI.getCurrent().navigate(MeetingsView.class);
        MeetingsView view = _get(MeetingsView.class);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("openActionItems").getHeaderText()).isEqualTo("Open action items");
        UI.getCurrent().navigate(MeetingView.NEW_PATH);
        assertThat(_get(MeetingsView.class)).isNotNull();
    }
}
