package io.rapporteur.catalog.documents;

import io.rapporteur.catalog.Digests;
import io.rapporteur.catalog.outbox.PendingEvents;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.DocumentSubmitted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The documents table. Facts may arrive before their document (two topics, no order between them), so nothing here
 * is a precondition for storing mentions; a withdrawal that comes first leaves a tombstone so that late facts of a
 * withdrawn document are not taken in.
 */
public final class DocumentStore {

    private record Stored(String contentHash, boolean withdrawn) {
    }

    /** Stores the document; announces it when it is new, changed, or back after a withdrawal. */
    public void submit(Connection connection, DocumentSubmitted document, PendingEvents events) throws SQLException {
        String hash = Digests.sha256(document.title(), document.text(), document.source(), document.published(),
                document.language(), document.mediaType());
        Stored stored = find(connection, document.documentId());
        if (stored != null && !stored.withdrawn() && hash.equals(stored.contentHash())) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into documents (id, title, text, source, published, language, media_type, received_at, content_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set title = excluded.title, "
                        + "text = excluded.text, source = excluded.source, published = excluded.published, "
                        + "language = excluded.language, media_type = excluded.media_type, received_at = excluded.received_at, "
                        + "content_hash = excluded.content_hash, cataloged_at = now(), withdrawn_at = null")) {
            upsert.setString(1, document.documentId());
            upsert.setString(2, document.title());
            upsert.setString(3, document.text());
            upsert.setString(4, document.source());
            upsert.setString(5, document.published());
            upsert.setString(6, document.language());
            upsert.setString(7, document.mediaType());
            upsert.setString(8, document.receivedAt());
            upsert.setString(9, hash);
            upsert.executeUpdate();
        }
        events.documentCataloged(new CatalogDocument(document.documentId(), document.title(), document.text(),
                document.source(), document.published(), document.language(), document.mediaType(),
                document.receivedAt()));
    }

    /**
     * Marks the document withdrawn (its text is dropped, its metadata kept), leaving a tombstone if it was never seen.
     *
     * @param hadMentions whether the caller removed mentions of it: a withdrawal is news if anything was known
     * @return true when this changed anything
     */
    public boolean withdraw(Connection connection, String documentId, boolean hadMentions, PendingEvents events)
            throws SQLException {
        Stored stored = find(connection, documentId);
        if (stored != null && stored.withdrawn() && !hadMentions) {
            return false;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into documents (id, withdrawn_at) values (?, now()) "
                        + "on conflict (id) do update set withdrawn_at = now(), text = null, content_hash = null")) {
            upsert.setString(1, documentId);
            upsert.executeUpdate();
        }
        if (stored != null || hadMentions) {
            events.documentWithdrawn(documentId);
        }
        return true;
    }

    public boolean isWithdrawn(Connection connection, String documentId) throws SQLException {
        Stored stored = find(connection, documentId);
        return stored != null && stored.withdrawn();
    }

    private Stored find(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select content_hash, withdrawn_at is not null from documents where id = ? for update")) {
            select.setString(1, documentId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Stored(rs.getString(1), rs.getBoolean(2)) : null;
            }
        }
    }
}
