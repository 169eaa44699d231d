package io.koppel.demo.internal;

import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.spi.SyncFileListener;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's payment side: Koppel's settlements mark Campus Bernardus's invoices paid, partly paid or open again,
 * each settlement as it comes (applying one twice leaves the invoice as once); a sync file that is ready would be
 * e-mailed to the clerk, here it is logged.
 */
@Component(service = {DemoPayments.class, SettlementHandler.class, SyncFileListener.class})
public class DemoPayments implements SettlementHandler, SyncFileListener {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPayments.class);

    /** An invoice's payment state as the host keeps it. */
    record PaymentState(Settlement settlement, LocalDate paymentDate, String ledger) {
    }

    private final Map<String, PaymentState> states = new LinkedHashMap<>();

    @Override
    public synchronized void settle(String ledger, List<Settlement> settlements, LocalDate paymentDate) {
        for (Settlement s : settlements) {
            states.put(s.documentNumber(), new PaymentState(s, s.paymentDate() != null ? s.paymentDate() : paymentDate,
                    ledger));
        }
        LOG.info("{} settlements of {} applied", settlements.size(), ledger);
    }

    @Override
    public void fileReady(SyncFile file) {
        LOG.info("sync file {} is ready: {} settlements (the clerk gets an e-mail with its link)", file.fileName(),
                file.settlements().size());
    }

    synchronized Map<String, PaymentState> states() {
        return Map.copyOf(states);
    }
}
