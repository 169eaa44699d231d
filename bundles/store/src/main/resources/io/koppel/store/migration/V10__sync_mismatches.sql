-- Documents automatic payment sync found not matching their entry in Exact (entry number, OGM): shown in the
-- connection's health until a later run finds the document's terms matching again. The reason's arguments are
-- kept joined by the unit separator (U+001F).
CREATE TABLE koppel_sync_mismatch (
    host_entity     VARCHAR(100)  NOT NULL,
    document_number VARCHAR(64)   NOT NULL,
    reason_code     VARCHAR(60)   NOT NULL,
    arguments       VARCHAR(2000) NOT NULL,
    found_at        ${timestamp}  NOT NULL,
    CONSTRAINT pk_koppel_sync_mismatch PRIMARY KEY (host_entity, document_number)
);
