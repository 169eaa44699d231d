-- Division leases by Exact site and division: a division number is unique only within its Exact site. The rows
-- only hold leases in force, so the table is made afresh.
DROP TABLE koppel_division_lease;
CREATE TABLE koppel_division_lease (
    site     VARCHAR(200) NOT NULL,
    division INTEGER      NOT NULL,
    holder   VARCHAR(100),
    until    ${timestamp},
    CONSTRAINT pk_koppel_division_lease PRIMARY KEY (site, division)
);

-- A recovery an admin started after the database was restored from a backup, or Koppel installed afresh on an
-- empty one, while Exact kept what Koppel wrote since a time. Until it ends, a document printed since then and a
-- customer Koppel has no link for are looked up in Exact before Koppel writes them.
CREATE TABLE koppel_recovery (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    since      ${timestamp} NOT NULL,
    started_at ${timestamp} NOT NULL,
    ends_at    ${timestamp} NOT NULL,
    started_by VARCHAR(100) NOT NULL
);
CREATE INDEX ix_koppel_recovery_end ON koppel_recovery (ends_at);
