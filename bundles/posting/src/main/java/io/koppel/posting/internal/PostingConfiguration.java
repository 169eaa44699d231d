package io.koppel.posting.internal;

import io.koppel.posting.RetrySchedule;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel posting",
        description = "How Koppel works through the posting queue.")
public @interface PostingConfiguration {
    String PID = "io.koppel.posting";

    @AttributeDefinition(name = "Poll interval (ms)", description = "How often the queue is looked at for due postings.")
    long pollMillis() default 500;

    @AttributeDefinition(name = "Batch size", description = "How many due postings one look takes at most.")
    int batchSize() default 200;

    @AttributeDefinition(name = "Divisions in parallel",
            description = "How many divisions this node posts to at once; within a division, one at a time. A writer"
                    + " mostly waits for Exact's rate limit, so one per division a node serves costs little.")
    int parallelDivisions() default 16;

    @AttributeDefinition(name = "Claim (seconds)",
            description = "How long a node holds a posting or a division; a node that stops loses them after this.")
    int claimSeconds() default 300;

    @AttributeDefinition(name = "Maximum attempts",
            description = "Transient failures are retried this many times, then the posting becomes Fatal.")
    int maxAttempts() default RetrySchedule.DEFAULT_MAX_ATTEMPTS;

    @AttributeDefinition(name = "Maximum retry time (hours)",
            description = "Transient failures are retried this long after the first attempt, then Fatal.")
    int maxRetryHours() default RetrySchedule.DEFAULT_MAX_RETRY_HOURS;

    @AttributeDefinition(name = "First retry (seconds)",
            description = "The wait before the first retry; each next one waits twice as long.")
    int firstRetrySeconds() default RetrySchedule.DEFAULT_FIRST_RETRY_SECONDS;

    @AttributeDefinition(name = "Longest retry wait (minutes)", description = "The wait between retries grows to this.")
    int maxRetryMinutes() default RetrySchedule.DEFAULT_MAX_RETRY_MINUTES;

    @AttributeDefinition(name = "Reference data (minutes)",
            description = "How long a division's GL accounts, journals, cost codes and periods are reused; a code"
                    + " not found refreshes them at once.")
    int referenceDataMinutes() default 60;

    @AttributeDefinition(name = "Default VAT code",
            description = "The VAT code every sales entry line names when neither its main category nor its connection"
                    + " (koppel:set-vat) has one, e.g. the division's exempt code. Empty: the line takes its GL"
                    + " account's default VAT code, and Exact adds that VAT to the printed amount; Koppel then fails the"
                    + " posting whose booked total differs from the document's.")
    String vatCode() default "";

    @AttributeDefinition(name = "VAT code per main category",
            description = "Overrides as 'main category=VAT code', comma-separated (e.g. 'Drankjes=3,Uitstappen=0'),"
                    + " before the connection's and the default VAT code. The category is matched without regard to"
                    + " case.")
    String vatCodesByMainCategory() default "";

    @AttributeDefinition(name = "Refusal memory (minutes)",
            description = "How long a refusal of Exact that repeats for every document of its cause (a duplicate"
                    + " mandate reference, a closed period, a blocked journal, GL account or cost code, an inactive"
                    + " customer) fails the other documents of that cause without calling Exact. Posting a document"
                    + " again, or reloaded reference data that shows the fix, ends it sooner.")
    int refusalMemoryMinutes() default 60;

    @AttributeDefinition(name = "Code at supplier prefix",
            description = "Prefix of the customer's 'code at supplier' in Exact: prefix + person id + _ + address id.")
    String codeAtSupplierPrefix() default "KOP";
}
