package id.sinergi.action;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items for reports and exports: everyone logged in reads every item (DESIGN.md: liaisons read what is not
 * restricted, and no item is), so the rows are those the all-items list shows for the same filter. Rows stream from
 * one query per order (per strategy for the matrix) inside one read-only transaction, so memory does not grow with the
 * number of items.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemReportService {

    private final ActionItemRowQuery query;

    ActionItemReportService(ActionItemRowQuery query) {
        this.query = query;
    }

    /**
     * Hands every item the filter lets through to {@code sink}, in the given order; {@code kanwilId} (optional) keeps
     * the items of that agency and its offices; {@code withLatestProgress} adds each item's newest progress update.
     */
    @PreAuthorize(ActionItemService.READERS)
    public void forEach(ActionItemFilter filter, Long kanwilId, ItemOrder order, boolean withLatestProgress,
                        Consumer<ActionItemRow> sink) {
        LocalDate today = ActionItemService.today();
        if (order == ItemOrder.BY_DUE_DATE) {
            query.forEach(filter, kanwilId, today, order, null, withLatestProgress, sink);
            return;
        }
        for (NationalStrategy strategy : NationalStrategy.values()) {
            if (filter.strategy() == null || filter.strategy() == strategy) {
                query.forEach(filter, kanwilId, today, order, strategy, withLatestProgress, sink);
            }
        }
    }

    @PreAuthorize(ActionItemService.READERS)
    public long count(ActionItemFilter filter, Long kanwilId) {
        return query.count(filter, kanwilId, ActionItemService.today());
    }
}
