package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    @EntityGraph(attributePaths = {"responsibleAgency", "supportingAgencies"})
    Optional<ActionItem> findDetailedById(Long id);

    /** The item for a change; refused when missing, or when someone saved it since the caller read that version. */
    default ActionItem findForChange(Long id, int expectedVersion) {
        if (id == null) {
            throw new IllegalArgumentException("New item: use create");
        }
        ActionItem stored = findDetailedById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ActionItem.class, id);
        }
        return stored;
    }

    @EntityGraph(attributePaths = "responsibleAgency")
    List<ActionItem> findByOriginMeetingIdOrderByNumberAscIdAsc(Long meetingId);

    @EntityGraph(attributePaths = "responsibleAgency")
    List<ActionItem> findByCarriedToMeetingIdOrderByOriginMeetingIdAscNumberAsc(Long meetingId);

    @EntityGraph(attributePaths = "responsibleAgency")
    Slice<ActionItem> findByOriginMeetingId(Long meetingId, Pageable pageable);

    long countByOriginMeetingId(Long meetingId);

    @EntityGraph(attributePaths = "responsibleAgency")
    Slice<ActionItem> findByCarriedToMeetingId(Long meetingId, Pageable pageable);

    long countByCarriedToMeetingId(Long meetingId);

    @Query("select coalesce(max(i.number), 0) from ActionItem i where i.originMeetingId = :meetingId")
    int maxNumber(Long meetingId);

    /*
     * The open items of meetings are asked per column, each along its own index: an `or` of the two meeting columns, or
     * a condition `carried_to_meeting_id is null` (true for nearly every item, yet H2 took its index for it), made H2
     * read every item (1-3 s on a 1,000,000-row H2 table against 1-117 ms this way). Callers decide which plan lists an
     * item now: the one it was carried to, else its origin.
     */

    /** Open items agreed in these meetings, counted per origin meeting and the meeting they were carried to (or null). */
    @Query("""
            select i.originMeetingId, i.carriedToMeetingId, count(i) from ActionItem i
            where i.originMeetingId in :meetingIds and i.status in :open
            group by i.originMeetingId, i.carriedToMeetingId""")
    List<Object[]> countOpenByOriginMeeting(Collection<Long> meetingIds, Collection<ActionItemStatus> open);

    /** Open items carried to these meetings, counted per meeting. */
    @Query("""
            select i.carriedToMeetingId, count(i) from ActionItem i
            where i.carriedToMeetingId in :meetingIds and i.status in :open
            group by i.carriedToMeetingId""")
    List<Object[]> countOpenByCarriedToMeeting(Collection<Long> meetingIds, Collection<ActionItemStatus> open);

    /** Open items agreed in the meeting (carried on or not). */
    @EntityGraph(attributePaths = "responsibleAgency")
    @Query("select i from ActionItem i where i.originMeetingId = :meetingId and i.status in :open")
    List<ActionItem> findOpenAgreedIn(Long meetingId, Collection<ActionItemStatus> open);

    /** Open items carried to the meeting. */
    @EntityGraph(attributePaths = "responsibleAgency")
    @Query("select i from ActionItem i where i.carriedToMeetingId = :meetingId and i.status in :open")
    List<ActionItem> findOpenCarriedTo(Long meetingId, Collection<ActionItemStatus> open);
}
