package io.fleet.dispatch.complaint;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A complaint's photo, in PostgreSQL (bytea) so it is backed up and kept with its case. The type is read from the
 * bytes, not from what the sender claims: JPEG, PNG or WebP, at most fleet.complaints.photo-max-bytes.
 */
@ApplicationScoped
public class Photos {

    private final EntityManager entities;
    private final ComplaintConfig config;

    Photos(EntityManager entities, ComplaintConfig config) {
        this.entities = entities;
        this.config = config;
    }

    public record Photo(String contentType, byte[] bytes) {
    }

    /** The image type of {@code bytes} by their signature, or null when they are none of the accepted ones. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Checks a photo before anything is stored; 400 naming {@code field} when it is not acceptable. */
    public String check(String field, byte[] bytes) {
        if (bytes.length == 0) {
            throw Problems.badField(field, "the photo is empty");
        }
        if (bytes.length > config.photoMaxBytes()) {
            throw Problems.badField(field, "the photo is " + bytes.length + " bytes; at most " + config.photoMaxBytes()
                    + " are accepted");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw Problems.badField(field, "only JPEG, PNG or WebP photos are accepted");
        }
        return type;
    }

    /** Stores (or replaces) the photo of a case; call inside the case's transaction. */
    void store(long complaintId, String contentType, byte[] bytes) {
        entities.createNativeQuery("""
                INSERT INTO complaint_photo (complaint_id, content_type, size_bytes, bytes) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (complaint_id) DO UPDATE SET content_type = excluded.content_type,
                    size_bytes = excluded.size_bytes, bytes = excluded.bytes""")
                .setParameter(1, complaintId).setParameter(2, contentType).setParameter(3, bytes.length)
                .setParameter(4, bytes).executeUpdate();
    }

    boolean has(long complaintId) {
        return !entities.createNativeQuery("SELECT 1 FROM complaint_photo WHERE complaint_id = ?1")
                .setParameter(1, complaintId).getResultList().isEmpty();
    }

    Photo load(long complaintId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(
                        "SELECT content_type, bytes FROM complaint_photo WHERE complaint_id = ?1")
                .setParameter(1, complaintId).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("photo of complaint", complaintId);
        }
        return new Photo((String) rows.get(0)[0], (byte[]) rows.get(0)[1]);
    }
}
