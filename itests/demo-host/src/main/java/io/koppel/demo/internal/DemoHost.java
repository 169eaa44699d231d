package io.koppel.demo.internal;

import io.koppel.api.Messages;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingService;
import io.koppel.api.spi.PostingListener;
import io.koppel.demo.internal.CampusBernardus.Printed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host: Campus Bernardus's billing. It prints invoices and hands them to Koppel's {@link PostingService}, and,
 * as Koppel's {@link PostingListener}, keeps what became of each document, Exact's entry number included, as the
 * real host stores it with its invoice. The ledger and the next invoice number are kept in the bundle's data area.
 */
@Component(service = {DemoHost.class, PostingListener.class})
public class DemoHost implements PostingListener {
    private static final Logger LOG = LoggerFactory.getLogger(DemoHost.class);
    private static final String STATE_FILE = "campus-bernardus.properties";

    /**
     * One printed document as the host keeps it.
     *
     * @param expectedFailure what Koppel should refuse it for (the demo's bad data), or empty
     * @param status the status Koppel last told
     * @param exactEntryNumber Exact's entry number, stored when Koppel says Completed
     */
    record HostInvoice(String documentNumber, String hostInvoiceId, String name, String type, BigDecimal amount,
            String ogm, Optional<ReasonCode> expectedFailure, String note, Status status, Optional<Integer> exactEntryNumber,
            Optional<Reason> reason) {

        HostInvoice told(Posting posting) {
            return new HostInvoice(documentNumber, hostInvoiceId, name, type, amount, ogm, expectedFailure, note,
                    posting.status(), posting.exactEntryNumber().or(() -> exactEntryNumber), posting.reason());
        }

        /** Whether Koppel did with it what the demo expects: posted with an entry number, or refused for its error. */
        boolean asExpected() {
            return expectedFailure.isEmpty()
                    ? status == Status.COMPLETED && exactEntryNumber.isPresent()
                    : status == Status.FAILED && reason.map(Reason::code).equals(expectedFailure);
        }
    }

    /** A document handed to Koppel, and the posting Koppel answered with. */
    record Handed(Printed printed, Posting posting) {
    }

    private final PostingService postings;
    private final CampusBernardus school = new CampusBernardus();
    private final File stateFile;
    private final Map<String, HostInvoice> ledger = new LinkedHashMap<>();
    private int nextInvoice = 1;

    @Activate
    public DemoHost(@Reference PostingService postings, BundleContext context) {
        this.postings = postings;
        this.stateFile = context.getDataFile(STATE_FILE);
        load();
        LOG.info("{} is open: {} pupils, {} billing addresses, next invoice {}", CampusBernardus.NAME,
                school.pupils().size(), school.billingAddresses().size(), nextInvoice);
    }

    CampusBernardus school() {
        return school;
    }

