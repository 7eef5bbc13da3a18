package id.sinergi.agency.ui;

import id.sinergi.region.Region;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions offered by a view's pickers (a few hundred provinces, regencies and cities), looked up by code.
 * A code outside these levels (an agency of a village) is fetched on demand and remembered.
 */
final class RegionChoices {

    static final Set<RegionLevel> PROVINCES_REGENCIES_CITIES = Set.of(RegionLevel.PROVINCE, RegionLevel.REGENCY,
            RegionLevel.CITY);
    static final Set<RegionLevel> REGENCIES_CITIES = Set.of(RegionLevel.REGENCY, RegionLevel.CITY);

    private final RegionService regionService;
    private final List<Region> offered;
    private final Map<String, Region> byCode = new LinkedHashMap<>();

    RegionChoices(RegionService regionService, Collection<RegionLevel> levels) {
        this.regionService = regionService;
        this.offered = regionService.listByLevels(levels);
        offered.forEach(region -> byCode.put(region.getCode(), region));
    }

    List<Region> offered() {
        return offered;
    }

    /** The offered regions plus the given one (so a value outside the offered levels still shows). */
    List<Region> offeredWith(Region extra) {
        if (extra == null || offered.contains(extra)) {
            return offered;
        }
        List<Region> list = new ArrayList<>(offered);
        list.add(extra);
        return list;
    }

    Region get(String code) {
        if (code == null) {
            return null;
        }
        return byCode.computeIfAbsent(code, c -> regionService.findByCode(c).orElse(null));
    }

    String name(String code) {
        Region region = get(code);
        return region == null ? (code == null ? "" : code) : region.getName();
    }
}
