-- Payment sync. A ledger (the host's "deelboek") keeps its sync files' sequence number, its name and the host
-- entities (schools, locations) whose divisions its files cover.
ALTER TABLE koppel_sync_sequence ADD COLUMN name VARCHAR(200);
ALTER TABLE koppel_sync_sequence ADD COLUMN host_entities VARCHAR(4000);

-- Sync files are made in the background: a file is Creating until Exact was read, then Ready (with its XML), or
-- Failed (with the reason). Processing sets processed_at in the same transaction that raises the ledger's
-- sequence number and records the file's settlements. No file was ever stored in the earlier shape.
DROP TABLE koppel_sync_file;
CREATE TABLE koppel_sync_file (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    ledger          VARCHAR(100) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    reason          VARCHAR(2000),
    content         ${text},
    settlements     INTEGER      NOT NULL,
    created_at      ${timestamp} NOT NULL,
    ready_at        ${timestamp},
    processed_at    ${timestamp},
    processed_by    VARCHAR(100)
);
CREATE INDEX ix_koppel_sync_file_ledger ON koppel_sync_file (ledger, created_at);

-- Koppel's copy of a division's payment terms (sync/Cashflow/PaymentTerms), kept up to date from a Timestamp
-- cursor. A deleted term stays as a row marked deleted; changed marks the rows automatic mode has not settled
-- from yet.
CREATE TABLE koppel_payment_term (
    site              VARCHAR(200)  NOT NULL,
    division          INTEGER       NOT NULL,
    term_id           VARCHAR(36)   NOT NULL,
    entry_id          VARCHAR(36),
    entry_number      INTEGER,
    account           VARCHAR(36),
    account_code      VARCHAR(40),
    your_ref          VARCHAR(100),
    payment_reference VARCHAR(40),
    amount            DECIMAL(15,2) NOT NULL,
    discount          DECIMAL(15,2) NOT NULL,
    status            INTEGER       NOT NULL,
    line_type         INTEGER       NOT NULL,
    last_payment_date DATE,
    row_version       BIGINT        NOT NULL,
    deleted           BOOLEAN       NOT NULL,
    changed           BOOLEAN       NOT NULL,
    CONSTRAINT pk_koppel_payment_term PRIMARY KEY (site, division, term_id)
);
CREATE INDEX ix_koppel_payment_term_entry ON koppel_payment_term (site, division, entry_id);
CREATE INDEX ix_koppel_payment_term_number ON koppel_payment_term (site, division, entry_number);
CREATE INDEX ix_koppel_payment_term_changed ON koppel_payment_term (site, division, changed);

-- Where the copy of a division stands: the Timestamp cursors of the terms and of sync/Deleted, whether the
-- first read has reached the end (complete), and Exact's DivisionMoveDate as last seen.
CREATE TABLE koppel_sync_division (
    site            VARCHAR(200) NOT NULL,
    division        INTEGER      NOT NULL,
    term_cursor     BIGINT       NOT NULL,
    deleted_cursor  BIGINT       NOT NULL,
    complete        BOOLEAN      NOT NULL,
    move_date       ${timestamp},
    move_checked_at ${timestamp},
    rebuilt_at      ${timestamp} NOT NULL,
    read_at         ${timestamp},
    CONSTRAINT pk_koppel_sync_division PRIMARY KEY (site, division)
);

-- Automatic payment sync per connection (host entity), as the admin set it, and how its runs went.
CREATE TABLE koppel_sync_connection (
    host_entity     VARCHAR(100) NOT NULL PRIMARY KEY,
    automatic       BOOLEAN      NOT NULL,
    tolerance_cents INTEGER      NOT NULL,
    last_run_at     ${timestamp},
    last_success_at ${timestamp},
    last_error      VARCHAR(2000),
    updated_at      ${timestamp} NOT NULL
);

-- What the host was told of a document's payment, and documents the host registered as already in Exact
-- (migrated from before Koppel). handling KOPPEL: Koppel settles it; BY_HAND or EXCLUDED: never touched.
CREATE TABLE koppel_payment_state (
    document_number    VARCHAR(64)   NOT NULL PRIMARY KEY,
    host_entity        VARCHAR(100)  NOT NULL,
    host_invoice_id    VARCHAR(64)   NOT NULL,
    origin             VARCHAR(12)   NOT NULL,
    exact_entry_number INTEGER,
    ogm                VARCHAR(20),
    amount             DECIMAL(15,2),
    handling           VARCHAR(12)   NOT NULL,
    settled_kind       VARCHAR(16),
    outstanding        DECIMAL(15,2),
    written_off        DECIMAL(15,2),
    updated_at         ${timestamp}  NOT NULL
);
CREATE INDEX ix_koppel_payment_state_entity ON koppel_payment_state (host_entity, origin);

-- Every settlement handed to the host, with the file it came in (none in automatic mode). Recorded before the
-- host hears of it; delivered_at is set once the host's SettlementHandler took it, so one recorded but not
-- delivered when a node died is delivered again (settling is idempotent), never lost.
CREATE TABLE koppel_settlement (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    sync_file_id       VARCHAR(36),
    ledger             VARCHAR(100)  NOT NULL,
    host_entity        VARCHAR(100)  NOT NULL,
    document_number    VARCHAR(64)   NOT NULL,
    host_invoice_id    VARCHAR(64),
    exact_entry_number INTEGER,
    ogm                VARCHAR(20),
    kind               VARCHAR(16)   NOT NULL,
    invoice_amount     DECIMAL(15,2) NOT NULL,
    outstanding        DECIMAL(15,2) NOT NULL,
    written_off        DECIMAL(15,2) NOT NULL,
    payment_date       DATE,
    recorded_at        ${timestamp}  NOT NULL,
    delivered_at       ${timestamp}
);
CREATE INDEX ix_koppel_settlement_file ON koppel_settlement (sync_file_id);
CREATE INDEX ix_koppel_settlement_document ON koppel_settlement (document_number, recorded_at);
CREATE INDEX ix_koppel_settlement_delivery ON koppel_settlement (delivered_at);

-- A document's posting found by the Exact entry a payment term belongs to.
CREATE INDEX ix_koppel_posting_entry ON koppel_posting (exact_entry_id);
