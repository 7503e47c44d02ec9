-- Sentence-embedding vectors of the names of a terminology release (semantic candidates of the autocoder).
-- One row per (system, version, model, code): the unit vector of the term's own name as little-endian float32
-- bytes (384 dimensions for bge-small-en-v1.5 = 1536 bytes). Computed once per release by a background job
-- (TermVectorJob), which resumes from the rows already here. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create table term_vector (
    terminology_system  varchar(20)  not null,
    terminology_version varchar(40)  not null,
    model               varchar(60)  not null,
    term_code           varchar(20)  not null,
    vector              bytea        not null,
    created_at          timestamp    not null,
    primary key (terminology_system, terminology_version, model, term_code)
);
