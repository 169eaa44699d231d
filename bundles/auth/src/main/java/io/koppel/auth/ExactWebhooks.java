package io.koppel.auth;

/**
 * The OSGi Event Admin events Koppel posts for Exact's webhooks, once a delivery's HashCode is verified and it is
 * not a replay. An event only says that something changed in Exact (Exact's webhooks carry no data): a handler
 * reads the record itself, e.g. the payment sync starts a run. It is never the source of truth, and a missed
 * event is caught up by the next scheduled run.
 *
 * <p>Topic {@code io/koppel/exact/webhook/<Exact topic>}, e.g. {@code io/koppel/exact/webhook/SalesEntries};
 * subscribe to {@link #TOPIC_ALL} for all of them.
 */
public final class ExactWebhooks {
    /** The topic of an event for an Exact webhook topic is this prefix plus Exact's topic name. */
    public static final String TOPIC_PREFIX = "io/koppel/exact/webhook/";
    /** Every Exact webhook event. */
    public static final String TOPIC_ALL = TOPIC_PREFIX + "*";

    /** Exact's topic, e.g. {@code SalesEntries} (String). */
    public static final String EXACT_TOPIC = "exact.topic";
    /** The Exact division (Integer). */
    public static final String DIVISION = "exact.division";
    /** {@code Create}, {@code Update} or {@code Delete} (String). */
    public static final String ACTION = "exact.action";
    /** The record's ID in Exact (String, a GUID). */
    public static final String KEY = "exact.key";
    /** Where the record is read: Exact's full API address of it (String). */
    public static final String ENDPOINT = "exact.endpoint";
    /** When Exact made the event, as Exact wrote it (String). */
    public static final String CREATED_ON = "exact.eventCreatedOn";

    private ExactWebhooks() {
    }
}
