package io.koppel.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import io.koppel.demo.internal.CampusBernardus.Printed;
import io.koppel.demo.internal.CampusBernardus.Pupil;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CampusBernardusTest {
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 21);
    /** GL accounts of the simulator's default data set that take a sales line without cost codes. */
    private static final Set<String> CLEAN_GL_ACCOUNTS = Set.of("700000", "701000", "743000");

    private final CampusBernardus school = new CampusBernardus();

    @Test
    void theSameSeedGivesTheSameDataSet() {
        CampusBernardus again = new CampusBernardus();
        assertEquals(school.pupils(), again.pupils());
        assertEquals(school.problemAddresses(), again.problemAddresses());
        assertEquals(school.invoices(1, 60, PRINTED), again.invoices(1, 60, PRINTED));
        assertEquals(school.badDocuments(PRINTED), again.badDocuments(PRINTED));
        assertEquals(school.invoices(17, 1, PRINTED), again.invoice(17, PRINTED));
    }

    @Test
    void theSchoolHasFamiliesSplitBillingMandatesAndEmail() {
        List<Pupil> pupils = school.pupils();
        assertTrue(pupils.size() >= 30, "pupils: " + pupils.size());
        assertTrue(pupils.stream().filter(Pupil::split).count() >= 3);
        List<BillingAddress> addresses = school.billingAddresses();
        long mandates = addresses.stream().filter(a -> a.mandate().isPresent()).count();
        assertTrue(mandates >= 8 && mandates < addresses.size() / 2, "mandates: " + mandates);
        assertEquals(addresses.size(), addresses.stream().map(BillingAddress::addressId).distinct().count());
        for (Pupil pupil : pupils) {
            for (BillingAddress address : pupil.billingAddresses()) {
                assertEquals(pupil.person().id(), address.personId());
                assertFalse(address.salutationName().isBlank(), address.addressId());
                assertFalse(address.emailAddresses().isEmpty(), address.addressId());
                address.emailAddresses().forEach(email -> assertTrue(email.matches("[a-z.-]+@example\\.be"), email));
                assertTrue(address.addressId().matches("\\d{1,8}") && address.personId().matches("\\d{1,8}"));
                assertTrue(address.postcode().matches("9\\d{3}"));
            }
        }
        // the first invoices reach pupils with split billing too
        assertTrue(school.invoices(1, 25, PRINTED).size() > 25);
    }

    @Test
    void mandatesHaveValidBelgianIbansKnownBicsAndUniqueReferences() {
        List<Mandate> mandates = school.billingAddresses().stream().flatMap(a -> a.mandate().stream()).toList();
        Set<String> bics = BelgianBank.BANKS.stream().map(BelgianBank.Bank::bic).collect(Collectors.toSet());
        for (Mandate mandate : mandates) {
            assertTrue(mandate.iban().matches("BE\\d{14}"), mandate.iban());
            assertTrue(BelgianBank.isValidIban(mandate.iban()), mandate.iban());
            String bban = mandate.iban().substring(4);
            long national = Long.parseLong(bban.substring(0, 10)) % 97;
            assertEquals(national == 0 ? 97 : national, Long.parseLong(bban.substring(10)), mandate.iban());
            assertTrue(bics.contains(mandate.bic()), mandate.bic());
            assertTrue(mandate.signatureDate().isBefore(PRINTED));
        }
        assertEquals(mandates.size(), mandates.stream().map(Mandate::reference).distinct().count());
        assertFalse(mandates.stream().anyMatch(m -> m.reference().equals("MAND-1001")));
    }

    @Test
    void ibansFollowIso13616() {
        // the valid IBAN of Koppel's own posting tests, and one digit off
        assertTrue(BelgianBank.isValidIban("BE68539007547034"));
        assertFalse(BelgianBank.isValidIban("BE68539007547035"));
        String iban = BelgianBank.iban(BelgianBank.BANKS.get(0), 1_234_567);
        assertTrue(BelgianBank.isValidIban(iban), iban);
        assertFalse(BelgianBank.isValidIban(BelgianBank.withWrongCheckDigits(iban)));
        assertEquals("BE68 5390 0754 7034", BelgianBank.grouped("BE68539007547034"));
    }

    @Test
    void invoicesHaveValidUniqueOgmsAndPostCleanly() {
        List<Printed> printed = school.invoices(1, 200, PRINTED);
        Set<String> ogms = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Printed one : printed) {
            HostDocument d = one.document();
            assertTrue(one.good());
            assertTrue(Ogm.isValid(d.ogm()), d.ogm());
            assertEquals(Ogm.parse(d.ogm()).toString(), d.ogm());
            assertTrue(ogms.add(d.ogm()), "OGM twice: " + d.ogm());
            assertTrue(numbers.add(d.documentNumber()), "number twice: " + d.documentNumber());
            assertEquals(CampusBernardus.HOST_ENTITY, d.hostEntity());
            assertEquals(PRINTED, d.printDate());
            assertFalse(d.lines().isEmpty());
            for (DocumentLine line : d.lines()) {
                assertTrue(CLEAN_GL_ACCOUNTS.contains(line.glAccountCode()), line.toString());
                assertEquals(2, line.amount().scale());
                assertNotEquals(0, line.amount().signum());
            }
            int sign = d.type() == DocumentType.CREDIT_NOTE ? -1 : 1;
            assertEquals(sign, d.amount().signum(), d.documentNumber());
            assertEquals(d.type(), d.postedType());
        }
        assertTrue(printed.stream().filter(p -> p.document().type() == DocumentType.CREDIT_NOTE).count() >= 20);
    }

    @Test
    void splitBillingSharesEveryLineBetweenTheParents() {
        Pupil split = school.pupils().stream().filter(Pupil::split).findFirst().orElseThrow();
        int number = school.pupils().indexOf(split) + 1;
        List<Printed> documents = school.invoice(number, PRINTED);
        assertEquals(2, documents.size());
        HostDocument mother = documents.get(0).document();
        HostDocument father = documents.get(1).document();
        assertEquals(mother.hostInvoiceId(), father.hostInvoiceId());
        assertNotEquals(mother.documentNumber(), father.documentNumber());
        assertNotEquals(mother.ogm(), father.ogm());
        assertEquals(split.billingAddresses().get(0), mother.billingAddress());
        assertEquals(split.billingAddresses().get(1), father.billingAddress());
        assertNotEquals(mother.billingAddress().addressId(), father.billingAddress().addressId());
        for (int i = 0; i < mother.lines().size(); i++) {
            BigDecimal difference = mother.lines().get(i).amount().subtract(father.lines().get(i).amount()).abs();
            assertTrue(difference.compareTo(new BigDecimal("0.01")) <= 0, difference.toString());
        }
        BigDecimal whole = school.invoice(number, PRINTED).stream().map(p -> p.document().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(whole, mother.amount().add(father.amount()));
    }

    @Test
    void badDocumentsCarryTheErrorTheyAreNamedFor() {
        Map<ReasonCode, HostDocument> bad = school.badDocuments(PRINTED).stream()
                .collect(Collectors.toMap(p -> p.expectedFailure().orElseThrow(), Printed::document, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        assertEquals(7, bad.size());
        assertTrue(bad.get(ReasonCode.REQUIRED_VALUE_EMPTY).billingAddress().salutationName().isBlank());
        String ogm = bad.get(ReasonCode.OGM_INVALID).ogm();
        assertTrue(ogm.matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+"), ogm);
        assertFalse(Ogm.isValid(ogm), ogm);
        Function<ReasonCode, Optional<Mandate>> mandate = code -> bad.get(code).billingAddress().mandate();
        assertFalse(BelgianBank.isValidIban(mandate.apply(ReasonCode.IBAN_INVALID).orElseThrow().iban()));
        assertTrue(bad.get(ReasonCode.GL_ACCOUNT_BLOCKED).lines().stream()
                .anyMatch(line -> line.glAccountCode().equals("704000")));
        assertTrue(bad.get(ReasonCode.COST_CODE_REQUIRED).lines().stream()
                .anyMatch(line -> line.glAccountCode().equals("702000")));
        assertEquals(LocalDate.of(2025, 12, 15), bad.get(ReasonCode.PERIOD_CLOSED).printDate());
        Mandate taken = mandate.apply(ReasonCode.MANDATE_REFERENCE_EXISTS).orElseThrow();
        assertEquals("MAND-1001", taken.reference());
        assertTrue(BelgianBank.isValidIban(taken.iban()));
        // every other field of a bad document is fine, so the reason is the only one
        for (ReasonCode code : List.of(ReasonCode.PERIOD_CLOSED, ReasonCode.MANDATE_REFERENCE_EXISTS,
                ReasonCode.GL_ACCOUNT_BLOCKED, ReasonCode.COST_CODE_REQUIRED)) {
            assertTrue(Ogm.isValid(bad.get(code).ogm()));
            assertFalse(bad.get(code).billingAddress().salutationName().isBlank());
        }
        Set<String> numbers = new HashSet<>();
        school.invoices(1, 200, PRINTED).forEach(p -> numbers.add(p.document().documentNumber()));
        bad.values().forEach(d -> assertTrue(numbers.add(d.documentNumber()), d.documentNumber()));
    }
}
