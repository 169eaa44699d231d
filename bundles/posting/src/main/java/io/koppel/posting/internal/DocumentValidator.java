package io.koppel.posting.internal;

import static io.koppel.posting.AccountLimits.ADDRESS_LINE_LENGTH;
import static io.koppel.posting.AccountLimits.CITY_LENGTH;
import static io.koppel.posting.AccountLimits.EMAIL_ADDRESS;
import static io.koppel.posting.AccountLimits.EMAIL_LENGTH;
import static io.koppel.posting.AccountLimits.NAME_LENGTH;
import static io.koppel.posting.AccountLimits.POSTCODE_LENGTH;

import io.koppel.api.Ogm;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.CostCode;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.model.CostCodeUse;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Koppel can check before calling Exact. Exact blocks an app for an hour after ten errors on one
 * endpoint, so whatever can be found wrong here must never reach it.
 */
record DocumentValidator(Clock clock, VatCodes vatCodes) {
    /** Exact's GL account types a sales entry line may use: general (90) and revenue (110). */
    static final Set<Integer> SALES_GL_TYPES = Set.of(90, 110);
    private static final int SALES_JOURNAL = 20;

    /**
     * What is wrong with a document.
     *
     * @param customerKnown whether the billing address has its customer in the division already; name and
     *     mandate are only sent when it is created
     */
    Result validate(HostDocument document, LinkedConnection connection, ReferenceData reference, boolean customerKnown) {
        if (document.ogm() == null || document.ogm().isBlank()) {
            return Result.refused(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY, "OGM"));
        }
        if (!Ogm.isValid(document.ogm())) {
            return Result.refused(Reason.of(ReasonCode.OGM_INVALID, document.ogm()));
        }
        if (!customerKnown) {
            Optional<Reason> customer = customer(document, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (customer.isPresent()) {
                return Result.refused(customer.get());
            }
        }
        Result journal = journal(document, connection, reference);
        if (journal != null) {
            return journal;
        }
        Result costs = costCodes(connection, reference);
        if (costs != null) {
            return costs;
        }
        if (document.lines().isEmpty()) {
            return Result.refused(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY, "Lines"));
        }
        for (DocumentLine line : document.lines()) {
            Result refused = line(line, connection, reference);
            if (refused != null) {
                return refused;
            }
            Optional<String> vat = vatCodes.of(line, connection);
            if (vat.isPresent() && !reference.vatCodes().contains(vat.get())) {
                return Result.missing(Reason.of(ReasonCode.VAT_CODE_NOT_FOUND, vat.get()));
            }
        }
        if (reference.periodOf(document.printDate()).isEmpty()) {
            return Result.missing(Reason.of(ReasonCode.FINANCIAL_YEAR_MISSING, document.printDate().getYear()));
        }
        return Result.OK;
    }

    /** What Exact would refuse of the customer Koppel creates: Exact cuts nothing, it refuses. */
    private static Optional<Reason> customer(HostDocument document, LocalDate today) {
        BillingAddress address = document.billingAddress();
        if (isBlank(address.salutationName())) {
            return Optional.of(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY, "Name"));
        }
        Optional<Reason> tooLong = tooLong("Name", address.salutationName().strip(), NAME_LENGTH)
                .or(() -> tooLong("Address", address.addressLine(), ADDRESS_LINE_LENGTH))
                .or(() -> tooLong("City", address.city(), CITY_LENGTH))
                .or(() -> tooLong("Postcode", address.postcode(), POSTCODE_LENGTH));
        if (tooLong.isPresent()) {
            return tooLong;
        }
        for (String email : address.emailAddresses()) {
            if (email == null || !EMAIL_ADDRESS.matcher(email.strip()).matches()) {
                return Optional.of(Reason.of(ReasonCode.EMAIL_INVALID, email));
            }
            if (email.strip().length() > EMAIL_LENGTH) {
                return tooLong("E-mail", email.strip(), EMAIL_LENGTH);
            }
        }
        Optional<Mandate> mandate = address.mandate();
        if (mandate.isPresent()) {
            if (isBlank(mandate.get().reference())) {
                return Optional.of(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY, "Mandate reference"));
            }
            if (!BankDetails.isValidIban(mandate.get().iban())) {
                return Optional.of(Reason.of(ReasonCode.IBAN_INVALID, mandate.get().iban()));
            }
            if (!BankDetails.isValidBic(mandate.get().bic())) {
                return Optional.of(Reason.of(ReasonCode.BIC_INVALID, mandate.get().bic()));
            }
            if (mandate.get().signatureDate().isAfter(today)) {
                return Optional.of(Reason.of(ReasonCode.MANDATE_SIGNED_IN_FUTURE, mandate.get().reference(),
                        mandate.get().signatureDate()));
            }
        }
        return Optional.empty();
    }

    private static Result journal(HostDocument document, LinkedConnection connection, ReferenceData reference) {
        String code = document.postedType() == DocumentType.CREDIT_NOTE ? connection.creditNoteJournal()
                : connection.invoiceJournal();
        Optional<Journal> journal = reference.journal(code);
        if (journal.isEmpty()) {
            return Result.missing(Reason.of(ReasonCode.JOURNAL_NOT_FOUND, code));
        }
        if (journal.get().type() == null || journal.get().type() != SALES_JOURNAL) {
            return Result.refused(Reason.of(ReasonCode.JOURNAL_NOT_SALES, code));
        }
        if (journal.get().blocked()) {
            return Result.refused(Reason.of(ReasonCode.JOURNAL_BLOCKED, code));
        }
        return null;
    }

    private static Result costCodes(LinkedConnection connection, ReferenceData reference) {
        for (String code : new String[] {connection.costCenter().orElse(null), connection.costUnit().orElse(null)}) {
            if (code != null && code.length() > CostCode.MAX_LENGTH) {
                return Result.refused(Reason.of(ReasonCode.COST_CODE_TOO_LONG, code));
            }
        }
        if (connection.costCenter().isPresent() && !reference.costCenters().contains(connection.costCenter().get())) {
            return Result.missing(Reason.of(ReasonCode.COST_CENTER_NOT_FOUND, connection.costCenter().get()));
        }
        if (connection.costUnit().isPresent() && !reference.costUnits().contains(connection.costUnit().get())) {
            return Result.missing(Reason.of(ReasonCode.COST_UNIT_NOT_FOUND, connection.costUnit().get()));
        }
        return null;
    }

    private static Result line(DocumentLine line, LinkedConnection connection, ReferenceData reference) {
        if (isBlank(line.glAccountCode())) {
            return Result.refused(Reason.of(ReasonCode.LINE_WITHOUT_GL_ACCOUNT, line.description()));
        }
        Optional<GlAccount> found = reference.glAccount(line.glAccountCode());
        if (found.isEmpty()) {
            return Result.missing(Reason.of(ReasonCode.GL_ACCOUNT_NOT_FOUND, line.glAccountCode()));
        }
        GlAccount gl = found.get();
        if (gl.blocked()) {
            return Result.refused(Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, gl.code() + " - " + gl.description()));
        }
        if (gl.type() == null || !SALES_GL_TYPES.contains(gl.type())) {
            return Result.refused(Reason.of(ReasonCode.GL_ACCOUNT_WRONG_TYPE, gl.code()));
        }
        if ((gl.costCenterUse() == CostCodeUse.MANDATORY && connection.costCenter().isEmpty())
                || (gl.costUnitUse() == CostCodeUse.MANDATORY && connection.costUnit().isEmpty())) {
            return Result.refused(Reason.of(ReasonCode.COST_CODE_REQUIRED, gl.code()));
        }
        return null;
    }

    private static Optional<Reason> tooLong(String field, String value, int length) {
        return value != null && value.strip().length() > length
                ? Optional.of(Reason.of(ReasonCode.VALUE_TOO_LONG, field, length, value.strip()))
                : Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The verdict. {@code referenceMissing} says the refusal came from something not found in the cached reference
     * data, which a reload may find.
     */
    record Result(Optional<Reason> refusal, boolean referenceMissing) {
        static final Result OK = new Result(Optional.empty(), false);

        static Result refused(Reason reason) {
            return new Result(Optional.of(reason), false);
        }

        static Result missing(Reason reason) {
            return new Result(Optional.of(reason), true);
        }

        boolean ok() {
            return refusal.isEmpty();
        }
    }
}
