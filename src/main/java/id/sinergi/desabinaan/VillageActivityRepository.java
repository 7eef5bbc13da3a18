package id.sinergi.desabinaan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VillageActivityRepository extends JpaRepository<VillageActivity, Long> {

    List<VillageActivity> findByAssignmentIdOrderByDateDescIdDesc(long assignmentId);

    @Query("""
            select a.assignment.id, count(a) from VillageActivity a
            where a.assignment.id in :ids and a.date between :from and :to group by a.assignment.id
            """)
    List<Object[]> countPerAssignment(@Param("ids") Collection<Long> assignmentIds, @Param("from") LocalDate from,
                                      @Param("to") LocalDate to);

    @Query("""
            select new id.sinergi.desabinaan.AssignmentActivity(a.assignment.id, count(a),
                   coalesce(sum(a.participantsMale), 0), coalesce(sum(a.participantsFemale), 0))
            from VillageActivity a
            where a.assignment.id in :ids and a.date between :from and :to group by a.assignment.id
            """)
    List<AssignmentActivity> totalsPerAssignment(@Param("ids") Collection<Long> assignmentIds,
                                                 @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new id.sinergi.desabinaan.ActivityTotals(o.id, o.abbreviation, count(a),
                   coalesce(sum(a.participantsMale), 0), coalesce(sum(a.participantsFemale), 0),
                   coalesce(sum(case when a.kind = id.sinergi.desabinaan.ActivityKind.EARLY_WARNING then 1 else 0 end), 0))
            from VillageActivity a join a.assignment d join d.office o
            where a.date between :from and :to
            group by o.id, o.abbreviation order by o.abbreviation
            """)
    List<ActivityTotals> totalsPerOffice(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new id.sinergi.desabinaan.ActivityTotals(k.id, k.abbreviation, count(a),
                   coalesce(sum(a.participantsMale), 0), coalesce(sum(a.participantsFemale), 0),
                   coalesce(sum(case when a.kind = id.sinergi.desabinaan.ActivityKind.EARLY_WARNING then 1 else 0 end), 0))
            from VillageActivity a join a.assignment d join d.office o join o.parent k
            where a.date between :from and :to
            group by k.id, k.abbreviation order by k.abbreviation
            """)
    List<ActivityTotals> totalsPerKanwil(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
