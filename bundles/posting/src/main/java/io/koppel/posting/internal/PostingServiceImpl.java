package io.koppel.posting.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingAdministration;
import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import io.koppel.api.posting.PostingSort;
import io.koppel.api.posting.Recovery;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.KoppelNode;
import io.koppel.store.PostingFilter;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import io.koppel.store.RecoveryMapper;
import io.koppel.store.RecoveryRow;
import io.koppel.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the host calls: hand over printed documents, read the overview, post again. */
@Component(service = {PostingService.class, PostingAdministration.class})
public class PostingServiceImpl implements PostingService, PostingAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(PostingServiceImpl.class);

    private final Store store;
    private final Clock clock;

    @Activate
    public PostingServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    PostingServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Posting> submit(List<HostDocument> documents) {
        documents.forEach(PostingServiceImpl::requireIdentity);
        Instant now = clock.instant();
        return store.transaction(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            boolean lookFirst = !session.mapper(RecoveryMapper.class).inForce(now).isEmpty();
            List<Posting> submitted = new ArrayList<>(documents.size());
            for (HostDocument document : documents) {
                PostingRow row = newRow(document, now, lookFirst);
                PostingRow known = postings.find(document.documentNumber());
                if (known == null) {
                    postings.insert(row);
                } else if (known.status().isSubmittable()) {
                    postings.resubmit(row);
                }
                submitted.add(PostingViews.view(postings.find(document.documentNumber())));
            }
            return submitted;
        });
    }

    @Override
    public Page<Posting> postings(PostingQuery query, PageRequest page) {
        PostingFilter filter = filter(query);
        return store.transaction(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            List<Posting> items = postings.query(filter, page.offset(), page.limit()).stream().map(PostingViews::view)
                    .toList();
            // a page that is not full and not past the end tells the total: no second scan of the table
            boolean lastPage = items.size() < page.limit() && (!items.isEmpty() || page.offset() == 0);
            return new Page<>(items, page, lastPage ? page.offset() + items.size() : postings.count(filter));
        });
    }

    @Override
    public void each(PostingQuery query, Consumer<? super Posting> action) {
        PostingFilter filter = filter(query);
        store.execute(session -> session.mapper(PostingMapper.class)
                .each(filter, context -> action.accept(PostingViews.view(context.getResultObject()))));
    }

    @Override
    public Optional<Posting> posting(String documentNumber) {
        return Optional.ofNullable(store.transaction(session -> session.mapper(PostingMapper.class)
                .find(documentNumber))).map(PostingViews::view);
    }

    @Override
    public List<Posting> repost(Collection<String> documentNumbers) {
        if (documentNumbers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return store.transaction(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            postings.requeue(documentNumbers, now);
            return documentNumbers.stream().map(postings::find).filter(Objects::nonNull).map(PostingViews::view)
                    .toList();
        });
    }

    @Override
    public void exportCsv(PostingQuery query, Locale locale, Appendable out) throws IOException {
        PostingCsv csv = new PostingCsv(locale, out);
        csv.header();
        try {
            each(query, posting -> {
                try {
                    csv.posting(posting);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Posting resetFatal(String documentNumber) {
        Instant now = clock.instant();
        return store.transaction(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            PostingRow row = postings.find(documentNumber);
            if (row == null) {
                throw new KoppelException(Reason.of(ReasonCode.POSTING_NOT_FOUND, documentNumber));
            }
            if (postings.resetFatal(documentNumber, now) == 0) {
                throw new KoppelException(Reason.of(ReasonCode.POSTING_NOT_FATAL, documentNumber));
            }
            return PostingViews.view(postings.find(documentNumber));
        });
    }

    @Override
    public Recovery recover(Instant since, Duration lookFirst) {
        Instant now = clock.instant();
        if (since.isAfter(now) || lookFirst.isNegative()) {
            throw new KoppelException(Reason.of(ReasonCode.UNEXPECTED_ERROR,
                    "a recovery needs a time in the past and a duration of zero or more"));
        }
        RecoveryRow recovery = new RecoveryRow(UUID.randomUUID().toString(), since, now, now.plus(lookFirst),
                KoppelNode.current().claimName());
        return store.transaction(session -> {
            session.mapper(RecoveryMapper.class).insert(recovery);
            int postings = session.mapper(PostingMapper.class).markAllOpenToLookFirst();
            int customers = session.mapper(AccountLinkMapper.class).markIncompleteToLookFirst();
            LOG.warn("Recovery started by {}: Exact may hold what Koppel wrote since {}; {} postings and {} customers"
                    + " look in Exact before writing, and so do new ones until {}", recovery.startedBy(), since,
                    postings, customers, recovery.endsAt());
            return new Recovery(since, now, recovery.endsAt(), postings, customers);
        });
    }

    static PostingFilter filter(PostingQuery query) {
        Map<PostingFilter.Column, String> columns = new EnumMap<>(PostingFilter.Column.class);
        query.columnFilters().forEach((column, text) -> columns.put(PostingFilter.Column.valueOf(column.name()), text));
        PostingSort sort = query.sort();
        return new PostingFilter(query.hostEntity().orElse(null), List.copyOf(query.statuses()),
                query.search().orElse(null), columns,
                sort.equals(PostingSort.NEWEST_FIRST) ? null : PostingFilter.Column.valueOf(sort.column().name()),
                sort.ascending());
    }

    private static PostingRow newRow(HostDocument document, Instant now, boolean lookFirst) {
        String title = String.join(" ", Objects.toString(document.billingAddress().salutationTitle(), ""),
                Objects.toString(document.billingAddress().salutationName(), "")).strip();
        return PostingRow.submitted(document.documentNumber(), document.hostInvoiceId(), document.hostEntity(),
                document.postedType(), document.billingAddress().personName(), title, document.amount(),
                document.ogm(), DocumentCodec.write(document), now, lookFirst);
    }

    private static void requireIdentity(HostDocument document) {
        if (document.documentNumber().isBlank() || document.hostInvoiceId().isBlank() || document.hostEntity().isBlank()) {
            throw new KoppelException(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY,
                    "document number, invoice id and host entity"));
        }
    }
}
