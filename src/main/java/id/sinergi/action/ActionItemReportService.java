package id.sinergi.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items for reports and exports: everyone logged in reads every item (DESIGN.md: liaisons read what is not
 * restricted, and no item is), so the rows are those the all-items list shows for the same filter. Rows stream in
 * keyset pages inside one read-only transaction, so memory does not grow with the number of items.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemReportService {

    static final int PAGE_SIZE = 1000;

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
            stream(filter, kanwilId, today, order, null, withLatestProgress, sink);
            return;
        }
        for (NationalStrategy strategy : NationalStrategy.values()) {
            if (filter.strategy() == null || filter.strategy() == strategy) {
                stream(filter, kanwilId, today, order, strategy, withLatestProgress, sink);
            }
        }
    }

    @PreAuthorize(ActionItemService.READERS)
    public long count(ActionItemFilter filter, Long kanwilId) {
        return query.count(filter, kanwilId, ActionItemService.today());
    }

    /** Per responsible agency, by abbreviation: total, done, in progress, not started, cancelled, overdue. */
    @PreAuthorize(ActionItemService.READERS)
    public List<AgencyProgress> progressPerAgency(ActionItemFilter filter, Long kanwilId) {
        return query.perAgency(filter, kanwilId, ActionItemService.today());
    }

    private void stream(ActionItemFilter filter, Long kanwilId, LocalDate today, ItemOrder order,
                        NationalStrategy strategy, boolean withLatestProgress, Consumer<ActionItemRow> sink) {
        ActionItemRow last = null;
        List<ActionItemRow> page;
        do {
            page = query.page(filter, kanwilId, today, order, strategy, last, PAGE_SIZE);
            if (page.isEmpty()) {
                return;
            }
            List<Long> ids = page.stream().map(ActionItemRow::id).toList();
            Map<Long, List<String>> supporting = query.supporting(ids);
            Map<Long, ActionItemRow.LatestProgress> latest = withLatestProgress ? query.latest(ids) : Map.of();
            for (ActionItemRow row : page) {
                sink.accept(row.with(supporting.getOrDefault(row.id(), List.of()), latest.get(row.id())));
            }
            last = page.getLast();
        } while (page.size() == PAGE_SIZE);
    }
}
