package id.sinergi.region;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByLevelInAndRetiredFalseOrderByCode(Collection<RegionLevel> levels);
}
