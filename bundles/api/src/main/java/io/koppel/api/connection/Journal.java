package io.koppel.api.connection;

/**
 * A journal (dagboek) of a division.
 *
 * @param code the journal code Exact expects on a sales entry
 * @param description the journal's name
 * @param type Exact's journal type: 20 sales, 21 return invoice, 22 purchase, 10 cash, 12 bank, 90 general
 */
public record Journal(String code, String description, int type) {
    /** Exact's journal type for sales. */
    public static final int TYPE_SALES = 20;

    /** Whether invoices and credit notes may be posted in it. */
    public boolean isSales() {
        return type == TYPE_SALES;
    }
}
