package io.rapporteur.catalog.documents;

import io.rapporteur.catalog.ArrayRows;
import io.rapporteur.catalog.Digests;
import io.rapporteur.catalog.TextArrays;
import io.rapporteur.catalog.outbox.PendingEvents;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.DocumentSubmitted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents table. Facts may arrive before their document (two topics, no order between them), so nothing here
 * is a precondition for storing mentions; a withdrawal that comes first leaves a tombstone so that late facts of a
 * withdrawn document are not taken in.
 */
public final class DocumentStore {

    private record Stored(String contentHash, boolean withdrawn) {
    }

    /**
     * Stores the documents (one read, one upsert); announces each that is new, changed, or back after a withdrawal.
     * Of two submissions of one document here, the later wins.
     */
    public void submit(Connection connection, List<DocumentSubmitted> submissions, PendingEvents events)
            throws SQLException {
        if (submissions.isEmpty()) {
            return;
        }
        Map<String, DocumentSubmitted> latest = new LinkedHashMap<>();
        submissions.forEach(document -> {
            latest.remove(document.documentId());
            latest.put(document.documentId(), document);
        });
        Map<String, Stored> stored = find(connection, latest.keySet());
        List<DocumentSubmitted> changed = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (DocumentSubmitted document : latest.values()) {
            String hash = Digests.sha256(document.title(), document.text(), document.source(), document.published(),
                    document.language(), document.mediaType());
            Stored before = stored.get(document.documentId());
            if (before == null || before.withdrawn() || !hash.equals(before.contentHash())) {
                changed.add(document);
                hashes.add(hash);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into documents (id, title, text, source, published, language, media_type, received_at, content_hash) "
                        + "select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[]) "
                        + "on conflict (id) do update set title = excluded.title, "
                        + "text = excluded.text, source = excluded.source, published = excluded.published, "
                        + "language = excluded.language, media_type = excluded.media_type, received_at = excluded.received_at, "
                        + "content_hash = excluded.content_hash, cataloged_at = now(), withdrawn_at = null")) {
            ArrayRows rows = new ArrayRows("text", "text", "text", "text", "text", "text", "text", "text", "text");
            for (int i = 0; i < changed.size(); i++) {
                DocumentSubmitted d = changed.get(i);
                rows.add(d.documentId(), d.title(), d.text(), d.source(), d.published(), d.language(), d.mediaType(),
                        d.receivedAt(), hashes.get(i));
            }
            rows.bind(connection, upsert, 1);
            upsert.executeUpdate();
        }
        for (DocumentSubmitted document : changed) {
            events.documentCataloged(new CatalogDocument(document.documentId(), document.title(), document.text(),
                    document.source(), document.published(), document.language(), document.mediaType(),
                    document.receivedAt()));
        }
    }

    /**
     * Marks the document withdrawn (its text is dropped, its metadata kept), leaving a tombstone if it was never seen.
     *
     * @param hadMentions whether the caller removed mentions of it: a withdrawal is news if anything was known
     * @return true when this changed anything
     */
    public boolean withdraw(Connection connection, String documentId, boolean hadMentions, PendingEvents events)
            throws SQLException {
        Stored stored = find(connection, List.of(documentId)).get(documentId);
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

    /** Those of these documents that are withdrawn. */
    public Set<String> withdrawn(Connection connection, Collection<String> documentIds) throws SQLException {
        Set<String> withdrawn = new HashSet<>();
        find(connection, documentIds).forEach((id, stored) -> {
            if (stored.withdrawn()) {
                withdrawn.add(id);
            }
        });
        return withdrawn;
    }

    private Map<String, Stored> find(Connection connection, Collection<String> documentIds) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, content_hash, withdrawn_at is not null from documents where id = any(?) order by id for update")) {
            select.setArray(1, TextArrays.text(connection, documentIds));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return stored;
    }
}
