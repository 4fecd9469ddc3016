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
public class AppealPacketRepository {

    private static final String SELECT = """
            select id, denial_id, appeal_level, letter_id, cover_letter_id, content_sha256, page_count, size_bytes,
                   contents, created_by, created_at, submitted_by, submitted_at
            from appeal_packet""";

    private final JdbcClient jdbc;

    public AppealPacketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long denialId, int level, long letterId, Long coverLetterId, byte[] pdf, String sha256, int pages,
                String contents, String actor, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appeal_packet (denial_id, appeal_level, letter_id, cover_letter_id, content_sha256,
                    page_count, size_bytes, contents, content, created_by, created_at)
                values (:denial, :level, :letter, :cover, :sha, :pages, :size, :contents, :content, :actor, :now)""")
                .param("denial", denialId).param("level", level).param("letter", letterId)
                .param("cover", coverLetterId).param("sha", sha256).param("pages", pages).param("size", pdf.length)
                .param("contents", contents.length() > 4000 ? contents.substring(0, 3997) + "..." : contents)
                .param("content", pdf).param("actor", actor).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<AppealPacket> find(long denialId, long packetId) {
        return jdbc.sql(SELECT + " where denial_id = ? and id = ?").params(denialId, packetId)
                .query(AppealPacketRepository::packet).optional();
    }

    List<AppealPacket> of(long denialId) {
        return jdbc.sql(SELECT + " where denial_id = ? order by id").param(denialId)
                .query(AppealPacketRepository::packet).list();
    }

    /** The newest packet of a denial, of one level when {@code level} is given. */
    Optional<AppealPacket> latest(long denialId, Integer level) {
        if (level == null) {
            return jdbc.sql(SELECT + " where denial_id = ? order by id desc").param(denialId)
                    .query(AppealPacketRepository::packet).list().stream().findFirst();
        }
        return jdbc.sql(SELECT + " where denial_id = ? and appeal_level = ? order by id desc").params(denialId, level)
                .query(AppealPacketRepository::packet).list().stream().findFirst();
    }

    byte[] content(long packetId) {
        return jdbc.sql("select content from appeal_packet where id = ?").param(packetId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    boolean markSubmitted(long packetId, String actor, Instant now) {
        return jdbc.sql("update appeal_packet set submitted_by = ?, submitted_at = ? where id = ? and submitted_at is null")
                .params(actor, Timestamp.from(now), packetId).update() == 1;
    }

    private static AppealPacket packet(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp(13);
        return new AppealPacket(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), (Long) toLong(rs.getObject(5)),
                rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getString(12), submitted == null ? null : submitted.toInstant());
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
