package io.koppel.client.model;

import java.util.UUID;

/**
 * A general ledger account ({@code financial/GLAccounts}). Sales entry lines name it by {@link #id()}.
 *
 * @param type          Exact's type number: 20 accounts receivable, 110 revenue, ...
 * @param costCenterUse whether lines on it need a cost center
 * @param costUnitUse   whether lines on it need a cost unit
 */
public record GlAccount(UUID id, String code, String description, Integer type, boolean blocked,
                        String balanceSide, String vatCode, CostCodeUse costCenterUse, CostCodeUse costUnitUse,
                        String defaultCostCenter, String defaultCostUnit) {
}
