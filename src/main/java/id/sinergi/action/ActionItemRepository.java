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

    /** Open items per the meeting whose plan lists them now (carried-to, else origin): each item counts once. */
    @Query("""
            select coalesce(i.carriedToMeetingId, i.originMeetingId), count(i) from ActionItem i
            where (i.originMeetingId in :meetingIds or i.carriedToMeetingId in :meetingIds) and i.status in :open
            group by coalesce(i.carriedToMeetingId, i.originMeetingId)""")
    List<Object[]> countOpenByCurrentMeeting(Collection<Long> meetingIds, Collection<ActionItemStatus> open);

    /** Open items whose plan is the given meeting's now: the candidates to carry over to its follow-up. */
    @EntityGraph(attributePaths = "responsibleAgency")
    @Query("""
            select i from ActionItem i
            where ((i.carriedToMeetingId is null and i.originMeetingId = :meetingId) or i.carriedToMeetingId = :meetingId)
              and i.status in :open
            order by i.originMeetingId, i.number""")
    List<ActionItem> findOpenOfMeeting(Long meetingId, Collection<ActionItemStatus> open);
}
