package org.denialflow.ingest;

import java.math.BigDecimal;

/** What one import found and did; filled while the ledger takes the file in. */
public class ImportCounts {

    public int transactions;
    public int claims;
    public int paid;
    public int denied;
    public int partiallyDenied;
    public int reversed;
    public int adjustedOnly;
    public int paymentMatches;
    public int duplicateClaims;
    public int rejected;
    public int accepted;
    public BigDecimal billedTotal = BigDecimal.ZERO;
    public BigDecimal paidTotal = BigDecimal.ZERO;
    public BigDecimal atRiskTotal = BigDecimal.ZERO;

    public int newWorkItems() {
        return denied + partiallyDenied + rejected;
    }
}
