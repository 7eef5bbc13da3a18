-- Excel exports: the action plan matrix reads each national strategy's items in the order of the table (meeting, item
-- number, id) in one pass; this index hands them over in that order, so the database neither sorts a strategy's items
-- nor reads the table in another order. Runs unchanged on H2 and PostgreSQL.
create index if not exists ix_action_item_matrix on action_item (strategy, origin_meeting_id, item_number, id);
