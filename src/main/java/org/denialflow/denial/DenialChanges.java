package org.denialflow.denial;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes that a denial, or one of its appeals, changed in a way figures derived from denials may show
 * (new, triaged, routed, deadline, payment, closed; appeal opened, submitted, decided). The report
 * facts recount the days of the denials noted here. Called after the change, in its transaction, so
 * whoever reads the note also sees the change.
 */
final class DenialChanges {

    private DenialChanges() {
    }

    static void noteChanged(JdbcClient jdbc, long denialId) {
        jdbc.sql("insert into denial_change (denial_id, changed_at) values (?, current_timestamp)").param(denialId)
                .update();
    }
}
