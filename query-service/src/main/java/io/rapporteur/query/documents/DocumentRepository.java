package io.rapporteur.query.documents;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.query.readmodel.ReadModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads documents from the active read models. */
@ApplicationScoped
public class DocumentRepository {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;

    /** A document of the list, without its text. */
    public record DocumentSummary(String id, String title, String published, String source, String language,
                                  int factCount) {
    }

    /** A document with its text; facts holds the JSON array of its facts, each with this document's mentions. */
    public record DocumentPage(String id, String title, String published, String source, String language,
                               String mediaType, String receivedAt, String text, String factsJson) {
    }

    @FunctionalInterface
    public interface SummarySink {
        void accept(DocumentSummary summary) throws IOException;
    }

    /** Every document, newest publication first (undated last), then id. */
    public void list(SummarySink sink) {
        String sql = readModels.sql("""
                SELECT d.id, d.title, d.published, d.source, d.language,
                       (SELECT count(DISTINCT m.fact_id) FROM {rm}.mentions m WHERE m.document_id = d.id)
                FROM {rm}.documents d ORDER BY d.published DESC NULLS LAST, d.id
                """);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getInt(6)));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list documents", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<DocumentPage> byId(String id) {
        String sql = readModels.sql("""
                SELECT d.id, d.title, d.published, d.source, d.language, d.media_type, d.received_at, d.text,
                       coalesce((
                           SELECT jsonb_agg(fact ORDER BY first_start, fact_id)
                           FROM (SELECT f.id AS fact_id,
                                        (SELECT min((m.source -> 'sentence' ->> 'start')::int)
                                         FROM {rm}.mentions m WHERE m.fact_id = f.id AND m.document_id = d.id) AS first_start,
                                        f.served::jsonb || jsonb_build_object('mentions',
                                            (SELECT jsonb_agg(m.source ORDER BY m.sentence_index, m.mention_id)
                                             FROM {rm}.mentions m WHERE m.fact_id = f.id AND m.document_id = d.id)) AS fact
                                 FROM {rm}.facts f
                                 WHERE EXISTS (SELECT 1 FROM {rm}.mentions m WHERE m.fact_id = f.id AND m.document_id = d.id)
                                ) facts_of_document), '[]'::jsonb)::text
                FROM {rm}.documents d WHERE d.id = ?
                """);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read document " + id, e);
        }
    }
}
