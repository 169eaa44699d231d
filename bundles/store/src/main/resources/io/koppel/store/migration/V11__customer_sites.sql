-- A division number is unique only within its Exact site. A link now says on which site its customer was made:
-- links made before are given the site of the connections reaching their division, when only one site does.
ALTER TABLE koppel_account_link ADD site VARCHAR(4);
UPDATE koppel_account_link SET site = (SELECT MIN(c.site) FROM koppel_connection c
                                       WHERE c.division = koppel_account_link.division)
WHERE (SELECT COUNT(DISTINCT c.site) FROM koppel_connection c WHERE c.division = koppel_account_link.division) = 1;

-- Customer updates by address, site and division. An update whose connection is gone could not be sent: it is
-- not carried over.
CREATE TABLE koppel_customer_update_by_site (
    address_id        VARCHAR(64)   NOT NULL,
    site              VARCHAR(4)    NOT NULL,
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
    CONSTRAINT pk_koppel_customer_update_site PRIMARY KEY (address_id, site, division)
);
INSERT INTO koppel_customer_update_by_site (address_id, site, division, host_entity, version, status, reason,
        attempts, first_attempt_at, next_attempt_at, claimed_by, claimed_until, requested_at, processed_at,
        sent_version, sent_name, sent_address_line, sent_postcode, sent_city, sent_country, sent_email)
SELECT u.address_id, c.site, u.division, u.host_entity, u.version, u.status, u.reason, u.attempts,
       u.first_attempt_at, u.next_attempt_at, u.claimed_by, u.claimed_until, u.requested_at, u.processed_at,
       u.sent_version, u.sent_name, u.sent_address_line, u.sent_postcode, u.sent_city, u.sent_country, u.sent_email
FROM koppel_customer_update u JOIN koppel_connection c ON c.host_entity = u.host_entity;
DROP TABLE koppel_customer_update;
ALTER TABLE koppel_customer_update_by_site RENAME TO koppel_customer_update;
CREATE INDEX ix_koppel_customer_update_site_due ON koppel_customer_update (status, site, division, next_attempt_at);
