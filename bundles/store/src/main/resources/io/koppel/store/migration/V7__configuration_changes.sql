-- Changes to a connection's configuration (linking, consent, division, journals, cost codes, VAT code,
-- disconnecting): who changed what on which connection, never a token or a secret. The transaction log shows them
-- beside the exchanges with Exact, under their own search number, and purges them with the exchanges.
CREATE TABLE koppel_configuration_change (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    changed_at    ${timestamp} NOT NULL,
    changed_by    VARCHAR(100),
    host_entity   VARCHAR(100) NOT NULL,
    division      INTEGER,
    search_number VARCHAR(64)  NOT NULL,
    setting       VARCHAR(60)  NOT NULL,
    new_value     VARCHAR(400)
);
CREATE INDEX ix_koppel_configuration_change_time ON koppel_configuration_change (changed_at);
