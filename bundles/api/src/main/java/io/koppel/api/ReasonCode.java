package io.koppel.api;

/**
 * The catalogue of reasons a clerk or admin may read, after the troubleshooting tables of the product Koppel
 * replaces. Each constant's text, in three languages, is in {@link Messages}; the arguments it takes are named
 * here.
 */
public enum ReasonCode {
    // Connection
    /** No connection for the school or location. Arguments: host entity. */
    CONNECTION_MISSING,
    /** Division or journals not chosen yet. Arguments: host entity. */
    CONNECTION_INCOMPLETE,
    /** Exact refused the link; someone must link again. Arguments: host entity, Exact's explanation. */
    CONNECTION_NEEDS_REAUTHORIZATION,
    /** The refresh token was used twice, so Exact cancelled the link. Arguments: host entity. */
    CONNECTION_REFRESH_TOKEN_REUSED,
    /** Nothing used the link for 30 days. Arguments: host entity. */
    CONNECTION_EXPIRED,
    /** The Exact user withdrew the app's access, or Exact no longer knows the grant. Arguments: host entity. */
    CONNECTION_REVOKED,
    /** The Exact user gave the app no division. Arguments: host entity. */
    CONNECTION_USER_WITHOUT_DIVISIONS,
    /** A division, journal or cost code chosen for a connection does not exist in Exact. Arguments: the value. */
    CONNECTION_SETTING_INVALID,
    /**
     * Exact's token endpoint gave no tokens for now (429, 5xx, no answer, an answer it did not explain); the link
     * is kept. Arguments: host entity, what Exact answered.
     */
    CONNECTION_TOKENS_UNAVAILABLE,
    /** Exact does not accept Koppel's client id or secret: one fix for all connections. Arguments: site, site in lower case. */
    APP_REGISTRATION_INVALID,
    /** The API refused the connection's access (a 401 after a renewed token, or a 403). Arguments: host entity, HTTP status, Exact's message. */
    CONNECTION_REFUSED,
    /**
     * This Karaf node's token key is not the one the connection's tokens were sealed with, so it cannot use them
     * (and leaves them as they are). Arguments: host entity, the key fingerprint of the stored tokens, this
     * node's.
     */
    CONNECTION_TOKEN_KEY_MISMATCH,

    // Local validation, before anything reaches Exact
    /** A required value is empty. Arguments: the field's name. */
    REQUIRED_VALUE_EMPTY,
    /** The structured communication's check digits do not match. Arguments: the communication. */
    OGM_INVALID,
    /** Arguments: the IBAN. */
    IBAN_INVALID,
    /** Arguments: the BIC. */
    BIC_INVALID,
    /** Cost center or cost unit code longer than Exact's 8 characters. Arguments: the code. */
    COST_CODE_TOO_LONG,
    /** Arguments: line description. */
    LINE_WITHOUT_GL_ACCOUNT,
    /** Arguments: GL account code. */
    GL_ACCOUNT_NOT_FOUND,
    /** Arguments: GL account code. */
    GL_ACCOUNT_BLOCKED,
    /** The GL account's type does not allow sales entries. Arguments: GL account code. */
    GL_ACCOUNT_WRONG_TYPE,
    /** Arguments: journal code. */
    JOURNAL_NOT_FOUND,
    /** Arguments: journal code. */
    JOURNAL_NOT_SALES,
    /** Arguments: journal code. */
    JOURNAL_BLOCKED,
    /** No financial year in Exact for the print date. Arguments: the year. */
    FINANCIAL_YEAR_MISSING,
    /** The GL account demands a cost center or cost unit and the connection sets none. Arguments: GL account code. */
    COST_CODE_REQUIRED,
    /** Arguments: cost center code. */
    COST_CENTER_NOT_FOUND,
    /** Arguments: cost unit code. */
    COST_UNIT_NOT_FOUND,
    /** A value sent to Exact is longer than Exact takes. Arguments: the field, its maximum length, the value. */
    VALUE_TOO_LONG,
    /** Arguments: the e-mail address. */
    EMAIL_INVALID,
    /** Arguments: mandate reference, signature date. */
    MANDATE_SIGNED_IN_FUTURE,
    /** Arguments: VAT code. */
    VAT_CODE_NOT_FOUND,

