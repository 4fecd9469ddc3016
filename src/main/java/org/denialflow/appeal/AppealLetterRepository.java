package org.denialflow.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AppealLetterRepository {

    private static final String SELECT = """
            select id, denial_id, kind, appeal_level, template_name, template_title, template_version, template_sha256,
                   body, status, created_by, created_at, updated_by, updated_at, finalized_at
            from appeal_letter""";

    private final JdbcClient jdbc;

    public AppealLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long denialId, LetterKind kind, int level, AppealTemplate template, String body, String actor,
                Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appeal_letter (denial_id, kind, appeal_level, template_name, template_title,
                    template_version, template_sha256, body, status, created_by, created_at, updated_by, updated_at)
                values (:denial, :kind, :level, :name, :title, :version, :sha, :body, 'DRAFT', :actor, :now, :actor, :now)""")
                .param("denial", denialId).param("kind", kind.name()).param("level", level)
                .param("name", template.name()).param("title", cut(template.title(), 200))
                .param("version", cut(template.version(), 40)).param("sha", template.sha256()).param("body", body)
                .param("actor", actor).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<AppealLetter> find(long denialId, long letterId) {
        return jdbc.sql(SELECT + " where id = ? and denial_id = ?").params(letterId, denialId)
                .query(AppealLetterRepository::letter).optional();
    }

    List<AppealLetter> of(long denialId) {
        return jdbc.sql(SELECT + " where denial_id = ? order by id").param(denialId)
                .query(AppealLetterRepository::letter).list();
    }

    /** The newest final letter of a kind for a denial. */
    Optional<AppealLetter> latestFinal(long denialId, LetterKind kind) {
        return jdbc.sql(SELECT + " where denial_id = ? and kind = ? and status = 'FINAL' order by finalized_at desc, id desc")
                .params(denialId, kind.name()).query(AppealLetterRepository::letter).list().stream().findFirst();
    }

    /** Changes a draft; false when the letter is no longer a draft. */
    boolean updateDraft(long letterId, String body, String actor, Instant now) {
        return jdbc.sql("update appeal_letter set body = ?, updated_by = ?, updated_at = ? where id = ? and status = 'DRAFT'")
                .params(body, actor, Timestamp.from(now), letterId).update() == 1;
    }

    boolean makeFinal(long letterId, String actor, Instant now) {
        return jdbc.sql("""
                update appeal_letter set status = 'FINAL', updated_by = ?, updated_at = ?, finalized_at = ?
                where id = ? and status = 'DRAFT'""")
                .params(actor, Timestamp.from(now), Timestamp.from(now), letterId).update() == 1;
    }

    private static AppealLetter letter(ResultSet rs, int n) throws SQLException {
        Timestamp finalized = rs.getTimestamp(15);
        return new AppealLetter(rs.getLong(1), rs.getLong(2), LetterKind.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13), rs.getTimestamp(14).toInstant(),
                finalized == null ? null : finalized.toInstant());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