    /**
     * Prints invoices and hands them to Koppel ("doorboeken"): the next {@code count} from the host's invoice
     * numbering, or from {@code from} when given (Koppel does not post a document twice), plus the bad documents.
     */
    List<Handed> print(int count, Integer from, boolean withBadDocuments) {
        LocalDate today = LocalDate.now();
        List<Printed> printed = new ArrayList<>();
        int first;
        synchronized (this) {
            first = from != null ? from : nextInvoice;
            printed.addAll(school.invoices(first, count, today));
            if (withBadDocuments) {
                printed.addAll(school.badDocuments(today));
            }
            for (Printed document : printed) {
                HostDocument d = document.document();
                ledger.putIfAbsent(d.documentNumber(), new HostInvoice(d.documentNumber(), d.hostInvoiceId(),
                        billedTo(d.billingAddress()),
                        d.postedType().label(Locale.ENGLISH), d.amount(), d.ogm(), document.expectedFailure(),
                        document.note(), Status.NEW, Optional.empty(), Optional.empty()));
            }
            nextInvoice = Math.max(nextInvoice, first + count);
            save();
        }
        List<Posting> answered = postings.submit(printed.stream().map(Printed::document).toList());
        List<Handed> handed = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            handed.add(new Handed(printed.get(i), answered.get(i)));
        }
        LOG.info("{} printed invoices {} to {}{} and handed {} documents to Koppel", CampusBernardus.NAME, first,
                first + count - 1, withBadDocuments ? " and the documents with bad data" : "", printed.size());
        return handed;
    }

    /** Koppel tells a status change: the host stores it, and Exact's entry number once the posting is Completed. */
    @Override
    public void postingChanged(Posting posting) {
        if (!CampusBernardus.HOST_ENTITY.equals(posting.hostEntity())) {
            return;
        }
        synchronized (this) {
            HostInvoice known = ledger.get(posting.documentNumber());
            if (known == null) {
                known = new HostInvoice(posting.documentNumber(), posting.hostInvoiceId(), posting.title(),
                        posting.type().label(Locale.ENGLISH), posting.amount(), posting.ogm(), Optional.empty(),
                        "not printed by this host", posting.status(), Optional.empty(), Optional.empty());
            }
            ledger.put(posting.documentNumber(), known.told(posting));
            save();
        }
        String text = posting.status().label(Locale.ENGLISH);
        if (posting.status() == Status.COMPLETED) {
            LOG.info("{}: document {} ({}) {}: Exact entry {} stored with the invoice", CampusBernardus.NAME,
                    posting.documentNumber(), posting.title(), text, posting.exactEntryNumber().map(String::valueOf)
                            .orElse("?"));
        } else if (posting.status() == Status.FAILED || posting.status() == Status.FATAL) {
            LOG.warn("{}: document {} ({}) {}: {}", CampusBernardus.NAME, posting.documentNumber(), posting.title(),
                    text, posting.reason().map(reason -> reason.text(Locale.ENGLISH)).orElse(""));
        } else {
            LOG.info("{}: document {} ({}) {}{}", CampusBernardus.NAME, posting.documentNumber(), posting.title(),
                    text, posting.reason().map(reason -> ": " + reason.text(Locale.ENGLISH)).orElse(""));
        }
    }

    /** The host's invoices as it knows them, in print order. */
    synchronized List<HostInvoice> ledger() {
        return List.copyOf(ledger.values());
    }

    /** Whom a document is addressed to: the salutation title and name, e.g. "Familie Peeters". */
    static String billedTo(BillingAddress address) {
        return (address.salutationTitle() + " " + address.salutationName()).strip();
    }

    /** Where a billing address lives, in one line. */
    static String home(BillingAddress address) {
        return address.addressLine() + ", " + address.postcode() + " " + address.city();
    }

    /** The language of the Karaf JVM, as Koppel's own commands use it. */
    static Locale locale() {
        return Messages.supported(Locale.getDefault());
    }

    private void load() {
        if (stateFile == null || !stateFile.isFile()) {
            return;
        }
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(stateFile.toPath())) {
            state.load(in);
        } catch (IOException e) {
            LOG.warn("Could not read {}: {}; starting with an empty ledger", stateFile, e.getMessage());
            return;
        }
        nextInvoice = Integer.parseInt(state.getProperty("nextInvoice", "1"));
        int size = Integer.parseInt(state.getProperty("documents", "0"));
        for (int i = 0; i < size; i++) {
            String p = "document." + i + ".";
            String number = state.getProperty(p + "number");
            ledger.put(number, new HostInvoice(number, state.getProperty(p + "invoice"), state.getProperty(p + "name"),
                    state.getProperty(p + "type"), new BigDecimal(state.getProperty(p + "amount")),
                    state.getProperty(p + "ogm"), optional(state, p + "expected").map(ReasonCode::valueOf),
                    state.getProperty(p + "note", ""), Status.valueOf(state.getProperty(p + "status")),
                    optional(state, p + "entry").map(Integer::valueOf),
                    optional(state, p + "reason").map(code -> Reason.of(ReasonCode.valueOf(code),
                            state.getProperty(p + "reasonArguments", "").isEmpty() ? new Object[0]
                                    : (Object[]) state.getProperty(p + "reasonArguments").split("\u001F", -1)))));
        }
    }

    private void save() {
        if (stateFile == null) {
            return;
        }
        Properties state = new Properties();
        state.setProperty("nextInvoice", String.valueOf(nextInvoice));
        state.setProperty("documents", String.valueOf(ledger.size()));
        int i = 0;
        for (HostInvoice invoice : ledger.values()) {
            String p = "document." + i++ + ".";
            state.setProperty(p + "number", invoice.documentNumber());
            state.setProperty(p + "invoice", invoice.hostInvoiceId());
            state.setProperty(p + "name", invoice.name());
            state.setProperty(p + "type", invoice.type());
            state.setProperty(p + "amount", invoice.amount().toPlainString());
            state.setProperty(p + "ogm", String.valueOf(invoice.ogm()));
            invoice.expectedFailure().ifPresent(code -> state.setProperty(p + "expected", code.name()));
            state.setProperty(p + "note", invoice.note());
            state.setProperty(p + "status", invoice.status().name());
            invoice.exactEntryNumber().ifPresent(entry -> state.setProperty(p + "entry", String.valueOf(entry)));
            invoice.reason().ifPresent(reason -> {
                state.setProperty(p + "reason", reason.code().name());
                state.setProperty(p + "reasonArguments", String.join("\u001F", reason.arguments()));
            });
        }
        try {
            File temporary = new File(stateFile.getPath() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary.toPath())) {
                state.store(out, CampusBernardus.NAME + ": printed documents and what Koppel told about them");
            }
            Files.move(temporary.toPath(), stateFile.toPath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", stateFile, e.getMessage());
        }
    }

    private static Optional<String> optional(Properties state, String key) {
        return Optional.ofNullable(state.getProperty(key)).filter(value -> !value.isEmpty());
    }
}
