package io.koppel.client.model;

import java.time.LocalDate;
import java.util.UUID;

/** A cost center ({@code hrm/Costcenters}) or cost unit ({@code hrm/Costunits}); lines name it by code. */
public record CostCode(UUID id, String code, String description, LocalDate endDate) {
}
