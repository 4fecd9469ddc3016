package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class PostgresEngineTuningIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEngineStartsWithTheJobDueDateIndexOnItsOwnTable() {
        assertThat(indexedColumns("denialflow_job_duedate")).isEqualTo("act_ru_job(duedate_)");
    }

    @Test
    void theEngineStartsWithStatisticsOnHowAuthorizationsAreChecked() {
        assertThat(statisticsOn("denialflow_authorization_check")).isEqualTo("act_ru_authorization");
    }

    @Test
    void addsWhatIsMissingAgainAndRunsTwiceWithoutComplaint() {
        jdbc.execute("drop index denialflow_job_duedate");
        jdbc.execute("drop statistics denialflow_authorization_check");

        PostgresEngineTuning.apply(dataSource);
        PostgresEngineTuning.apply(dataSource);

        assertThat(indexedColumns("denialflow_job_duedate")).isEqualTo("act_ru_job(duedate_)");
        assertThat(statisticsOn("denialflow_authorization_check")).isEqualTo("act_ru_authorization");
    }

    private String statisticsOn(String name) {
        return jdbc.queryForObject("select t.relname from pg_statistic_ext s join pg_class t on t.oid = s.stxrelid"
                + " where s.stxname = ?", String.class, name);
    }

    private String indexedColumns(String index) {
        return jdbc.queryForObject("""
                select t.relname || '(' || string_agg(a.attname, ',' order by a.attnum) || ')'
                  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                  join pg_attribute a on a.attrelid = t.oid and a.attnum = any(x.indkey)
                 where i.relname = ? group by t.relname""", String.class, index);
    }
}
