package io.rapporteur.query.series;

import io.rapporteur.query.readmodel.FactSummaries;
import io.rapporteur.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recurring dialogues, consultations, seminars...: their rounds and the rounds no source reports. */
@Path("/api/series")
public class SeriesResource {

    private static final Set<String> FORMATS = Set.of("DIALOGUE", "CONSULTATION", "SYMPOSIUM", "SEMINAR", "ROUND_TABLE",
            "FORUM", "CONFERENCE", "WORKSHOP", "SESSION");

    @Inject
    FactSummaries summaries;

    public record SeriesList(List<DialogueSeries.Series> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each recurring EXCHANGE series (participants + format + topic) with its rounds in order and "
            + "the missing rounds (ordinal gaps between 1 and the highest known)")
    public SeriesList series(@QueryParam("participant") List<String> participants, @QueryParam("format") String format) {
        List<FactSummaries.Named> filters = new ArrayList<>();
        for (String participant : participants) {
            if (participant != null && !participant.isBlank()) {
                filters.add(new FactSummaries.Named("participants", participant.trim()));
            }
        }
        List<DialogueSeries.Series> all = DialogueSeries.of(summaries.ofType("EXCHANGE", filters));
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toUpperCase();
            if (!FORMATS.contains(wanted)) {
                throw ProblemException.badRequest("format '" + format + "' is not an exchange format; use one of "
                        + String.join(", ", FORMATS.stream().sorted().toList()));
            }
            all = all.stream().filter(s -> wanted.equals(s.format())).toList();
        }
        return new SeriesList(all);
    }
}
