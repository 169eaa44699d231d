package io.koppel.sync.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.KoppelException;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.bind.Unmarshaller;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The sync file as XML, written and read with JAXB and checked against the schema the api bundle ships. */
final class SyncFileXml {
    static final String NAMESPACE = "urn:koppel:sync-file:1";
    private static final String ARGUMENT_SEPARATOR = "|";
    private final JAXBContext context;
    private final Schema schema;

    SyncFileXml() {
        try {
            context = JAXBContext.newInstance(Root.class);
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SyncFile.class.getResource("sync-file.xsd"));
        } catch (JAXBException | SAXException e) {
            throw new IllegalStateException("The sync file's schema or JAXB cannot be loaded: " + e, e);
        }
    }

    /** What a file holds besides its settlements, as written in its root element. */
    record Header(String id, String fileName, String ledger, String ledgerName, String installation,
                  long sequenceNumber, Instant createdAt, LocalDate paymentDate) {
    }

    /** A file read back. */
    record Contents(Header header, List<Settlement> settlements, List<SyncMismatch> mismatches,
                    List<UnallocatedCredit> credits) {
        SyncFile toSyncFile(SyncFileStatus status) {
            return new SyncFile(header.id(), header.ledger(), header.sequenceNumber(), header.createdAt(), settlements,
                    header.fileName(), status, mismatches, credits);
        }
    }

    String write(Header header, List<Settlement> settlements, List<SyncMismatch> mismatches,
                 List<UnallocatedCredit> credits) {
        Root root = new Root();
        root.id = header.id();
        root.fileName = header.fileName();
        root.ledger = header.ledger();
        root.ledgerName = header.ledgerName();
        root.installation = header.installation();
        root.sequenceNumber = header.sequenceNumber();
        root.createdAt = header.createdAt().toString();
        root.paymentDate = header.paymentDate().toString();
        settlements.forEach(s -> root.settlements.add(Item.of(s)));
        mismatches.forEach(m -> root.mismatches.add(Mismatch.of(m)));
        credits.forEach(c -> root.credits.add(Credit.of(c)));
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(schema);
            StringWriter out = new StringWriter();
            marshaller.marshal(root, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write sync file " + header.fileName() + ": " + e, e);
        }
    }

    /** @throws KoppelException SYNC_FILE_INVALID when the text is not a valid sync file */
    Contents read(String xml) {
        Root root;
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(schema);
            root = (Root) unmarshaller.unmarshal(new StringReader(xml));
        } catch (JAXBException | ClassCastException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_INVALID, cause == null ? e.toString() : cause));
        }
        Header header = new Header(root.id, root.fileName, root.ledger, root.ledgerName, root.installation,
                root.sequenceNumber, Instant.parse(root.createdAt), LocalDate.parse(root.paymentDate));
        return new Contents(header, root.settlements.stream().map(Item::toSettlement).toList(),
                root.mismatches.stream().map(Mismatch::toMismatch).toList(),
                root.credits.stream().map(Credit::toCredit).toList());
    }

    @XmlRootElement(name = "syncFile", namespace = NAMESPACE)
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Root {
        @XmlElement(name = "settlement", namespace = NAMESPACE)
        List<Item> settlements = new ArrayList<>();
        @XmlElement(name = "mismatch", namespace = NAMESPACE)
        List<Mismatch> mismatches = new ArrayList<>();
        @XmlElement(name = "unallocatedCredit", namespace = NAMESPACE)
        List<Credit> credits = new ArrayList<>();
        @XmlAttribute(required = true)
        String id;
        @XmlAttribute(required = true)
        String fileName;
        @XmlAttribute(required = true)
        String ledger;
        @XmlAttribute(required = true)
        String ledgerName;
        @XmlAttribute(required = true)
        String installation;
        @XmlAttribute(required = true)
        long sequenceNumber;
        @XmlAttribute(required = true)
        String createdAt;
        @XmlAttribute(required = true)
        String paymentDate;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Item {
        @XmlAttribute(required = true)
        String hostEntity;
        @XmlAttribute(required = true)
        String documentNumber;
        @XmlAttribute(required = true)
        String hostInvoiceId;
        @XmlAttribute(required = true)
        int exactEntryNumber;
        @XmlAttribute
        String ogm;
        @XmlAttribute(required = true)
        String kind;
        @XmlAttribute(required = true)
        BigDecimal invoiceAmount;
        @XmlAttribute(required = true)
        BigDecimal outstanding;
        @XmlAttribute(required = true)
        BigDecimal writtenOff;
        @XmlAttribute
        String paymentDate;

        static Item of(Settlement s) {
            Item item = new Item();
            item.hostEntity = s.hostEntity();
            item.documentNumber = s.documentNumber();
            item.hostInvoiceId = s.hostInvoiceId();
            item.exactEntryNumber = s.exactEntryNumber();
            item.ogm = s.ogm();
            item.kind = s.kind().name();
            item.invoiceAmount = s.invoiceAmount();
            item.outstanding = s.outstandingAmount();
            item.writtenOff = s.writtenOffAmount();
            item.paymentDate = s.paymentDate() == null ? null : s.paymentDate().toString();
            return item;
        }

        Settlement toSettlement() {
            return new Settlement(hostInvoiceId, documentNumber, exactEntryNumber, ogm, SettlementKind.valueOf(kind),
                    invoiceAmount, outstanding, writtenOff, paymentDate == null ? null : LocalDate.parse(paymentDate),
                    hostEntity);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Mismatch {
        @XmlAttribute
        String hostEntity;
        @XmlAttribute(required = true)
        String documentNumber;
        @XmlAttribute(required = true)
        String reason;
        @XmlAttribute
        String arguments;

        static Mismatch of(SyncMismatch m) {
            Mismatch x = new Mismatch();
            x.hostEntity = m.hostEntity();
            x.documentNumber = m.documentNumber();
            x.reason = m.reason().code().name();
            x.arguments = String.join(ARGUMENT_SEPARATOR, m.reason().arguments());
            return x;
        }

        SyncMismatch toMismatch() {
            List<String> args = arguments == null || arguments.isEmpty() ? List.of()
                    : Arrays.asList(arguments.split("\\|", -1));
            return new SyncMismatch(hostEntity, documentNumber, Reason.of(ReasonCode.valueOf(reason), args.toArray()));
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Credit {
        @XmlAttribute(required = true)
        String hostEntity;
        @XmlAttribute
        String accountCode;
        @XmlAttribute(required = true)
        BigDecimal amount;

        static Credit of(UnallocatedCredit c) {
            Credit x = new Credit();
            x.hostEntity = c.hostEntity();
            x.accountCode = c.exactAccountCode();
            x.amount = c.amount();
            return x;
        }

        UnallocatedCredit toCredit() {
            return new UnallocatedCredit(hostEntity, accountCode, amount);
        }
    }
}
