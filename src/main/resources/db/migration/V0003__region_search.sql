-- Regions: a precomputed display path ("Pontang, Kab. Serang, Banten") and lower-case search columns, written by the
-- importer and the demo data (rows that predate this migration get them at the next start), and the words of each
-- region's name, so that the picker finds names by word prefix through an index instead of scanning 91,599 rows.
alter table region add column display_path varchar(1100);
alter table region add column name_key varchar(255);
alter table region add column search_text varchar(1100);
create index ix_region_level on region (level, code);

create table region_word (
    word varchar(255) not null,
    code varchar(13)  not null,
    constraint pk_region_word primary key (word, code),
    constraint fk_region_word_region foreign key (code) references region (code)
);
create index ix_region_word_code on region_word (code);
