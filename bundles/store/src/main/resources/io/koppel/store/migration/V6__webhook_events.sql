-- Webhook events Koppel has received from Exact, by their HashCode (the HMAC of the signed content, so equal
-- for a replayed event): a second delivery of the same event, to any node, is recognised and ignored. Kept for
-- as long as an event is accepted at all.
CREATE TABLE koppel_webhook_event (
    hash_code   VARCHAR(64)  NOT NULL PRIMARY KEY,
    received_at ${timestamp} NOT NULL
);
CREATE INDEX ix_koppel_webhook_event_received ON koppel_webhook_event (received_at);
