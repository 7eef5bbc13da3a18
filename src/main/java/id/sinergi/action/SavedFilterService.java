package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.CurrentUser;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's one saved filter of the all-items list. */
@Service
@Transactional(readOnly = true)
public class SavedFilterService {

    private final SavedFilterRepository filters;
    private final CurrentUser currentUser;

    SavedFilterService(SavedFilterRepository filters, CurrentUser currentUser) {
        this.filters = filters;
        this.currentUser = currentUser;
    }

    @PreAuthorize(ActionItemService.READERS)
    public Optional<ActionItemFilter> load() {
        return filters.findById(currentUser.require().userId()).map(SavedFilter::toFilter);
    }

    @PreAuthorize(ActionItemService.READERS)
    @Transactional
    public void save(ActionItemFilter filter) {
        if (filter.text() != null && filter.text().length() > ActionItemFilter.TEXT_MAX_LENGTH) {
            throw new BusinessRuleException("actionItem.error.tooLong", ActionItemFilter.TEXT_MAX_LENGTH);
        }
        long userId = currentUser.require().userId();
        SavedFilter saved = filters.findById(userId).orElseGet(() -> new SavedFilter(userId));
        saved.set(filter);
        filters.save(saved);
    }

    @PreAuthorize(ActionItemService.READERS)
    @Transactional
    public void clear() {
        filters.deleteById(currentUser.require().userId());
    }
}
