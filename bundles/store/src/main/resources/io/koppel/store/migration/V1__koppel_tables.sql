-- Koppel's tables, version 1. Runs unchanged on H2, PostgreSQL and MariaDB but for two types the store's
-- Dialect expands: ${timestamp} (DATETIME(3) on MariaDB, whose TIMESTAMP converts time zones and ends in 2038)
-- and ${text} (MEDIUMTEXT on MariaDB, whose TEXT holds 64 KB). Every time is stored in UTC.

-- One link per host entity (school, institution, location) to an Exact division.
-- Tokens are stored encrypted by the auth bundle; this table never holds them in clear text.
CREATE TABLE koppel_connection (
    host_entity             VARCHAR(100)  NOT NULL PRIMARY KEY,
    site                    VARCHAR(4)    NOT NULL,
    state                   VARCHAR(30)   NOT NULL,
    state_reason            VARCHAR(2000),
    exact_user              VARCHAR(254),
    division                INTEGER,
    invoice_journal         VARCHAR(20),
    credit_note_journal     VARCHAR(20),
    cost_center             VARCHAR(8),
    cost_unit               VARCHAR(8),
    access_token            VARCHAR(4000),
    access_token_expires_at ${timestamp},
    refresh_token           VARCHAR(4000),
    tokens_refreshed_at     ${timestamp},
    linked_at               ${timestamp},
    created_at              ${timestamp}  NOT NULL,
    updated_at              ${timestamp}  NOT NULL
);

-- The Exact customer Koppel created for a host billing address, per division. exact_account_id stays empty
-- until Exact confirmed the account; unconfirmed_write is set before each write for this customer and cleared
-- when its answer is stored, so whichever posting comes next looks in Exact before writing again.
CREATE TABLE koppel_account_link (
    address_id        VARCHAR(64)  NOT NULL,
    division          INTEGER      NOT NULL,
    person_id         VARCHAR(64)  NOT NULL,
    exact_account_id  VARCHAR(36),
    bank_account_id   VARCHAR(36),
    mandate_id        VARCHAR(36),
    mandate_pending   BOOLEAN      NOT NULL,
    unconfirmed_write BOOLEAN      NOT NULL,
    created_at       ${timestamp} NOT NULL,
    updated_at       ${timestamp} NOT NULL,
    CONSTRAINT pk_koppel_account_link PRIMARY KEY (address_id, division)
);

-- One row per host document: the posting queue and the postings overview.
CREATE TABLE koppel_posting (
    document_number    VARCHAR(64)   NOT NULL PRIMARY KEY,
    host_invoice_id    VARCHAR(64)   NOT NULL,
    host_entity        VARCHAR(100)  NOT NULL,
    document_type      VARCHAR(12)   NOT NULL,
    person_name        VARCHAR(200),
    title              VARCHAR(400),
    amount             DECIMAL(15,2) NOT NULL,
    ogm                VARCHAR(20),
    document           ${text}          NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    reason             VARCHAR(2000),
    attempts           INTEGER       NOT NULL,
    first_attempt_at   ${timestamp},
    next_attempt_at    ${timestamp}  NOT NULL,
    may_have_reached_exact BOOLEAN   NOT NULL,
    division           INTEGER,
    exact_entry_id     VARCHAR(36),
    exact_entry_number INTEGER,
    claimed_by         VARCHAR(100),
    claimed_until      ${timestamp},
    sent_at            ${timestamp}  NOT NULL,
    processed_at       ${timestamp}
);
CREATE INDEX ix_koppel_posting_due ON koppel_posting (status, next_attempt_at);
CREATE INDEX ix_koppel_posting_invoice ON koppel_posting (host_invoice_id);
CREATE INDEX ix_koppel_posting_entity ON koppel_posting (host_entity, sent_at);

-- Customer updates after a billing address changed in the host, one per linked division.
CREATE TABLE koppel_customer_update (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    address_id    VARCHAR(64)   NOT NULL,
    division      INTEGER       NOT NULL,
    address       ${text}          NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    reason        VARCHAR(2000),
    attempts      INTEGER       NOT NULL,
    claimed_by    VARCHAR(100),
    claimed_until ${timestamp},
    requested_at  ${timestamp}  NOT NULL,
    processed_at  ${timestamp}
);
CREATE INDEX ix_koppel_customer_update_address ON koppel_customer_update (address_id, requested_at);
CREATE INDEX ix_koppel_customer_update_status ON koppel_customer_update (status);

-- The sequence number of each host ledger's sync files; raised once per processed file.
CREATE TABLE koppel_sync_sequence (
    ledger        VARCHAR(100) NOT NULL PRIMARY KEY,
    next_sequence BIGINT       NOT NULL
);

CREATE TABLE koppel_sync_file (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    ledger          VARCHAR(100) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    content         ${text}         NOT NULL,
    created_at      ${timestamp} NOT NULL,
    processed_at    ${timestamp}
);
CREATE INDEX ix_koppel_sync_file_ledger ON koppel_sync_file (ledger, created_at);

-- Every exchange with Exact. Never a token, secret or Authorization header.
CREATE TABLE koppel_transaction_log (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    logged_at     ${timestamp}  NOT NULL,
    host_entity   VARCHAR(100),
    division      INTEGER,
    search_number VARCHAR(64)   NOT NULL,
    operation     VARCHAR(60)   NOT NULL,
    http_method   VARCHAR(8)    NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    http_status   INTEGER,
    duration_ms   BIGINT        NOT NULL,
    failed        BOOLEAN       NOT NULL,
    message       VARCHAR(4000),
    request_body  ${text}
);
CREATE INDEX ix_koppel_log_time ON koppel_transaction_log (logged_at);
CREATE INDEX ix_koppel_log_search ON koppel_transaction_log (search_number, logged_at);
