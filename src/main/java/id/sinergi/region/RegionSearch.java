package id.sinergi.region;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Runs region queries with plain JDBC (the picker's search must stay fast with the full national list). */
final class RegionSearch {

    /** The most rows one query returns. */
    static final int MAX_LIMIT = 200;

    private static final String COLUMNS = "select code, name, retired, display_path from region";
    private static final RowMapper<Region> REGION = (rs, row) ->
            new Region(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4));

    private final NamedParameterJdbcTemplate jdbc;

    RegionSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> page(RegionQuery query, String order, int offset, int limit) {
        query.params.addValue("limit", Math.max(0, Math.min(limit, MAX_LIMIT)));
        query.params.addValue("offset", Math.max(0, offset));
        return jdbc.query(COLUMNS + query.where + " order by " + order + " limit :limit offset :offset", query.params, REGION);
    }

    List<Region> all(RegionQuery query) {
        return jdbc.query(COLUMNS + query.where + " order by code", query.params, REGION);
    }

    long count(RegionQuery query) {
        Long count = jdbc.queryForObject("select count(*) from region" + query.where, query.params, Long.class);
        return count == null ? 0 : count;
    }

    List<Region> byCodes(List<String> codes) {
        return jdbc.query(COLUMNS + " where code in (:codes)", Map.of("codes", codes), REGION);
    }
}
