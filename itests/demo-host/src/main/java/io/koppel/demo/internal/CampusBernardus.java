package io.koppel.demo.internal;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The school billing of "Campus Bernardus", generated: families with pupils and parents, billing addresses (split
 * over both parents for some pupils), e-mail addresses, SEPA mandates, main categories mapped to GL accounts, and
 * the invoices and credit notes it prints. The same seed gives the same data set on every machine; only the print
 * date comes from outside.
 *
 * <p>Invoice {@code k} (1, 2, ...) goes to pupil {@code (k - 1) mod pupils}; every tenth, from the seventh on, is a
 * credit note. A pupil with two billing addresses gets two documents per invoice, one per parent, each with half of
 * every line and an OGM of its own. {@link #badDocuments} are documents with data-entry errors Koppel must refuse
 * with a reason a clerk understands.
 */
final class CampusBernardus {
    static final String HOST_ENTITY = "campus-bernardus";
    static final String NAME = "Campus Bernardus";
    static final long SEED = 19_724L;

    /** A main category (hoofdrubriek) and the GL account the school maps it to. */
    record Category(String name, String glAccountCode) {
    }

    static final Category MEALS = new Category("Maaltijden", "701000");
    static final Category TRIPS = new Category("Uitstappen", "700000");
    static final Category MATERIAL = new Category("Schoolmateriaal", "700000");
    static final Category CHILDCARE = new Category("Voor- en naschoolse opvang", "743000");
    static final List<Category> CATEGORIES = List.of(MEALS, TRIPS, MATERIAL, CHILDCARE);
    /** An old category still mapped to Exact's blocked GL account 704000 "Verkopen (oud)". */
    static final Category OLD_SALES = new Category("Verkopen (oud)", "704000");
    /** Trips per department on 702000, which needs a cost center the demo connection does not have. */
    static final Category TRIPS_PER_DEPARTMENT = new Category("Uitstappen per afdeling", "702000");

    record Person(String id, String firstName, String lastName) {
        String fullName() {
            return firstName + " " + lastName;
        }
    }

    record Home(String street, String number, String box, String postcode, String city) {
    }

    /** A pupil and the billing addresses its invoices go to: one, or two when the parents split the bills. */
    record Pupil(Person person, String className, int family, List<BillingAddress> billingAddresses) {
        boolean split() {
            return billingAddresses.size() > 1;
        }
    }

    /**
     * A document as the school prints it, with what should become of it in Exact.
     *
     * @param expectedFailure the reason Koppel should give for a document with bad data; empty for a good one
     * @param note what is special about it
     */
    record Printed(HostDocument document, Optional<ReasonCode> expectedFailure, String note) {
        boolean good() {
            return expectedFailure.isEmpty();
        }
    }

    private static final int FAMILIES = 24;
    private static final int BAD_BASE = 9000;
    private static final String[] SURNAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Wouters", "De Smet", "Dubois", "Hermans", "Vermeulen", "Van den Broeck", "Pauwels", "Aerts",
        "De Clercq", "Segers", "Martens", "Michiels", "Van Damme", "Smets", "Vandenberghe", "De Backer"};
    private static final List<String> MOTHERS_SURNAMES = List.of("Claeys", "Verhoeven", "Bogaert", "Desmet",
        "Lemmens", "Verstraete", "Coppens", "De Vos", "Hendrickx", "Cools", "Van Acker", "Laureys", "Verbeke",
        "Vandamme", "Moens", "Baert", "De Wilde", "Cornelis", "Vervaet", "Dewulf", "Bauwens", "Van Hecke", "Lippens",
        "Schepens");
    private static final String[] MOTHERS = {"Sofie", "An", "Els", "Katrien", "Nathalie", "Sarah", "Leen", "Veerle",
        "Inge", "Evelien", "Griet", "Kristel"};
    private static final String[] FATHERS = {"Tom", "Bart", "Kristof", "Pieter", "Wim", "Koen", "Jeroen", "Steven",
        "Dries", "Frederik", "Jan", "Filip"};
    private static final String[] CHILDREN = {"Lukas", "Emma", "Noah", "Olivia", "Louis", "Marie", "Arthur", "Louise",
        "Jules", "Elena", "Mats", "Nora", "Finn", "Lina", "Vic", "Juliette", "Warre", "Ella", "Staf", "Fleur", "Lars",
        "Hanne", "Seppe", "Lotte"};
    private static final String[] STREETS = {"Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat",
        "Nieuwstraat", "Kouter", "Veldstraat", "Brugsesteenweg", "Kortrijksesteenweg", "Lindenlaan", "Oude Abdijstraat",
        "Sint-Bernardusplein"};
    private static final String[][] CITIES = {{"9000", "Gent"}, {"9030", "Mariakerke"}, {"9031", "Drongen"},
        {"9032", "Wondelgem"}, {"9040", "Sint-Amandsberg"}, {"9050", "Gentbrugge"}, {"9070", "Destelbergen"},
        {"9810", "Nazareth"}, {"9820", "Merelbeke"}, {"9830", "Sint-Martens-Latem"}};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};
    private static final BigDecimal MEAL = new BigDecimal("4.20");
    private static final BigDecimal CHILDCARE_HALF_HOUR = new BigDecimal("0.95");
    private static final BigDecimal[] TRIP_PRICES = {new BigDecimal("6.50"), new BigDecimal("12.00"),
        new BigDecimal("18.75"), new BigDecimal("24.00")};

    private final List<Pupil> pupils;
    private final List<BillingAddress> problemAddresses;

    CampusBernardus() {
        Random random = new Random(SEED);
        List<String> mothersSurnames = new ArrayList<>(MOTHERS_SURNAMES);
        Collections.shuffle(mothersSurnames, random);
        List<Pupil> all = new ArrayList<>();
        for (int family = 1; family <= FAMILIES; family++) {
            all.addAll(family(family, mothersSurnames.get(family - 1), random));
        }
        pupils = List.copyOf(all);
        problemAddresses = makeProblemAddresses();
    }

    /** Every pupil, in the order invoices go round. */
    List<Pupil> pupils() {
        return pupils;
    }

    /** Every billing address of the pupils. */
    List<BillingAddress> billingAddresses() {
        return pupils.stream().flatMap(pupil -> pupil.billingAddresses().stream()).toList();
    }

    /** The billing addresses with data-entry errors, used by the bad documents. */
    List<BillingAddress> problemAddresses() {
        return problemAddresses;
    }

    /** The documents of invoices {@code from} to {@code from + count - 1}, printed on one day. */
    List<Printed> invoices(int from, int count, LocalDate printDate) {
        List<Printed> printed = new ArrayList<>();
        for (int number = from; number < from + count; number++) {
            printed.addAll(invoice(number, printDate));
        }
        return printed;
    }

    /** The documents of invoice {@code number}: one, or one per parent for a pupil with split billing. */
    List<Printed> invoice(int number, LocalDate printDate) {
        if (number < 1 || number >= BAD_BASE) {
            throw new IllegalArgumentException("invoice numbers go from 1 to " + (BAD_BASE - 1) + ": " + number);
        }
        Pupil pupil = pupils.get((number - 1) % pupils.size());
        Random random = new Random(SEED * 1_000_003L + number);
        boolean credit = number % 10 == 7;
        List<DocumentLine> lines = credit ? creditLines(random) : invoiceLines(random);
        DocumentType type = credit ? DocumentType.CREDIT_NOTE : DocumentType.INVOICE;
        String invoiceId = invoiceId(number, credit, printDate);
        String description = (credit ? "Creditnota " : "Schoolrekening ") + MONTHS[printDate.getMonthValue() - 1]
                + " " + printDate.getYear() + " – " + NAME + ", klas " + pupil.className();
        String note = credit ? "credit note" : "";
        if (!pupil.split()) {
            return List.of(new Printed(document(invoiceId, invoiceId, type, printDate, description,
                    ogm(printDate, number, 0), pupil.billingAddresses().get(0), lines), Optional.empty(), note));
        }
        List<DocumentLine> first = new ArrayList<>();
        List<DocumentLine> second = new ArrayList<>();
        for (DocumentLine line : lines) {
            BigDecimal half = line.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            first.add(new DocumentLine(line.description(), line.amount().subtract(half), line.glAccountCode()));
            second.add(new DocumentLine(line.description(), half, line.glAccountCode()));
        }
        String splitNote = (note.isEmpty() ? "" : note + ", ") + "split billing: half to each parent";
        return List.of(
                new Printed(document(invoiceId, invoiceId + "-1", type, printDate, description, ogm(printDate, number, 1),
                        pupil.billingAddresses().get(0), first), Optional.empty(), splitNote),
                new Printed(document(invoiceId, invoiceId + "-2", type, printDate, description, ogm(printDate, number, 2),
                        pupil.billingAddresses().get(1), second), Optional.empty(), splitNote));
    }

    /**
     * Documents with the errors a school's data really has, each with the reason Koppel should give: found by
     * Koppel before anything is sent (empty name, OGM, IBAN, blocked GL account, missing cost center) or refused by
     * Exact (closed period, a mandate reference Exact has already).
     */
    List<Printed> badDocuments(LocalDate printDate) {
        BillingAddress noName = problemAddresses.get(0);
        BillingAddress wrongIban = problemAddresses.get(1);
        BillingAddress takenMandate = problemAddresses.get(2);
        List<Printed> bad = new ArrayList<>();
        bad.add(bad(1, printDate, noName, List.of(line(MEALS, "42.00")), ReasonCode.REQUIRED_VALUE_EMPTY,
                "empty salutation name (aanspreeknaam)"));
        HostDocument wrongOgm = bad(2, printDate, pupils.get(1).billingAddresses().get(0), List.of(line(MEALS, "29.40"),
                line(MATERIAL, "7.50")), null, null).document();
        bad.add(new Printed(withOgm(wrongOgm, wrongCheckDigits(wrongOgm.ogm())), Optional.of(ReasonCode.OGM_INVALID),
                "OGM with wrong check digits"));
        bad.add(bad(3, printDate, wrongIban, List.of(line(MEALS, "33.60")), ReasonCode.IBAN_INVALID,
                "mandate with a mistyped IBAN"));
        bad.add(bad(4, printDate, pupils.get(2).billingAddresses().get(0), List.of(line(MEALS, "21.00"),
                line(OLD_SALES, "15.00")), ReasonCode.GL_ACCOUNT_BLOCKED, "category on blocked GL account 704000"));
        bad.add(bad(5, printDate, pupils.get(3).billingAddresses().get(0), List.of(line(TRIPS_PER_DEPARTMENT, "18.75")),
                ReasonCode.COST_CODE_REQUIRED, "GL account 702000 needs a cost center"));
        LocalDate lastYear = LocalDate.of(printDate.getYear() - 1, 12, 15);
        bad.add(bad(6, lastYear, pupils.get(4).billingAddresses().get(0), List.of(line(MEALS, "12.60")),
                ReasonCode.PERIOD_CLOSED, "printed on " + lastYear + ": period closed in Exact"));
        bad.add(bad(7, printDate, takenMandate, List.of(line(MEALS, "25.20")), ReasonCode.MANDATE_REFERENCE_EXISTS,
                "mandate reference MAND-1001 already used in Exact"));
        return bad;
    }

    private Printed bad(int number, LocalDate printDate, BillingAddress address, List<DocumentLine> lines,
            ReasonCode expected, String note) {
        String invoiceId = invoiceId(BAD_BASE + number, false, printDate);
        String description = "Schoolrekening " + MONTHS[printDate.getMonthValue() - 1] + " " + printDate.getYear()
                + " – " + NAME + ", nazending";
        return new Printed(document(invoiceId, invoiceId, DocumentType.INVOICE, printDate, description,
                ogm(printDate, BAD_BASE + number, 0), address, lines), Optional.ofNullable(expected), note);
    }

    private static HostDocument document(String invoiceId, String documentNumber, DocumentType type,
            LocalDate printDate, String description, String ogm, BillingAddress address, List<DocumentLine> lines) {
        return new HostDocument(HOST_ENTITY, invoiceId, documentNumber, type, printDate, printDate.plusDays(30),
                description, ogm, address, lines);
    }

    private static HostDocument withOgm(HostDocument d, String ogm) {
        return new HostDocument(d.hostEntity(), d.hostInvoiceId(), d.documentNumber(), d.type(), d.printDate(),
                d.dueDate(), d.description(), ogm, d.billingAddress(), d.lines());
    }

    /** F26-0001 for an invoice, C26-0007 for a credit note: letter, year of the print date, number. */
    private static String invoiceId(int number, boolean credit, LocalDate printDate) {
        return String.format(Locale.ROOT, "%s%02d-%04d", credit ? "C" : "F", printDate.getYear() % 100, number);
    }

    /** The structured communication: year, invoice number and part (0, or 1 and 2 for split billing). */
    static String ogm(LocalDate printDate, int number, int part) {
        return Ogm.of((printDate.getYear() % 100) * 100_000_000L + number * 10L + part).toString();
    }

    /** The same OGM with other check digits, as a clerk mistypes it. */
    static String wrongCheckDigits(String ogm) {
        String digits = ogm.replaceAll("\\D", "");
        int check = Integer.parseInt(digits.substring(10));
        String wrong = digits.substring(0, 10) + String.format(Locale.ROOT, "%02d", check % 97 + 1);
        return "+++" + wrong.substring(0, 3) + "/" + wrong.substring(3, 7) + "/" + wrong.substring(7) + "+++";
    }

    private static List<DocumentLine> invoiceLines(Random random) {
        List<DocumentLine> lines = new ArrayList<>();
        if (random.nextInt(5) != 0) {
            lines.add(line(MEALS, MEAL.multiply(BigDecimal.valueOf(8 + random.nextInt(13)))));
        }
        if (random.nextInt(3) == 0) {
            lines.add(line(TRIPS, TRIP_PRICES[random.nextInt(TRIP_PRICES.length)]));
        }
        if (random.nextBoolean()) {
            lines.add(line(MATERIAL, new BigDecimal("2.50").multiply(BigDecimal.valueOf(1 + random.nextInt(8)))));
        }
        if (random.nextInt(3) == 0) {
            lines.add(line(CHILDCARE, CHILDCARE_HALF_HOUR.multiply(BigDecimal.valueOf(6 + random.nextInt(30)))));
        }
        if (lines.isEmpty()) {
            lines.add(line(MEALS, MEAL.multiply(BigDecimal.valueOf(10))));
        }
        return lines;
    }

    private static List<DocumentLine> creditLines(Random random) {
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(line(TRIPS, TRIP_PRICES[random.nextInt(TRIP_PRICES.length)].negate()));
        if (random.nextBoolean()) {
            lines.add(line(MEALS, MEAL.multiply(BigDecimal.valueOf(1 + random.nextInt(4))).negate()));
        }
        return lines;
    }

    private static DocumentLine line(Category category, String amount) {
        return line(category, new BigDecimal(amount));
    }

    private static DocumentLine line(Category category, BigDecimal amount) {
        return new DocumentLine(category.name(), amount.setScale(2, RoundingMode.UNNECESSARY), category.glAccountCode());
    }

    private static List<Pupil> family(int family, String mothersSurname, Random random) {
        String surname = SURNAMES[family - 1];
        Person mother = new Person(personId(family, 7), MOTHERS[random.nextInt(MOTHERS.length)], mothersSurname);
        Person father = new Person(personId(family, 8), FATHERS[random.nextInt(FATHERS.length)], surname);
        Home home = home(random);
        boolean split = family % 6 == 3;
        Home fathersHome = split ? home(random) : null;
        int children = 1 + random.nextInt(3);
        List<Pupil> pupils = new ArrayList<>();
        for (int child = 1; child <= children; child++) {
            Person pupil = new Person(personId(family, child), CHILDREN[random.nextInt(CHILDREN.length)], surname);
            String className = (1 + random.nextInt(6)) + String.valueOf((char) ('A' + random.nextInt(3)));
            String addressId = pupil.id() + "1";
            List<BillingAddress> addresses = new ArrayList<>();
            if (!split) {
                String name = mother.lastName().equals(surname) ? surname : surname + "-" + mother.lastName();
                addresses.add(address(pupil, addressId, "Familie", name, home,
                        List.of(email(mother), email(father)), mandate(random, addressId)));
            } else {
                addresses.add(address(pupil, addressId, "Mevrouw", mother.fullName(), home, List.of(email(mother)),
                        mandate(random, addressId)));
                String fathersAddressId = pupil.id() + "2";
                addresses.add(address(pupil, fathersAddressId, "De heer", father.fullName(), fathersHome,
                        List.of(email(father)), mandate(random, fathersAddressId)));
            }
            pupils.add(new Pupil(pupil, className, family, List.copyOf(addresses)));
        }
        return pupils;
    }

    /** Pupils 20011, 20012, ... (family 1, child 1, 2); mother ...7, father ...8. */
    private static String personId(int family, int member) {
        return String.valueOf(20_000 + family * 10 + member);
    }

    private static Home home(Random random) {
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String box = random.nextInt(6) == 0 ? String.valueOf(1 + random.nextInt(4)) : "";
        return new Home(STREETS[random.nextInt(STREETS.length)], String.valueOf(1 + random.nextInt(180)), box, city[0],
                city[1]);
    }

    /** About a third of the billing addresses pay by direct debit. */
    private static Optional<Mandate> mandate(Random random, String addressId) {
        if (random.nextInt(3) != 0) {
            return Optional.empty();
        }
        BelgianBank.Bank bank = BelgianBank.BANKS.get(random.nextInt(BelgianBank.BANKS.size()));
        return Optional.of(new Mandate("CB-" + addressId, BelgianBank.iban(bank, random.nextInt(10_000_000)), bank.bic(),
                LocalDate.of(2024, 8, 26).plusDays(random.nextInt(400))));
    }

    private static String email(Person person) {
        String local = (person.firstName() + "." + person.lastName()).toLowerCase(Locale.ROOT).replace(" ", "");
        return local + "@example.be";
    }

    private static BillingAddress address(Person pupil, String addressId, String title, String name, Home home,
            List<String> emails, Optional<Mandate> mandate) {
        return new BillingAddress(pupil.id(), addressId, pupil.lastName() + " " + pupil.firstName(), title, name,
                home.street(), home.number(), home.box(), home.postcode(), home.city(), "BE", emails, mandate);
    }

    /** Three families whose data has an error: no salutation name, a mistyped IBAN, a mandate reference taken. */
    private static List<BillingAddress> makeProblemAddresses() {
        Home home = new Home("Abdijstraat", "4", "", "9000", "Gent");
        Person lotte = new Person("29901", "Lotte", "Vermeersch");
        Person mathis = new Person("29902", "Mathis", "Dhondt");
        Person roos = new Person("29903", "Roos", "Verhaeghe");
        BelgianBank.Bank kbc = BelgianBank.BANKS.get(1);
        return Stream.of(
                address(lotte, "299011", "Familie", "", home, List.of("ouders.vermeersch@example.be"), Optional.empty()),
                address(mathis, "299021", "Familie", "Dhondt", home, List.of("gezin.dhondt@example.be"),
                        Optional.of(new Mandate("CB-299021", BelgianBank.withWrongCheckDigits(
                                BelgianBank.iban(kbc, 1_234_567)), kbc.bic(), LocalDate.of(2025, 9, 1)))),
                address(roos, "299031", "Familie", "Verhaeghe", home, List.of("fam.verhaeghe@example.be"),
                        Optional.of(new Mandate("MAND-1001", BelgianBank.iban(kbc, 7_654_321), kbc.bic(),
                                LocalDate.of(2025, 9, 1)))))
                .toList();
    }
}
