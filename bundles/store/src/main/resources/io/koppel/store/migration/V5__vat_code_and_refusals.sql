-- The VAT code of a connection, and the refusals of Exact that repeat.

-- The VAT code every sales entry line of a connection names, so Exact never adds the GL account's default VAT
-- to what the host printed. NULL: the posting configuration's default VAT code applies.
ALTER TABLE koppel_connection ADD vat_code VARCHAR(3);

-- Refusals of Exact that repeat for every document of their cause (a mandate reference that exists, a closed
-- period, a blocked GL account ...), shared by all nodes: each cause costs Exact one error, whichever node meets it.
CREATE TABLE koppel_refusal (
    division      INTEGER       NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    cause_key     VARCHAR(200)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    remembered_at ${timestamp}  NOT NULL,
    PRIMARY KEY (division, kind, cause_key)
);
