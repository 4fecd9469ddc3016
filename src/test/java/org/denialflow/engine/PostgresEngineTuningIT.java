package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class PostgresEngineIndexesIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEngineStartsWithTheJobDueDateIndexOnItsOwnTable() {
        assertThat(indexedColumns("denialflow_job_duedate")).isEqualTo("act_ru_job(duedate_)");
    }

    @Test
    void addsAMissingIndexAgainAndRunsTwiceWithoutComplaint() {
        jdbc.execute("drop index denialflow_job_duedate");

        PostgresEngineIndexes.apply(dataSource);
        PostgresEngineIndexes.apply(dataSource);

        assertThat(indexedColumns("denialflow_job_duedate")).isEqualTo("act_ru_job(duedate_)");
    }

    private String indexedColumns(String index) {
        return jdbc.queryForObject("""
                select t.relname || '(' || string_agg(a.attname, ',' order by a.attnum) || ')'
                  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                  join pg_attribute a on a.attrelid = t.oid and a.attnum = any(x.indkey)
                 where i.relname = ? group by t.relname""", String.class, index);
    }
}
