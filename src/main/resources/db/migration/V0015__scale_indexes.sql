-- Production scale (1,000,000 action items): the strategy filter of the all-items list in its default order (due date,
-- then id) reads the page straight from this index, and a page after a known row seeks in it, instead of sorting every
-- item of the strategy. Runs unchanged on H2 and PostgreSQL.
create index ix_action_item_strategy_due on action_item (strategy, due_date, id);
