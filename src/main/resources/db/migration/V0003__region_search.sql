-- Regions: a precomputed display path ("Pontang, Kab. Serang, Banten") and lower-case search columns, written by the
-- importer and the demo data (rows that predate this migration get them at the next start), plus indexes for the picker.
alter table region add column display_path varchar(1100);
alter table region add column name_key varchar(255);
alter table region add column search_text varchar(1100);

create index ix_region_level on region (level, code);
create index ix_region_name_key on region (name_key);
create index ix_region_retired on region (retired, code);
