package id.sinergi.action;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where rows of one list (one filter, the default order: due date, then id) were, so that a page after a page already
 * read is found by seeking past that row's key (keyset paging) instead of skipping every row before it: scrolling stays
 * as fast at row 900,000 as at row 50. One per grid, kept with the view; at most {@value #MAX_MARKS} marks, and all of
 * them forgotten when the filter changes or the list is refreshed. Only a cache: losing it costs speed, never rows.
 */
public final class ListBookmarks implements Serializable {

    static final int MAX_MARKS = 200;

    /** The sort key of the row at a position. */
    record Mark(LocalDate dueDate, long id) {
    }

    private transient TreeMap<Long, Mark> marks = new TreeMap<>();
    private transient ActionItemFilter filter;

    /** The nearest known row before {@code offset} in the list of this filter, or null. */
    synchronized Map.Entry<Long, Mark> before(ActionItemFilter listFilter, long offset) {
        if (marks == null || !listFilter.equals(filter)) {
            marks = new TreeMap<>();
            filter = listFilter;
            return null;
        }
        return offset == 0 ? null : marks.floorEntry(offset - 1);
    }

    synchronized void remember(ActionItemFilter listFilter, long position, Mark mark) {
        if (marks == null || !listFilter.equals(filter)) {
            return;
        }
        marks.put(position, mark);
        while (marks.size() > MAX_MARKS) {
            long first = marks.firstKey();
            long last = marks.lastKey();
            marks.remove(Math.abs(position - first) > Math.abs(last - position) ? first : last);
        }
    }

    /** Forgets every mark (the rows may have moved). */
    public synchronized void clear() {
        marks = new TreeMap<>();
        filter = null;
    }
}
