package io.koppel.itest;

import java.time.LocalDate;

/**
 * A school's batch of printed invoices as koppel:post reads it: two documents per billing address, one address in
 * five with a SEPA mandate. Only JDK classes, so the container tests can post it without loading Koppel's.
 */
final class BatchJson {
    private BatchJson() {
    }

    /**
     * @param invoicePrefix and {@code numberPrefix} start the host invoice ids and document numbers, e.g.
     *        {@code INV-} and {@code D-} give {@code INV-1} and {@code D-1}
     * @param firstAddress the billing address ids are {@code firstAddress} to {@code firstAddress + documents / 2}
     * @param firstOgm the first structured communication's number
     * @param withOuting a second line (outings) on every invoice besides the meals
     */
    static String documents(String school, int documents, String invoicePrefix, String numberPrefix,
            int firstAddress, long firstOgm, boolean withOuting) {
        int addresses = documents / 2;
        String outing = withOuting ? ",{\"description\":\"Uitstappen\",\"amount\":\"12.00\",\"glAccountCode\":\"700000\"}"
                : "";
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= documents; i++) {
            int address = firstAddress + i % addresses;
            String mandate = address % 5 == 0 ? String.format(",\"mandate\":{\"reference\":\"MAND-%d\","
                    + "\"iban\":\"BE68539007547034\",\"bic\":\"GKCCBEBB\",\"signatureDate\":\"2024-09-01\"}", address) : "";
            json.append(i > 1 ? "," : "").append(String.format("{\"hostEntity\":\"%s\",\"hostInvoiceId\":\"%s%d\","
                    + "\"documentNumber\":\"%s%d\",\"type\":\"INVOICE\",\"printDate\":\"%s\",\"dueDate\":\"%s\","
                    + "\"description\":\"Rekeningen %s\",\"ogm\":\"%s\",\"billingAddress\":{\"personId\":\"%d\","
                    + "\"addressId\":\"%d\",\"personName\":\"Leerling %d\",\"salutationTitle\":\"Familie\","
                    + "\"salutationName\":\"Familie %d\",\"street\":\"Kerkstraat\",\"number\":\"%d\",\"postcode\":\"9000\","
                    + "\"city\":\"Gent\",\"emailAddresses\":[\"ouders%d@example.be\"]%s},\"lines\":["
                    + "{\"description\":\"Maaltijden\",\"amount\":\"%d.50\",\"glAccountCode\":\"701000\"}%s]}",
                    school, invoicePrefix, i, numberPrefix, i, LocalDate.now(), LocalDate.now().plusDays(30),
                    LocalDate.now().getMonth(), ogm(firstOgm + i), address, address, address, address, i % 90 + 1,
                    address, mandate, 10 + i % 30, outing));
        }
        return json.append("]").toString();
    }

    /** A Belgian structured communication: ten digits and their check digits (modulo 97, 97 for 0). */
    static String ogm(long number) {
        long check = number % 97 == 0 ? 97 : number % 97;
        String digits = String.format("%010d%02d", number, check);
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }
}
