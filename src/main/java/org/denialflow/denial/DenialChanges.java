package org.denialflow.denial;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes the days whose report figures a change to a denial, or to one of its appeals, touches (new,
 * triaged, routed, deadline, payment, closed; appeal opened, submitted, decided): the denial's date, its
 * resolution date and its appeals' decision dates, as they are now. The report facts recount the days
 * noted here. Called after the change, in its transaction, so whoever reads the note also sees the
 * change; and also before a change that can move one of these dates (a decision re-recorded), so the
 * day it leaves is recounted too.
 */
final class DenialChanges {

    private DenialChanges() {
    }

    static void noteChanged(JdbcClient jdbc, long denialId) {
        jdbc.sql("""
                insert into denial_change (denial_id, touched_on, touched_as, changed_at)
                select d.id, d.denied_on, 'DENIED', current_timestamp from denial d where d.id = ?
                union select d.id, cast(d.resolved_at as date), 'RESOLVED', current_timestamp from denial d
                 where d.id = ? and d.resolved_at is not null
                union select a.denial_id, a.decided_on, 'DECIDED', current_timestamp from appeal a
                 where a.denial_id = ? and a.decided_on is not null""")
                .params(denialId, denialId, denialId).update();
    }
}
