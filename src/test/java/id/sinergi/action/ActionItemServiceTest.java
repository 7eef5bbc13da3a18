package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.audit.AuditEvent;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.meeting.Meeting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SinergiSpringTest
class ActionItemServiceTest {

    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Autowired
    ActionItemService service;
    @Autowired
    ActionItemStatusService statuses;
    @Autowired
    ActionItemFixture fixture;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    @Test
    void coordinator_adds_items_numbered_in_order_and_reorders_and_removes_them() {
        Meeting meeting = fixture.meeting(unique("Rakor urutan"), DAY);
        ActionItem first = fixture.item(meeting, "Sosialisasi di Desa Tanara", DAY.plusDays(30), "Disnakertrans Kab. Serang");
        ActionItem second = fixture.item(meeting, "Pendataan calon PMI", DAY.plusDays(40), "Pemkab Serang");
        ActionItem third = fixture.item(meeting, "Patroli perlintasan", DAY.plusDays(50), "Kanim Sambas");
        assertThat(service.planOf(meeting.getId())).extracting(ActionItem::getNumber, ActionItem::getActivity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Sosialisasi di Desa Tanara"),
                        org.assertj.core.groups.Tuple.tuple(2, "Pendataan calon PMI"),
                        org.assertj.core.groups.Tuple.tuple(3, "Patroli perlintasan"));

        service.move(third.getId(), third.getVersion(), -1);
        assertThat(service.planOf(meeting.getId())).extracting(ActionItem::getActivity)
                .containsExactly("Sosialisasi di Desa Tanara", "Patroli perlintasan", "Pendataan calon PMI");
        ActionItem top = service.get(first.getId());
        service.move(top.getId(), top.getVersion(), -1);
        assertThat(service.planOf(meeting.getId()).getFirst().getId()).isEqualTo(first.getId());

        service.remove(first.getId(), service.get(first.getId()).getVersion());
        assertThat(service.planOf(meeting.getId())).extracting(ActionItem::getNumber, ActionItem::getId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, third.getId()),
                        org.assertj.core.groups.Tuple.tuple(2, second.getId()));
    }

    @Test
    void every_plan_change_is_in_the_history_with_old_and_new_value_and_who() {
        Meeting meeting = fixture.meeting(unique("Rakor riwayat"), DAY);
        ActionItem item = fixture.item(meeting, "Sosialisasi bahaya TPPO", DAY.plusDays(30), "Disnakertrans Kab. Serang");
        ActionItem edit = service.get(item.getId());
        edit.setActivity("Sosialisasi bahaya TPPO di Desa Tanara");
        edit.setBudgetAmount(new BigDecimal("15000000"));
        edit.setSupportingAgencies(Set.of(fixture.agency("Kanim Serang"), fixture.agency("BP3MI Banten")));
        service.update(edit);

        var history = service.history(item.getId());
        assertThat(history).extracting(AuditEvent::getAction, AuditEvent::getUsername)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACTION_ITEM_CREATE", "koordinator"),
                        org.assertj.core.groups.Tuple.tuple("ACTION_ITEM_UPDATE", "koordinator"));
        assertThat(history.get(1).getDetails()).isEqualTo("""
                activity: Sosialisasi bahaya TPPO → Sosialisasi bahaya TPPO di Desa Tanara
                supportingAgencies: null → BP3MI Banten, Kanim Serang
                budgetAmount: null → 15000000""".strip());
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_save_is_kept() {
        Meeting meeting = fixture.meeting(unique("Rakor konflik"), DAY);
        ActionItem item = fixture.item(meeting, "Penyuluhan keimigrasian", DAY.plusDays(30), "Kanim Serang");
        ActionItem first = service.get(item.getId());
        ActionItem second = service.get(item.getId());
        first.setNotes("Catatan pertama");
        service.update(first);
        second.setNotes("Catatan kedua");
        assertThatThrownBy(() -> service.update(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(item.getId()).getNotes()).isEqualTo("Catatan pertama");
    }

    @Test
    void bad_plan_input_is_refused_with_a_reason_and_nothing_is_stored() {
        Meeting meeting = fixture.meeting(unique("Rakor isian"), DAY);
        ActionItem beforeMeeting = new ActionItem("Terlambat", DAY.minusDays(1), fixture.agency("Kanim Serang"),
                NationalStrategy.PREVENTION);
        assertThatThrownBy(() -> service.create(meeting.getId(), beforeMeeting))
                .isInstanceOf(BusinessRuleException.class).hasMessage("actionItem.error.dueBeforeMeeting");
        ActionItem negative = new ActionItem("Anggaran negatif", DAY, fixture.agency("Kanim Serang"),
                NationalStrategy.PREVENTION);
        negative.setBudgetAmount(new BigDecimal("-1"));
        assertThatThrownBy(() -> service.create(meeting.getId(), negative)).hasMessage("error.invalid");
        ActionItem absurd = new ActionItem("Target mustahil", DAY, fixture.agency("Kanim Serang"),
                NationalStrategy.PREVENTION);
        absurd.setTargetAmount(new BigDecimal("100000000000"));
        assertThatThrownBy(() -> service.create(meeting.getId(), absurd)).hasMessage("error.invalid");
        ActionItem twice = new ActionItem("Dua peran", DAY, fixture.agency("Kanim Serang"), NationalStrategy.PREVENTION);
        twice.setSupportingAgencies(Set.of(fixture.agency("Kanim Serang")));
        assertThatThrownBy(() -> service.create(meeting.getId(), twice))
                .hasMessage("actionItem.error.responsibleAlsoSupporting");
        ActionItem nowhere = new ActionItem("Wilayah asing", DAY, fixture.agency("Kanim Serang"),
                NationalStrategy.PREVENTION);
        nowhere.setRegionCode("99.99");
        assertThatThrownBy(() -> service.create(meeting.getId(), nowhere)).hasMessage("actionItem.error.regionUnknown");
        assertThat(service.planOf(meeting.getId())).isEmpty();
    }

    @Test
    void the_plan_of_a_final_meeting_is_locked() {
        Meeting meeting = fixture.meeting(unique("Rakor final"), DAY);
        ActionItem item = fixture.item(meeting, "Rapat evaluasi", DAY.plusDays(10), "Kanim Serang");
        fixture.makeFinal(meeting);
        ActionItem edit = service.get(item.getId());
        edit.setNotes("Perubahan setelah final");
        assertThatThrownBy(() -> service.update(edit)).hasMessage("actionItem.error.meetingFinal");
        assertThatThrownBy(() -> service.create(meeting.getId(), new ActionItem("Baru", DAY, fixture.agency("Kanim Serang"),
                NationalStrategy.PREVENTION))).hasMessage("actionItem.error.meetingFinal");
        assertThatThrownBy(() -> service.remove(item.getId(), edit.getVersion())).hasMessage("actionItem.error.meetingFinal");
    }

    @Test
    void liaisons_and_leadership_cannot_plan_whatever_they_send() {
        Meeting meeting = fixture.meeting(unique("Rakor hak akses"), DAY);
        ActionItem item = fixture.item(meeting, "Sosialisasi PMI", DAY.plusDays(30), "Disnakertrans Kab. Serang");
        for (String username : new String[] {"penghubung.disnaker", "penghubung.imigrasi", "pimpinan"}) {
            fixture.loginAs(username);
            ActionItem crafted = service.get(item.getId());
            crafted.setDueDate(DAY.plusYears(1));
            crafted.setResponsibleAgency(fixture.agency("Kanim Serang"));
            assertThatThrownBy(() -> service.update(crafted)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.create(meeting.getId(), new ActionItem("Sendiri", DAY,
                    fixture.agency("Kanim Serang"), NationalStrategy.PREVENTION))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> statuses.cancel(item.getId(), crafted.getVersion(), "tidak perlu"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.move(item.getId(), crafted.getVersion(), 1))
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixture.loginAs("pimpinan");
        ActionItem stored = service.get(item.getId());
        assertThat(stored.getDueDate()).isEqualTo(DAY.plusDays(30));
        assertThat(stored.getResponsibleAgency().getAbbreviation()).isEqualTo("Disnakertrans Kab. Serang");
        assertThat(service.access(stored)).isEqualTo(ActionItemAccess.READ_ONLY);
    }

    @Test
    void cancelling_needs_a_reason_and_reopening_brings_the_item_back() {
        Meeting meeting = fixture.meeting(unique("Rakor batal"), DAY);
        ActionItem item = fixture.item(meeting, "Kunjungan ke Desa Lontar", DAY.plusDays(30), "Kanim Serang");
        assertThatThrownBy(() -> statuses.cancel(item.getId(), item.getVersion(), "  "))
                .hasMessage("actionItem.error.reasonRequired");
        ActionItem cancelled = statuses.cancel(item.getId(), item.getVersion(), "Digabung dengan kegiatan Pemkab");
        assertThat(cancelled.getStatus()).isEqualTo(ActionItemStatus.CANCELLED);
        assertThat(cancelled.getClosingReason()).isEqualTo("Digabung dengan kegiatan Pemkab");
        ActionItem reopened = statuses.reopen(item.getId(), cancelled.getVersion());
        assertThat(reopened.getStatus()).isEqualTo(ActionItemStatus.NOT_STARTED);
        assertThat(reopened.getClosingReason()).isNull();
        assertThat(service.history(item.getId())).extracting(AuditEvent::getAction)
                .containsSubsequence("ACTION_ITEM_CANCEL", "ACTION_ITEM_REOPEN");
    }

    @Test
    void done_needs_full_progress_and_a_progress_update() {
        Meeting meeting = fixture.meeting(unique("Rakor selesai"), DAY);
        ActionItem item = fixture.item(meeting, "Penyusunan SOP", DAY.plusDays(30), "Kanim Serang");
        assertThatThrownBy(() -> statuses.markDone(item.getId(), item.getVersion(), null))
                .hasMessage("actionItem.error.doneNeedsFull");
    }
}
