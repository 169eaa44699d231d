package io.koppel.client;

import io.koppel.client.model.CostCode;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.VatCode;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What a division is set up with, read to check a connection's choices and a document before it is posted. */
@ProviderType
public interface ExactReferenceData {

    List<GlAccount> glAccounts(CallContext ctx);

    List<Journal> journals(CallContext ctx);

    List<CostCode> costCenters(CallContext ctx);

    List<CostCode> costUnits(CallContext ctx);

    List<FinancialPeriod> financialPeriods(CallContext ctx);

    /** The division's VAT codes, to check a VAT code before a sales entry line names it. */
    List<VatCode> vatCodes(CallContext ctx);
}
