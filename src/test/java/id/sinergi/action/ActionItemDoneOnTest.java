package id.sinergi.action;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agency.Agency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day an item was done feeds the dashboard's trend: set when it becomes done, kept while done, cleared on reopen. */
class ActionItemDoneOnTest {

    @Test
    void done_on_is_the_day_it_became_done_and_is_cleared_when_reopened() {
        ActionItem item = new ActionItem("Sosialisasi", LocalDate.of(2030, 1, 1), (Agency) null,
                NationalStrategy.PREVENTION);
        assertThat(item.getDoneOn()).isNull();

        item.setStatus(ActionItemStatus.IN_PROGRESS);
        assertThat(item.getDoneOn()).isNull();
        item.setStatus(ActionItemStatus.DONE);
        assertThat(item.getDoneOn()).isEqualTo(ActionItemService.today());

        item.setStatus(ActionItemStatus.IN_PROGRESS);
        assertThat(item.getDoneOn()).isNull();
    }
}
