-- An attendee picked from the officers list points to the officer (name, position and agency stay copied as they were).
alter table attendance add constraint fk_attendance_officer foreign key (officer_id) references officer (id);
create index ix_attendance_officer on attendance (officer_id);
