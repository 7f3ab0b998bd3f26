package io.rapporteur.catalog.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
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
import java.util.ArrayList;
import java.util.List;

/** The catalog's view of one canonical fact (the query service serves the searchable read model). */
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public FactResource(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    @GET
    @Path("{canonicalId}")
    @Operation(summary = "A canonical fact with its mentions and conflicts")
    public CanonicalFactView get(@PathParam("canonicalId") String id) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Fact fact;
            boolean retracted;
            try (PreparedStatement select = connection.prepareStatement(
                    "select fact::text, retracted from canonical_facts where id = ? and state_hash <> ''")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("no canonical fact with id '" + id + "'");
                    }
                    fact = FactJson.fromJson(mapper.readTree(rs.getString(1)));
                    retracted = rs.getBoolean(2);
                }
            }
            List<Fact> sources = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select document_id, fact::text from mentions where canonical_id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        documents.add(rs.getString(1));
                        sources.add(FactJson.fromJson(mapper.readTree(rs.getString(2))));
                    }
                }
            }
            List<Mention> mentions = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                mentions.add(Mentions.of(documents.get(i), sources.get(i)));
            }
            mentions.sort((a, b) -> a.mentionId().compareTo(b.mentionId()));
            FactStore store = new FactStore(mapper, new EntityStore(), ConflictRules.standard());
            return new CanonicalFactView(id, retracted, fact, mentions, List.copyOf(store.conflictsOf(connection, id)));
        }
    }
}
