-- Single-use OAuth2 "state" values, bound to the connection that asked for consent. Only the SHA-256 of a state
-- is kept, so a database reader cannot forge a callback.
CREATE TABLE koppel_oauth_state (
    state_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    host_entity VARCHAR(100) NOT NULL,
    site        VARCHAR(4)   NOT NULL,
    expires_at  ${timestamp} NOT NULL
);
CREATE INDEX ix_koppel_oauth_state_expiry ON koppel_oauth_state (expires_at);
