-- Leadership dashboard. The day an action item was marked done (the trend "items done per month"): set by the item
-- whenever its status becomes DONE, cleared when it is reopened. Items done before this column existed take the day of
-- their last progress update that reported DONE, else their due date.
alter table action_item add column done_on date;
update action_item set done_on = coalesce(
        (select max(cast(pu.created_at as date)) from progress_update pu
          where pu.action_item_id = action_item.id and pu.status = 'DONE'),
        due_date)
    where status = 'DONE';

-- The aggregates read only index columns: per agency and status within a due period; done per month.
create index ix_action_item_dashboard on action_item (due_date, responsible_agency_id, status);
create index ix_action_item_done_on on action_item (status, done_on);
create index ix_desa_binaan_status on desa_binaan (status, office_id);
