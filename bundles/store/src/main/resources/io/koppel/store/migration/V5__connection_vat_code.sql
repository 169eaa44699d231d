-- The VAT code every sales entry line of a connection names, so Exact never adds the GL account's default VAT
-- to what the host printed. NULL: the posting configuration's default VAT code applies.
ALTER TABLE koppel_connection ADD vat_code VARCHAR(3);
