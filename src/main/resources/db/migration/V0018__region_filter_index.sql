-- Production scale (1,000,000 action items): the region filter of the lists asks for a range of region codes
-- (region_code >= '36' and region_code < '37', besides the exact test), and for the items without a region of their own
-- whose responsible agency lies in the region (region_code is null and responsible_agency_id in (...)). This index
-- answers both with the due date and id the pages are ordered by, so a count or a page reads only the index entries of
-- the region. It replaces the index without them. Runs unchanged on H2 and PostgreSQL.
drop index ix_action_item_region;
create index ix_action_item_region on action_item (region_code, responsible_agency_id, due_date, id);
