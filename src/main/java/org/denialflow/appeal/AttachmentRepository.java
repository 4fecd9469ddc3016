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

    /** Stores the content in the row, or (with {@code location}) only where the file lies. */
    long insert(long denialId, AttachmentKind kind, String fileName, String mediaType, long size, byte[] content,
                String location, String sha256, String description, String actor, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into denial_attachment (denial_id, kind, file_name, media_type, size_bytes, content_sha256,
                    content, content_location, description, uploaded_by, uploaded_at)
                values (:denial, :kind, :name, :type, :size, :sha, :content, :location, :description, :actor, :now)""")
                .param("denial", denialId).param("kind", kind.name()).param("name", fileName).param("type", mediaType)
                .param("size", size).param("sha", sha256).param("content", content, java.sql.Types.VARBINARY)
                .param("location", location)
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

    /** The content held in the row, or where its file lies. */
    record StoredContent(byte[] content, String location) {
    }

    StoredContent content(long attachmentId) {
        return jdbc.sql("select content, content_location from denial_attachment where id = ?").param(attachmentId)
                .query((rs, n) -> new StoredContent(rs.getBytes(1), rs.getString(2))).single();
    }

    boolean delete(long denialId, long attachmentId) {
        return jdbc.sql("delete from denial_attachment where denial_id = ? and id = ?").params(denialId, attachmentId)
                .update() == 1;
    }

    boolean isLocationUsed(String location) {
        return jdbc.sql("select count(*) from denial_attachment where content_location = ?").param(location)
                .query(Long.class).single() > 0;
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), AttachmentKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
