package id.sinergi.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions (Wilayah) by Kemendagri code. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public Optional<Region> findByCode(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    /** For demo data run by the system itself: adds the regions that are not there yet. */
    @Transactional
    public void addMissingBySystem(Collection<Region> candidates) {
        List<Region> missing = candidates.stream().filter(r -> !regions.existsById(r.getCode())).toList();
        regions.saveAll(missing);
    }

    /** Regions of the given levels that are not retired, by code: e.g. the provinces, regencies and cities for a picker. */
    public List<Region> listByLevels(Collection<RegionLevel> levels) {
        return regions.findByLevelInAndRetiredFalseOrderByCode(levels);
    }
}