    // Exact's answers
    /** Exact refused the request with a validation message. Arguments: Exact's message. */
    EXACT_REJECTED,
    /** Arguments: year, month. */
    PERIOD_CLOSED,
    /** The linked customer is gone; the link was cleared. No arguments. */
    CUSTOMER_NOT_FOUND,
    /** No arguments. */
    CUSTOMER_INACTIVE,
    /** The entry exists more than once in Exact. Arguments: the entry numbers. */
    DUPLICATE_IN_EXACT,
    /** Arguments: mandate reference. */
    MANDATE_REFERENCE_EXISTS,
    /** The account exists in Exact but is not a customer (status C). No arguments. */
    CUSTOMER_WRONG_TYPE,
    /** Exact booked another total than the document prints (a VAT code added VAT). Arguments: entry number, booked, printed. */
    AMOUNT_MISMATCH,
    /** Exact booked an invoice as a credit note or the other way round. Arguments: entry number, booked type, expected type. */
    ENTRY_TYPE_MISMATCH,

    // An admin's request
    /** No posting has this document number. Arguments: document number. */
    POSTING_NOT_FOUND,
    /** Only a Fatal posting can be put back to Failed. Arguments: document number. */
    POSTING_NOT_FATAL,

    // Retrying
    /** Waiting for an automatic retry. Arguments: attempt number, next attempt time, the cause. */
    RETRY_SCHEDULED,
    /** Exact's call budget is spent; the queue resumes by itself. Arguments: reset date and time. */
    RATE_LIMITED,
    /**
     * An endpoint refused so many requests within an hour that Koppel stops calling it before Exact blocks the
     * app; only what needs that endpoint waits. Arguments: the endpoint, date and time it opens again.
     */
    ENDPOINT_PAUSED,
    /** Arguments: maximum attempts, first attempt time. */
    TOO_MANY_RETRIES,
    /** Arguments: what went wrong. */
    UNEXPECTED_ERROR,

    // Payment sync
    /** A sync file whose number was processed already. Arguments: file name, sequence number, the ledger's current number. */
    SYNC_SEQUENCE_PROCESSED,
    /** The bytes handed back are not a sync file Koppel made. Arguments: what is wrong. */
    SYNC_FILE_INVALID,
    /** Arguments: ledger. */
    SYNC_LEDGER_UNKNOWN,
    /** A sync file still being made, or one that failed, cannot be processed. Arguments: file name, its status. */
    SYNC_FILE_NOT_READY,
    /** Arguments: sync file id. */
    SYNC_FILE_NOT_FOUND,
    /** Exact's entry has another entry number than Koppel stored: not settled. Arguments: document, stored number, Exact's number. */
    SYNC_ENTRY_NUMBER_MISMATCH,
    /** Exact's entry carries another structured communication: not settled. Arguments: document, OGM, Exact's reference. */
    SYNC_OGM_MISMATCH,
    /** Several entries in Exact carry the entry number of a migrated document: not settled. Arguments: document, entry number. */
    SYNC_ENTRY_AMBIGUOUS,
    /** The document is not one Koppel posted or the host registered. Arguments: document number. */
    SYNC_DOCUMENT_UNKNOWN,
    /** Reading Exact for payment sync failed. Arguments: host entity, what went wrong. */
    SYNC_READ_FAILED,
    // Customer updates
    /** A field of the billing address Exact needs is empty; nothing was sent. Arguments: the field's name. */
    CUSTOMER_UPDATE_VALUE_EMPTY,
    /** Arguments: the field, its maximum length, the value. */
    CUSTOMER_UPDATE_VALUE_TOO_LONG,
    /** Arguments: the e-mail address. */
    CUSTOMER_UPDATE_EMAIL_INVALID,
    /** Exact does not know the linked customer any more; the link was cleared. No arguments. */
    CUSTOMER_UPDATE_CUSTOMER_GONE,
    /** The customer is blocked (inactive) in Exact. No arguments. */
    CUSTOMER_UPDATE_CUSTOMER_INACTIVE,
    /** The address's first posting is creating its customer; the update follows. No arguments. */
    CUSTOMER_UPDATE_WAITING_FOR_CUSTOMER,
    /** Exact refused the update with a validation message. Arguments: Exact's message. */
    CUSTOMER_UPDATE_REJECTED
}
