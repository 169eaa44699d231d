package io.koppel.dashboard.internal;

import io.koppel.api.Messages;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.ReportFormat;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncHealth;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Payment sync: each connection's health, a ledger's sync files, making and processing one (after its preview),
 * the file and its reports to download. Processing changes the host's invoices: a clerk may, as a clerk posts again.
 */
final class SyncEndpoints {
    static final String FEATURE = "sync";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Supplier<Optional<PaymentSyncService>> sync;
    private final ConnectionService connections;

    SyncEndpoints(Supplier<Optional<PaymentSyncService>> sync, ConnectionService connections) {
        this.sync = sync;
        this.connections = connections;
    }

    void register(Map<String, Endpoint> routes) {
        routes.put("GET sync/health", Endpoint.get(Role.CLERK, this::health));
        routes.put("GET sync/ledgers", Endpoint.get(Role.CLERK, call -> sync().ledgers().stream()
                .map(SyncEndpoints::ledgerView).toList()));
        routes.put("GET sync/files", Endpoint.get(Role.CLERK, call -> sync().syncFiles(ledger(call)).stream()
                .map(file -> fileView(file, call.locale())).toList()));
        routes.put("POST sync/create", Endpoint.post(Role.CLERK, this::create));
        routes.put("GET sync/preview", Endpoint.get(Role.CLERK, this::preview));
        routes.put("POST sync/process", Endpoint.post(Role.CLERK, call -> fileView(sync().process(call.text("id")),
                call.locale())));
        routes.put("GET sync/file.xml", Endpoint.get(Role.CLERK, call -> download(call, "xml", "application/xml",
                sync().download(id(call)))));
        routes.put("GET sync/report.pdf", Endpoint.get(Role.CLERK, call -> download(call, "pdf", "application/pdf",
                sync().report(id(call), ReportFormat.PDF))));
        routes.put("GET sync/report.xlsx", Endpoint.get(Role.CLERK, call -> download(call, "xlsx", XLSX,
                sync().report(id(call), ReportFormat.XLSX))));
    }

    boolean installed() {
        return sync.get().isPresent();
    }

    private PaymentSyncService sync() {
        return sync.get().orElseThrow(() -> new Call.NotInstalled(FEATURE));
    }

    /** Every connection, also one payment sync never ran for, and any other with payment sync settings. */
    private Object health(Call call) {
        PaymentSyncService service = sync();
        Map<String, SyncHealth> byHostEntity = new LinkedHashMap<>();
        for (Connection connection : connections.connections()) {
            byHostEntity.put(connection.hostEntity(), service.health(connection.hostEntity()));
        }
        service.health().forEach(health -> byHostEntity.putIfAbsent(health.hostEntity(), health));
        return byHostEntity.values().stream().map(SyncEndpoints::healthView).toList();
    }

    private Object create(Call call) throws IOException {
        String ledger = call.text("ledger");
        Optional<String> hostEntities = call.optionalText("hostEntities");
        SyncFile file = hostEntities.isPresent()
                ? sync().createSyncFile(ledger, Arrays.stream(hostEntities.get().split("[,\\s]+"))
                        .filter(entity -> !entity.isBlank()).collect(Collectors.toSet()))
                : sync().createSyncFile(ledger);
        return fileView(file, call.locale());
    }

    /** What processing the file would change, checked as processing checks it: a refusal is a 409 with its reason. */
    private Object preview(Call call) {
        PaymentSyncService service = sync();
        SyncFile file = service.preview(service.download(id(call)));
        Map<String, Object> view = fileView(file, call.locale());
        view.put("settlements", file.settlements().stream().map(settlement -> settlementView(settlement,
                call.locale())).toList());
        view.put("mismatches", file.mismatches().stream().map(mismatch -> Map.of("documentNumber",
                mismatch.documentNumber(), "reason", mismatch.reason().text(call.locale()))).toList());
        view.put("unallocatedCredit", file.unallocatedCredit().stream().map(credit -> Map.of("hostEntity",
                String.valueOf(credit.hostEntity()), "account", String.valueOf(credit.exactAccountCode()), "amount",
                credit.amount().toPlainString())).toList());
        return view;
    }

    private Object download(Call call, String extension, String contentType, byte[] content) throws IOException {
        String name = sync().syncFile(id(call)).map(SyncFile::fileName).orElse(id(call))
                .replaceAll("\\.xml$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        call.response().setContentType(contentType);
        call.response().setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"");
        call.response().setContentLength(content.length);
        call.response().getOutputStream().write(content);
        return null;
    }

    private static String ledger(Call call) {
        return call.parameter("ledger").orElseThrow(() -> new Call.BadRequest("ledger is required"));
    }

    private static String id(Call call) {
        return call.parameter("id").orElseThrow(() -> new Call.BadRequest("id is required"));
    }

    private static Map<String, Object> healthView(SyncHealth health) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("hostEntity", health.hostEntity());
        view.put("automatic", health.automatic());
        view.put("toleranceCents", health.toleranceCents());
        view.put("lastRunAt", text(health.lastRunAt()));
        view.put("lastSuccessAt", text(health.lastSuccessAt()));
        view.put("lastError", health.lastError());
        view.put("catchingUp", health.catchingUp());
        view.put("readAt", text(health.readAt()));
        return view;
    }

    private static Map<String, Object> ledgerView(Ledger ledger) {
        return Map.of("id", ledger.id(), "name", ledger.name(), "hostEntities", ledger.hostEntities().stream()
                .sorted().toList());
    }

    static Map<String, Object> fileView(SyncFile file, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", file.id());
        view.put("ledger", file.ledger());
        view.put("sequenceNumber", file.sequenceNumber());
        view.put("createdAt", file.createdAt().toString());
        view.put("fileName", file.fileName());
        view.put("status", file.status().name());
        view.put("statusLabel", Messages.text(locale, "dashboard.sync.status." + file.status().name()));
        view.put("settlementCount", file.settlements().size());
        view.put("mismatchCount", file.mismatches().size());
        return view;
    }

    private static Map<String, Object> settlementView(Settlement settlement, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("documentNumber", settlement.documentNumber());
        view.put("hostInvoiceId", settlement.hostInvoiceId());
        view.put("hostEntity", settlement.hostEntity());
        view.put("kind", settlement.kind().name());
        view.put("kindLabel", Messages.text(locale, "dashboard.sync.kind." + settlement.kind().name()));
        view.put("invoiceAmount", settlement.invoiceAmount().toPlainString());
        view.put("paidAmount", settlement.paidAmount().toPlainString());
        view.put("outstandingAmount", settlement.outstandingAmount().toPlainString());
        view.put("writtenOffAmount", settlement.writtenOffAmount().toPlainString());
        return view;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
