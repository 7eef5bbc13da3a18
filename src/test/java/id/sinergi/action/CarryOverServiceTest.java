package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingActionItemCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SinergiSpringTest
class CarryOverServiceTest {

    private static final LocalDate DAY = LocalDate.of(2031, 8, 4);

    @Autowired
    CarryOverService carryOver;
    @Autowired
    ActionItemService items;
    @Autowired
    ProgressService progress;
    @Autowired
    MeetingActionItemCounts counts;
    @Autowired
    ActionItemStatusService statuses;
    @Autowired
    ActionItemFixture fixture;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    @Test
    void chosen_open_items_continue_on_the_follow_up_with_their_history_and_count_once() {
        String series = unique("Rakor seri");
        Meeting first = fixture.meeting(series + " I", DAY);
        ActionItem open = fixture.item(first, "Pendataan calon PMI " + series, DAY.plusDays(20), "Pemkab Serang");
        ActionItem stays = fixture.item(first, "Penyusunan leaflet", DAY.plusDays(20), "Disnakertrans Kab. Serang");
        ActionItem cancelled = fixture.item(first, "Kegiatan dibatalkan", DAY.plusDays(20), "Kanim Serang");
        statuses.cancel(cancelled.getId(), cancelled.getVersion(), "Digabung");
        Meeting second = fixture.followUp(first, series + " II");

        assertThat(carryOver.candidates(first.getId())).extracting(ActionItem::getId)
                .containsExactly(open.getId(), stays.getId());
        fixture.loginAs("penghubung.disnaker");
        assertThatThrownBy(() -> carryOver.carryOver(first.getId(), second.getId(), List.of(open.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fixture.loginAs("koordinator");
        assertThatThrownBy(() -> carryOver.carryOver(first.getId(), second.getId(), List.of(cancelled.getId())))
                .hasMessage("actionItem.error.notCarriable");
        assertThat(carryOver.carryOver(first.getId(), second.getId(), List.of(open.getId()))).isEqualTo(1);

        ActionItem carried = items.get(open.getId());
        assertThat(carried.getOriginMeetingId()).isEqualTo(first.getId());
        assertThat(carried.getCarriedToMeetingId()).isEqualTo(second.getId());
        assertThat(items.carriedInto(second.getId())).extracting(ActionItem::getId).containsExactly(open.getId());
        assertThat(items.planOf(first.getId())).hasSize(3);
        assertThat(items.history(open.getId())).extracting(e -> e.getAction())
                .containsExactly("ACTION_ITEM_CREATE", "ACTION_ITEM_CARRY_OVER");
        assertThat(counts.openCounts(List.of(first.getId(), second.getId())))
                .containsEntry(first.getId(), 1).containsEntry(second.getId(), 1);
        assertThat(items.count(ActionItemFilter.ofMeeting(second.getId()))).isEqualTo(1);
        assertThat(items.count(ActionItemFilter.ALL.withText("Pendataan calon PMI " + series))).isEqualTo(1);
        ActionItem own = fixture.item(second, "Sosialisasi di desa " + series, DAY.plusDays(40), "Kanim Serang");
        assertThat(carryOver.candidates(first.getId())).extracting(ActionItem::getId).containsExactly(stays.getId());
        assertThat(carryOver.candidates(second.getId())).extracting(ActionItem::getId)
                .containsExactly(open.getId(), own.getId());
        assertThat(counts.openCounts(List.of(second.getId()))).containsExactly(Map.entry(second.getId(), 2));
    }

    @Test
    void only_the_follow_up_of_the_meeting_takes_its_items() {
        Meeting first = fixture.meeting(unique("Rakor A"), DAY);
        ActionItem item = fixture.item(first, "Koordinasi lanjutan", DAY.plusDays(5), "Kanim Serang");
        Meeting unrelated = fixture.meeting(unique("Rakor B"), DAY.plusDays(30));
        assertThatThrownBy(() -> carryOver.carryOver(first.getId(), unrelated.getId(), List.of(item.getId())))
                .hasMessage("actionItem.error.notFollowUp");
        assertThat(items.get(item.getId()).getCarriedToMeetingId()).isNull();
    }
}
