-- One writer per Exact division across all Karaf nodes: Exact warns that parallel requests to one division
-- break its integrity. A node holds a division's lease while it posts there; a lease past its time is free.
CREATE TABLE koppel_division_lease (
    division INTEGER      NOT NULL PRIMARY KEY,
    holder   VARCHAR(100),
    until    ${timestamp}
);
