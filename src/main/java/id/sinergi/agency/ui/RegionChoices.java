package id.sinergi.agency.ui;

import id.sinergi.region.Region;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regencies and cities a working area is picked from (a few hundred), and region names and paths for a view's
 * columns, looked up once per code.
 */
final class RegionChoices {

    private final RegionService regionService;
    private final List<Region> regencies;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, String> paths = new HashMap<>();

    RegionChoices(RegionService regionService) {
        this.regionService = regionService;
        this.regencies = regionService.listByLevels(RegionLevel.REGENCIES);
        regencies.forEach(region -> byCode.put(region.getCode(), region));
    }

    /** Regencies and cities, by code. */
    List<Region> regencies() {
        return regencies;
    }

    Region get(String code) {
        if (code == null) {
            return null;
        }
        return byCode.computeIfAbsent(code, c -> regionService.findByCode(c).orElse(null));
    }

    /** "Kabupaten Serang"; the code itself when unknown. */
    String name(String code) {
        Region region = get(code);
        return region == null ? (code == null ? "" : code) : region.getName();
    }

    /** "Pontang, Kab. Serang, Banten"; the code itself when unknown. */
    String path(String code) {
        if (code == null) {
            return "";
        }
        return paths.computeIfAbsent(code, c -> regionService.pathOf(c).orElse(c));
    }
}
