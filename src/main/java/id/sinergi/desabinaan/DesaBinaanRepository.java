package id.sinergi.desabinaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DesaBinaanRepository extends JpaRepository<DesaBinaan, Long> {

    String FROM = "from DesaBinaan d join d.office o left join o.parent k ";
    String FROM_FETCHING = "from DesaBinaan d join fetch d.office o left join fetch o.parent k ";
    String ROSTER_FILTER = """
              join Region r on r.code = d.villageCode
              left join Region rd on rd.code = r.parentCode
              left join Region rr on rr.code = rd.parentCode
            where (:kanwilId is null or k.id = :kanwilId)
              and (:officeId is null or o.id = :officeId)
              and (:program is null or d.program = :program)
              and (:status is null or d.status = :status)
              and (:regency is null or d.villageCode like :regency)
              and (:risk is null or d.riskLevel = :risk)
              and (:text is null or lower(r.name) like :text or d.villageCode like :text or lower(rd.name) like :text
                   or lower(rr.name) like :text or lower(d.skNumber) like :text or lower(o.abbreviation) like :text
                   or lower(o.name) like :text)
            """;

    @Query("select d, r.name, rd.name, rr.name " + FROM_FETCHING + ROSTER_FILTER
            + " order by k.name, o.name, r.name, d.program")
    List<Object[]> roster(@Param("kanwilId") Long kanwilId, @Param("officeId") Long officeId,
                          @Param("program") Program program, @Param("status") AssignmentStatus status,
                          @Param("regency") String regencyPattern, @Param("risk") RiskLevel risk,
                          @Param("text") String text);

    @Query("select d.program, count(distinct d.villageCode) " + FROM + ROSTER_FILTER + " group by d.program")
    List<Object[]> villagesPerProgram(@Param("kanwilId") Long kanwilId, @Param("officeId") Long officeId,
                                      @Param("program") Program program, @Param("status") AssignmentStatus status,
                                      @Param("regency") String regencyPattern, @Param("risk") RiskLevel risk,
                                      @Param("text") String text);

    @Query("select count(distinct d.villageCode) " + FROM + ROSTER_FILTER)
    long countVillages(@Param("kanwilId") Long kanwilId, @Param("officeId") Long officeId,
                       @Param("program") Program program, @Param("status") AssignmentStatus status,
                       @Param("regency") String regencyPattern, @Param("risk") RiskLevel risk,
                       @Param("text") String text);

    /** Open (proposed or active) assignments of the village in the program, other than the one being saved. */
    @Query("""
            select count(d) from DesaBinaan d
            where d.villageCode = :village and d.program = :program and d.status <> id.sinergi.desabinaan.AssignmentStatus.ENDED
              and d.id <> :exceptId
            """)
    long countOpen(@Param("village") String villageCode, @Param("program") Program program,
                   @Param("exceptId") long exceptId);

    long countByOfficeId(long officeId);
}
