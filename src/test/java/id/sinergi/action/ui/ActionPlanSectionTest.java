package id.sinergi.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.TabSheet;
import id.sinergi.KaribuTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.NationalStrategy;
import id.sinergi.audit.AuditEvent;
import id.sinergi.meeting.ActionItemSummary;
import id.sinergi.meeting.Meeting;
import id.sinergi.region.RegionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator flow on a meeting's action plan: add, edit, reorder and remove, numbering following the order. */
class ActionPlanSectionTest extends KaribuTest {

    private static final LocalDate DAY = LocalDate.of(2031, 9, 1);

    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ActionItemService service;
    @Autowired
    RegionService regionService;

    /** Opens the meeting's page and its "Rencana Aksi" tab, as the user sees it. */
    private ActionPlanSection show(Meeting meeting, String username) {
        login(username);
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        return planTab();
    }

    private ActionPlanSection planTab() {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(text("actionItems.tab"))) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(ActionPlanSection.class);
    }

    private static Button control(ActionPlanSection section, int row, String id) {
        return _get(GridKt._getCellComponent(section.grid, row, "controls"), Button.class, s -> s.withId(id));
    }

    private void addItem(ActionPlanSection section, String activity, String responsible, LocalDate due) {
        _click(section.add);
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        _setValue(dialog.form.activity, activity);
        _setValue(dialog.form.dueDate, due);
        _setValue(dialog.form.responsibleAgency, fixture.agency(responsible));
        _setValue(dialog.form.strategy, NationalStrategy.PREVENTION);
        _click(dialog.save);
    }

    @Test
    void coordinator_adds_edits_reorders_and_removes_items() {
        Meeting meeting = fixture.meeting(unique("Rakor rencana aksi"), DAY);
        ActionPlanSection section = show(meeting, "koordinator");

        _click(section.add);
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        _setValue(dialog.form.activity, "Sosialisasi bahaya TPPO di Desa Tanara");
        _setValue(dialog.form.outputIndicator, "Warga memahami prosedur penempatan PMI");
        _setValue(dialog.form.targetAmount, new BigDecimal("3"));
        _setValue(dialog.form.targetUnit, "kali");
        _setValue(dialog.form.dueDate, DAY.plusMonths(2));
        _setValue(dialog.form.responsibleAgency, fixture.agency("Disnakertrans Kab. Serang"));
        _setValue(dialog.form.supportingAgencies, Set.of(fixture.agency("Kanim Serang"), fixture.agency("BP3MI Banten")));
        _setValue(dialog.form.budgetSource, "APBD Kab. Serang");
        _setValue(dialog.form.budgetAmount, new BigDecimal("25000000"));
        _setValue(dialog.form.strategy, NationalStrategy.PREVENTION);
        _setValue(dialog.form.region, regionService.findByCode("36.04.14.2001").orElseThrow());
        _click(dialog.save);
        addItem(section, "Pendataan calon PMI non-prosedural", "Pemkab Serang", DAY.plusMonths(3));

        assertThat(GridKt._size(section.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(section.grid, 0)).startsWith("1", "Sosialisasi bahaya TPPO di Desa Tanara",
                "Disnakertrans Kab. Serang");
        ActionItem first = GridKt._get(section.grid, 0);
        assertThat(service.get(first.getId()).getSupportingAgencies()).extracting(a -> a.getAbbreviation())
                .containsExactlyInAnyOrder("Kanim Serang", "BP3MI Banten");

        _click(control(section, 0, "item-edit-1"));
        ActionItemDialog edit = _get(ActionItemDialog.class);
        _setValue(edit.form.activity, "Sosialisasi bahaya TPPO dan prosedur penempatan PMI di Desa Tanara");
        _click(edit.save);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormattedRow(section.grid, 0).get(1))
                .isEqualTo("Sosialisasi bahaya TPPO dan prosedur penempatan PMI di Desa Tanara");

        _click(control(section, 0, "item-down-1"));
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormattedRow(section.grid, 0)).startsWith("1", "Pendataan calon PMI non-prosedural");
        assertThat(GridKt._getFormattedRow(section.grid, 1).getFirst()).isEqualTo("2");

        _click(control(section, 0, "item-remove-1"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(section.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(section.grid, 0)).startsWith("1",
                "Sosialisasi bahaya TPPO dan prosedur penempatan PMI di Desa Tanara");
    }

    @Test
    void a_due_date_before_the_meeting_is_refused_next_to_the_field_and_nothing_is_added() {
        Meeting meeting = fixture.meeting(unique("Rakor tanggal"), DAY);
        ActionPlanSection section = show(meeting, "koordinator");
        addItem(section, "Terlambat sejak awal", "Kanim Serang", DAY.minusDays(3));
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        assertThat(dialog.form.dueDate.isInvalid()).isTrue();
        assertThat(dialog.form.dueDate.getErrorMessage()).isEqualTo(text("actionItem.error.dueBeforeMeeting"));
        assertThat(service.countPlan(meeting.getId())).isZero();
    }

    @Test
    void liaisons_and_leadership_see_the_plan_without_controls() {
        Meeting meeting = fixture.meeting(unique("Rakor baca saja"), DAY);
        fixture.item(meeting, "Penyuluhan keimigrasian", DAY.plusDays(20), "Kanim Serang");
        for (String username : new String[] {"penghubung.imigrasi", "pimpinan"}) {
            ActionPlanSection section = show(meeting, username);
            assertThat(GridKt._size(section.grid)).isEqualTo(1);
            assertThat(section.add.isVisible()).isFalse();
            assertThat(section.grid.getColumnByKey("controls")).isNull();
        }
    }

    @Test
    void the_plan_of_a_final_meeting_offers_no_changes() {
        Meeting meeting = fixture.meeting(unique("Rakor final"), DAY);
        fixture.item(meeting, "Evaluasi", DAY.plusDays(20), "Kanim Serang");
        fixture.makeFinal(meeting);
        ActionPlanSection section = show(meeting, "koordinator");
        assertThat(section.add.isVisible()).isFalse();
        assertThat(section.grid.getColumnByKey("controls")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void open_items_chosen_when_planning_the_follow_up_continue_on_its_plan_with_their_history() {
        Meeting first = fixture.meeting(unique("Rakor seri"), DAY);
        ActionItem carried = fixture.item(first, "Pendataan calon PMI di Tirtayasa", DAY.plusDays(14), "Pemkab Serang");
        ActionItem stays = fixture.item(first, "Penyusunan leaflet migrasi aman", DAY.plusDays(14), "BP3MI Banten");
        login("koordinator");
        UI.getCurrent().navigate("meetings/" + first.getId());
        _click(_get(Button.class, s -> s.withId("meeting-follow-up")));
        CheckboxGroup<ActionItemSummary> choice = _get(CheckboxGroup.class, s -> s.withId("follow-up-carried"));
        assertThat(choice.getValue()).extracting(ActionItemSummary::id).contains(carried.getId(), stays.getId());
        _setValue(choice, choice.getValue().stream().filter(i -> i.id() == carried.getId()).collect(Collectors.toSet()));
        _click(footerButton("follow-up-create"));

        ActionPlanSection followUp = planTab();
        assertThat(GridKt._size(followUp.grid)).isZero();
        assertThat(GridKt._size(followUp.carried)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(followUp.carried, 0)).contains("Pendataan calon PMI di Tirtayasa");
        assertThat(service.history(carried.getId())).extracting(AuditEvent::getAction).contains("ACTION_ITEM_CARRY_OVER");
        assertThat(service.get(stays.getId()).getCarriedToMeetingId()).isNull();
        assertThat(service.planOf(first.getId())).hasSize(2);
    }
}
