package io.rapporteur.catalog.documents;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.service.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The catalog's record of one document (the query service serves documents with text and facts). */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final AgroalDataSource dataSource;

    public DocumentResource(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's metadata and mention count")
    public DocumentView get(@PathParam("id") String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select d.id, d.title, d.source, d.published, d.language, d.media_type, d.received_at,
                            d.cataloged_at::text, d.withdrawn_at::text,
                            (select count(*) from mentions m where m.document_id = d.id), coalesce(length(d.text), 0)
                     from documents d where d.id = ?""")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("no document with id '" + id + "' in the catalog");
                }
                return new DocumentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), rs.getLong(11));
            }
        }
    }
}
