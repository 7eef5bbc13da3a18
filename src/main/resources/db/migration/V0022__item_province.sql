-- Production scale (1,000,000 action items): the grid filtered by a province. An item lies in a province by its own
-- region or, when it has none, by its responsible agency's; the region index (region_code, responsible_agency_id,
-- due_date, id) holds a province's items regency by regency and agency by agency, so a page far down gathered and
-- sorted all of them (a jump of 10,000 rows: 29.5 ms p50, the slowest grid operation). The province of the item's
-- place, kept by the application on every save of an item and when an agency moves (ActionItem.place,
-- ActionItemPlaces), makes a province's items one range in the grid's order. Region codes begin with their
-- province's two digits. Plain SQL that runs unchanged on H2 and PostgreSQL.
alter table action_item add column province_code varchar(2);
update action_item set province_code = substring(coalesce(region_code,
        (select a.region_code from agency a where a.id = action_item.responsible_agency_id)) from 1 for 2);
create index ix_action_item_province on action_item (province_code, due_date, id);
