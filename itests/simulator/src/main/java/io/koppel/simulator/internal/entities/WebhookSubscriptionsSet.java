package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.TableNames;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code webhooks/WebhookSubscriptions}. Creating one first POSTs an empty body to the callback, and fails
 * with Exact's 500 "Invalid: Post to callback URL endpoint returns ..." unless the callback answers 2xx.
 */
public final class WebhookSubscriptionsSet extends TableEntitySet {
    /** Topics of the webhook-capable entities (reference section 4.9); not DirectDebitMandates or Receivables. */
    public static final Set<String> TOPICS = Set.of("Accounts", "BankAccounts", "Documents", "DocumentAttachments",
            "GLAccounts", "FinancialTransactions", "GeneralJournalEntries", "SalesEntries", "BankEntries",
            "CashEntries", "SalesInvoices", "Items");

    /** Performs the validation POST; returns null on 2xx, else what the callback answered (e.g. "500"). */
    public interface CallbackValidator {
        String validate(String callbackUrl);
    }

    private final CallbackValidator validator;
    private final boolean requireHttps;

    public WebhookSubscriptionsSet(CallbackValidator validator, boolean requireHttps) {
        super("webhooks/WebhookSubscriptions", Schemas.WEBHOOK_SUBSCRIPTION, TableNames.WEBHOOK_SUBSCRIPTIONS);
        this.validator = validator;
        this.requireHttps = requireHttps;
    }

    /** These answer a collection read without $select. */
    @Override
    public SelectRule selectRule() {
        return SelectRule.OPTIONAL;
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> values = BodyReader.writable(body, schema());
        Problems p = ctx.problems();
        String url = BodyReader.text(values, "CallbackURL");
        if (url == null || url.isBlank()) {
            p.add(Msg.REQUIRED, Term.CALLBACK_URL);
        } else if (!validUrl(url)) {
            p.add(Msg.INVALID, Term.CALLBACK_URL);
        }
        String topic = BodyReader.text(values, "Topic");
        if (topic == null || topic.isBlank()) {
            p.add(Msg.REQUIRED, Term.TOPIC);
        } else if (!TOPICS.contains(topic)) {
            p.add(Msg.INVALID, Term.TOPIC);
        }
        p.throwIfAny();
        String failure = validator.validate(url);
        if (failure != null) {
            throw new ApiError(500, Msg.CALLBACK_FAILED.format(ctx.lang(), failure));
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> row = newRow(ctx, id);
        row.putAll(values);
        row.put("ClientID", io.koppel.simulator.internal.model.EdmValues.parseGuid(ctx.principal().app().clientId()));
        row.put("_ClientId", ctx.principal().app().clientId());
        row.put("UserID", ctx.principal().user().userId());
        return table(ctx).put(id, row);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        removeRow(ctx, key);
    }

    private boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return uri.getHost() != null && (scheme.equals("https") || (!requireHttps && scheme.equals("http")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
