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
public class AttachmentRepository {

    private static final String SELECT = """
            select id, denial_id, kind, file_name, media_type, size_bytes, content_sha256, description, uploaded_by,
                   uploaded_at
            from denial_attachment""";

    private final JdbcClient jdbc;

    public AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long denialId, AttachmentKind kind, String fileName, String mediaType, byte[] content, String sha256,
                String description, String actor, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into denial_attachment (denial_id, kind, file_name, media_type, size_bytes, content_sha256,
                    content, description, uploaded_by, uploaded_at)
                values (:denial, :kind, :name, :type, :size, :sha, :content, :description, :actor, :now)""")
                .param("denial", denialId).param("kind", kind.name()).param("name", fileName).param("type", mediaType)
                .param("size", content.length).param("sha", sha256).param("content", content)
                .param("description", description).param("actor", actor).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Attachment> of(long denialId) {
        return jdbc.sql(SELECT + " where denial_id = ? order by id").param(denialId)
                .query(AttachmentRepository::attachment).list();
    }

    Optional<Attachment> find(long denialId, long attachmentId) {
        return jdbc.sql(SELECT + " where denial_id = ? and id = ?").params(denialId, attachmentId)
                .query(AttachmentRepository::attachment).optional();
    }

    byte[] content(long attachmentId) {
        return jdbc.sql("select content from denial_attachment where id = ?").param(attachmentId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), AttachmentKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
