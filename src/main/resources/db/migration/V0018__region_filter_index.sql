-- Production scale (1,000,000 action items): the region filter of the lists asks for a range of region codes
-- (region_code >= '36' and region_code < '37', besides the exact test), which this index answers with the due date and id
-- the pages are ordered by, so a count or a page reads only the index entries of the region. It replaces the index
-- without id. Runs unchanged on H2 and PostgreSQL.
drop index ix_action_item_region;
create index ix_action_item_region on action_item (region_code, due_date, id);
