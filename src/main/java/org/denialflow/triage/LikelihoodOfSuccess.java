package org.denialflow.triage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appeal success per payer and denial category, from the outcomes recorded in the ledger.
 *
 * <p>A decided appeal is a closed denial that reached an appeal (appeal level at least 1): won when
 * money came back (recovered in full or in part), lost when it was written off. Small samples are
 * pulled toward the category's rate over all payers, itself pulled toward {@link #PRIOR}, each
 * with the weight of {@link #PSEUDO_APPEALS} appeals, so a payer with three wins out of three shows
 * about 65%, not 100%.
 */
@Component
public class LikelihoodOfSuccess {

    /** Before any outcome is known: private payers overturned about 54% of appealed denials (PRIMER 5). */
    static final double PRIOR = 0.54;
    static final int PSEUDO_APPEALS = 10;

    private final JdbcClient jdbc;

    public LikelihoodOfSuccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Likelihood of(String payerKey, String category) {
        int[] overall = decided(null, category);
        double categoryRate = smoothed(overall[0], overall[1], PRIOR);
        int[] payer = decided(payerKey, category);
        return new Likelihood(smoothed(payer[0], payer[1], categoryRate), payer[1]);
    }

    static double smoothed(int won, int decided, double toward) {
        return (won + PSEUDO_APPEALS * toward) / (decided + PSEUDO_APPEALS);
    }

    private int[] decided(String payerKey, String category) {
        StringBuilder sql = new StringBuilder("""
                select coalesce(sum(case when outcome in ('RECOVERED_IN_FULL', 'RECOVERED_IN_PART', 'OVERTURNED_ON_APPEAL',
                                                   'PARTLY_OVERTURNED_ON_APPEAL') then 1 else 0 end), 0),
                       count(*)
                from denial
                where status = 'CLOSED' and appeal_level > 0
                  and outcome in ('RECOVERED_IN_FULL', 'RECOVERED_IN_PART', 'OVERTURNED_ON_APPEAL',
                                  'PARTLY_OVERTURNED_ON_APPEAL', 'UPHELD_ON_APPEAL', 'WRITTEN_OFF')""");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (category != null) {
            sql.append(" and category = :category");
            params.put("category", category);
        }
        if (payerKey != null) {
            sql.append(" and payer_key = :payerKey");
            params.put("payerKey", payerKey);
        }
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }
}
