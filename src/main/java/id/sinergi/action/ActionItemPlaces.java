package id.sinergi.action;

import id.sinergi.agency.AgencyMoved;
import id.sinergi.region.RegionLevel;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the province of the items without a region of their own when their responsible agency moves (an item's own
 * save keeps it otherwise, {@link ActionItem#place}): one statement in the agency's transaction, over the agency's
 * items (the (responsible_agency_id, …) index), not through the entities. Their version is not raised: the province
 * is not something a user wrote.
 */
@Component
class ActionItemPlaces {

    private final JdbcTemplate jdbc;

    ActionItemPlaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void agencyMoved(AgencyMoved moved) {
        jdbc.update("update action_item set province_code = ? where responsible_agency_id = ? and region_code is null",
                RegionLevel.provinceOf(moved.regionCode()), moved.agencyId());
    }
}
