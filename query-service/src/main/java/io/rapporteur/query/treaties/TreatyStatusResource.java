package io.rapporteur.query.treaties;

import com.fasterxml.jackson.databind.JsonNode;
import io.rapporteur.query.readmodel.FactSummaries;
import io.rapporteur.query.readmodel.SourceRef;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where each state stands with each treaty: its signatures, ratifications, accessions..., dated and sourced. */
@Path("/api/treaty-status")
public class TreatyStatusResource {

    @Inject
    FactSummaries summaries;

    public record Action(String action, String date, String status, String factId, List<SourceRef> sources) {
    }

    public record TreatyStatus(String state, String treaty, String standing, List<Action> actions) {
    }

    public record TreatyStatusList(List<TreatyStatus> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "For each state and treaty, its treaty actions in date order with their sources; "
            + "standing = the strongest of them (SIGNATORY, PARTY)")
    public TreatyStatusList status(@QueryParam("state") String state, @QueryParam("treaty") String treaty) {
        List<FactSummaries.Named> filters = new ArrayList<>();
        if (state != null && !state.isBlank()) {
            filters.add(new FactSummaries.Named("actor", state.trim()));
        }
        if (treaty != null && !treaty.isBlank()) {
            String id = treaty.trim().startsWith("treaty:") ? treaty.trim() : "treaty:" + treaty.trim();
            filters.add(new FactSummaries.Named("treaty", id));
        }
        Map<String, List<FactSummaries.Summary>> byPair = new TreeMap<>();
        for (FactSummaries.Summary summary : summaries.ofType("TREATY_ACTION", filters)) {
            String actor = entityId(summary.fact(), "actor");
            String treatyId = entityId(summary.fact(), "treaty");
            if (actor != null && treatyId != null) {
                byPair.computeIfAbsent(actor + "\t" + treatyId, k -> new ArrayList<>()).add(summary);
            }
        }
        List<TreatyStatus> items = new ArrayList<>();
        byPair.forEach((pair, facts) -> {
            String[] parts = pair.split("\t");
            List<Action> actions = facts.stream().map(f -> new Action(f.fact().path("action").asText(null),
                    f.fact().path("date").asText(null), f.fact().path("status").asText(null), f.id(),
                    f.sources())).toList();
            // Announced or called-off actions do not change where a state stands.
            String standing = TreatyStandings.standing(actions.stream().filter(a -> a.status() == null)
                    .map(Action::action).toList());
            items.add(new TreatyStatus(parts[0], parts[1], standing, actions));
        });
        return new TreatyStatusList(items);
    }

    private static String entityId(JsonNode fact, String field) {
        JsonNode id = fact.path(field).path("id");
        return id.isTextual() ? id.asText() : null;
    }
}
