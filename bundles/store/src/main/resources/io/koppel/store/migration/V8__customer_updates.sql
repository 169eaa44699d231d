-- The newest state of each billing address the host reported, with its order key: raised by one in the same
-- UPDATE that stores a state, so the database orders the changes of one address even when two nodes take them.
-- A posting that creates the address's customer later takes these fields.
CREATE TABLE koppel_billing_address (
    address_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    person_id        VARCHAR(64)  NOT NULL,
    salutation_title VARCHAR(100),
    salutation_name  VARCHAR(200),
    street           VARCHAR(200),
    house_number     VARCHAR(40),
    box              VARCHAR(40),
    postcode         VARCHAR(40),
    city             VARCHAR(100),
    country          VARCHAR(10),
    email_addresses  VARCHAR(2000),
    version          BIGINT       NOT NULL,
    changed_at       ${timestamp} NOT NULL
);

-- The V1 table of customer updates held one row per change and nothing wrote it. Now one row per address and
-- division: changes coalesce into it, it names the newest version to send, and it keeps what Exact last got
-- (sent_*), so an update whose fields Exact already has costs no call.
DROP TABLE koppel_customer_update;
CREATE TABLE koppel_customer_update (
    address_id        VARCHAR(64)   NOT NULL,
    division          INTEGER       NOT NULL,
    host_entity       VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    reason            VARCHAR(2000),
    attempts          INTEGER       NOT NULL,
    first_attempt_at  ${timestamp},
    next_attempt_at   ${timestamp}  NOT NULL,
    claimed_by        VARCHAR(100),
    claimed_until     ${timestamp},
    requested_at      ${timestamp}  NOT NULL,
    processed_at      ${timestamp},
    sent_version      BIGINT,
    sent_name         VARCHAR(200),
    sent_address_line VARCHAR(300),
    sent_postcode     VARCHAR(40),
    sent_city         VARCHAR(100),
    sent_country      VARCHAR(10),
    sent_email        VARCHAR(2000),
    PRIMARY KEY (address_id, division)
);
CREATE INDEX ix_koppel_customer_update_due ON koppel_customer_update (status, division, next_attempt_at);
