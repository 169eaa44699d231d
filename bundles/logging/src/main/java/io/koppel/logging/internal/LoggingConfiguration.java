package io.koppel.logging.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel transaction log",
        description = "How Koppel records its exchanges with Exact Online and how long it keeps them.")
public @interface LoggingConfiguration {
    String PID = "io.koppel.logging";

    @AttributeDefinition(name = "Retention (days)",
            description = "Entries older than this are purged once a day.")
    int retentionDays() default 90;

    @AttributeDefinition(name = "Request bodies",
            description = "NONE keeps no request body; REDACTED keeps it with personal fields replaced by ***;"
                    + " FULL keeps it as sent.")
    RequestBodies requestBodies() default RequestBodies.REDACTED;

    @AttributeDefinition(name = "Personal fields",
            description = "Exact field names whose values REDACTED replaces by ***.")
    String[] personalFields() default {"Name", "AddressLine1", "AddressLine2", "AddressLine3", "Postcode", "City",
            "Email", "Phone", "Mobile", "BankAccount", "BankAccountHolderName", "IBAN", "BICCode", "Remarks",
            "CodeAtSupplier", "SearchCode", "Attachment", "AttachmentFileName"};

    @AttributeDefinition(name = "Batch size",
            description = "At most this many entries are written in one database transaction.")
    int batchSize() default 200;

    @AttributeDefinition(name = "Queue capacity",
            description = "Entries waiting to be written; when full, the caller writes its entry itself.")
    int queueCapacity() default 10_000;

    enum RequestBodies {
        NONE, REDACTED, FULL
    }
}
