package id.sinergi.region;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions (Wilayah) by Kemendagri code: look-up, search for pickers, list for the regions view. Regions are public
 * reference data, so reading needs no role; only the import ({@link RegionImporter}) changes them.
 * Retired regions (gone from the latest edition) are found by code and still show their path, but searches skip them.
 * Reading runs without a transaction of its own: each search and list is one plain SQL statement, a look-up by code
 * goes through the repository (its own), and a region has no associations to load later (a transaction's begin and
 * commit were 0.4 of a picker search's 0.9 ms at 91,599 regions on PostgreSQL). Called inside a caller's transaction,
 * it reads in that one.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class RegionService {

    /** The most rows one search returns. */
    public static final int MAX_LIMIT = RegionSearch.MAX_LIMIT;

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name_key", "level", "level",
            "displayPath", "display_path");

    private final RegionRepository regions;
    private final RegionSearch query;
    private final RegionTable table;

    RegionService(RegionRepository regions, NamedParameterJdbcTemplate jdbc, JdbcTemplate plainJdbc) {
        this.regions = regions;
        this.query = new RegionSearch(jdbc);
        this.table = new RegionTable(plainJdbc);
    }

    public Optional<Region> findByCode(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    /** The display path of a region, e.g. "Pontang, Pontang, Kab. Serang, Banten" for 36.04.12.2001. */
    public Optional<String> pathOf(String code) {
        return findByCode(code).map(Region::getDisplayPath);
    }

    /** Display paths of many regions at once (for a grid of agencies or villages), by code; unknown codes are left out. */
    public Map<String, String> pathsOf(Collection<String> codes) {
        Map<String, String> paths = new HashMap<>();
        List<String> distinct = codes.stream().filter(c -> c != null).distinct().toList();
        for (int from = 0; from < distinct.size(); from += RegionTable.BATCH_SIZE) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + RegionTable.BATCH_SIZE));
            query.byCodes(chunk).forEach(r -> paths.put(r.getCode(), r.getDisplayPath()));
        }
        return paths;
    }

    /**
     * Active regions matching a text (name words or a code prefix), best matches first.
     *
     * @param levels only these levels, e.g. {@link RegionLevel#VILLAGES}; empty or null for all
     * @param areaPrefix only regions inside this one, e.g. "36.04" for the villages of Kabupaten Serang; null for all
     */
    public List<Region> search(String text, Set<RegionLevel> levels, String areaPrefix, int limit) {
        return search(text, levels, areaPrefix, 0, limit);
    }

    /** The same with an offset, for a lazy picker that pages. */
    public List<Region> search(String text, Set<RegionLevel> levels, String areaPrefix, int offset, int limit) {
        RegionQuery where = new RegionQuery(text, levels, areaPrefix, true);
        return query.page(where, where.rankedOrder, offset, limit);
    }

    /** Active regions of the given levels ordered by code, e.g. all provinces or all regencies and cities. */
    public List<Region> listByLevels(Collection<RegionLevel> levels) {
        return levels.isEmpty() ? List.of() : query.all(new RegionQuery(null, Set.copyOf(levels), null, true));
    }

    /** The same for levels given one by one: {@code listByLevel(RegionLevel.PROVINCE)}. */
    public List<Region> listByLevel(RegionLevel... levels) {
        return listByLevels(List.of(levels));
    }

    /** For the regions view: all regions, retired too, filtered by text and level, sorted as the grid asks. */
    public List<Region> list(String text, RegionLevel level, Pageable pageable) {
        RegionQuery where = new RegionQuery(text, level == null ? null : Set.of(level), null, false);
        return query.page(where, order(pageable.getSort()), (int) pageable.getOffset(), pageable.getPageSize());
    }

    public long count(String text, RegionLevel level) {
        return query.count(new RegionQuery(text, level == null ? null : Set.of(level), null, false));
    }

    /** For demo data run by the system itself: adds the regions that are not there yet (parents in the list or stored). */
    @Transactional
    public void addMissingBySystem(Collection<Region> candidates) {
        Map<String, RegionTable.Stored> stored = table.loadAll();
        Map<String, String> names = new HashMap<>();
        stored.forEach((code, region) -> names.put(code, region.name()));
        candidates.forEach(r -> names.putIfAbsent(r.getCode(), r.getName()));
        List<RegionTable.Entry> missing = candidates.stream().filter(r -> !stored.containsKey(r.getCode()))
                .sorted(Comparator.comparing((Region r) -> r.getCode().length()).thenComparing(Region::getCode))
                .map(r -> new RegionTable.Entry(r.getCode(), r.getName(), false,
                        RegionPaths.displayPath(r.getCode(), names::get), RegionPaths.searchText(r.getCode(), names::get),
                        true))
                .toList();
        table.insert(missing, n -> { });
    }

    private static String order(Sort sort) {
        List<String> parts = sort.stream().filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc")).toList();
        return parts.isEmpty() ? "code" : String.join(", ", parts) + ", code";
    }
}
