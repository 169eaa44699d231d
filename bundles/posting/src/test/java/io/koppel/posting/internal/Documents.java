package io.koppel.posting.internal;

import io.koppel.api.Ogm;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import io.koppel.simulator.DefaultDataSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Host documents as a school's billing would print them (also for the benchmarks). */
public final class Documents {
    public static final String SCHOOL = "school-1";
    public static final String VALID_IBAN = "BE68539007547034";
    public static final String VALID_BIC = "GKCCBEBB";

    private Documents() {
    }

    public static BillingAddress address(String addressId) {
        return new BillingAddress("19724", addressId, "Peeters Jan", "Familie", "Peeters", "Kerkstraat", "12", "3",
                "9000", "Gent", "BE", List.of("ouders.peeters@example.be"), Optional.empty());
    }

    public static BillingAddress withMandate(BillingAddress address, String reference, String iban, String bic) {
        return new BillingAddress(address.personId(), address.addressId(), address.personName(),
                address.salutationTitle(), address.salutationName(), address.street(), address.number(),
                address.box(), address.postcode(), address.city(), address.country(), address.emailAddresses(),
                Optional.of(new Mandate(reference, iban, bic, LocalDate.of(2024, 9, 1))));
    }

    public static BillingAddress named(BillingAddress address, String salutationName) {
        return new BillingAddress(address.personId(), address.addressId(), address.personName(),
                address.salutationTitle(), salutationName, address.street(), address.number(), address.box(),
                address.postcode(), address.city(), address.country(), address.emailAddresses(), address.mandate());
    }

    public static HostDocument invoice(String number, BillingAddress address, DocumentLine... lines) {
        return new HostDocument(SCHOOL, "INV-" + number, number, DocumentType.INVOICE, thisYear(11, 3),
                thisYear(12, 3), "Rekeningen november – Campus Bernardus, 3de graad, meerdaagse uitstappen en maaltijden",
                Ogm.of(Long.parseLong(number.replaceAll("\\D", "")) + 1000).toString(), address, List.of(lines));
    }

    public static HostDocument withOgm(HostDocument document, String ogm) {
        return new HostDocument(document.hostEntity(), document.hostInvoiceId(), document.documentNumber(),
                document.type(), document.printDate(), document.dueDate(), document.description(), ogm,
                document.billingAddress(), document.lines());
    }

    public static HostDocument printedOn(HostDocument document, LocalDate printDate) {
        return new HostDocument(document.hostEntity(), document.hostInvoiceId(), document.documentNumber(),
                document.type(), printDate, printDate.plusDays(30), document.description(), document.ogm(),
                document.billingAddress(), document.lines());
    }

    public static DocumentLine meals(String amount) {
        return new DocumentLine("Maaltijden", new BigDecimal(amount), DefaultDataSet.GL_REVENUE_MEALS);
    }

    public static DocumentLine line(String description, String amount, String glAccount) {
        return new DocumentLine(description, new BigDecimal(amount), glAccount);
    }

    public static LocalDate thisYear(int month, int day) {
        return LocalDate.now().withMonth(month).withDayOfMonth(day);
    }
}
