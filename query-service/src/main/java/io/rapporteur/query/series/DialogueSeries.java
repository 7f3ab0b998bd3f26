package io.rapporteur.query.series;

import com.fasterxml.jackson.databind.JsonNode;
import io.rapporteur.contract.ids.TextFolding;
import io.rapporteur.query.readmodel.FactSummaries;
import io.rapporteur.query.readmodel.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Groups EXCHANGE facts into recurring series: the same format between the same set of participants on the same
 * topic. A round whose topic the text does not give joins the series of its format and participants when there is
 * exactly one. A series is recurring when it has a numbered round or more than one round.
 */
public final class DialogueSeries {

    public record Place(String name, String country) {
    }

    public record Round(Integer ordinal, String date, String status, Place place, String factId,
                        List<SourceRef> sources) {
    }

    public record Series(String format, List<String> participants, String topic, List<Round> rounds,
                         List<Integer> missingRounds) {
    }

    private DialogueSeries() {
    }

    public static List<Series> of(List<FactSummaries.Summary> exchanges) {
        Map<String, List<FactSummaries.Summary>> byKey = new LinkedHashMap<>();
        List<FactSummaries.Summary> withoutTopic = new ArrayList<>();
        for (FactSummaries.Summary exchange : exchanges) {
            if (topic(exchange.fact()) == null) {
                withoutTopic.add(exchange);
            } else {
                byKey.computeIfAbsent(key(exchange.fact(), true), k -> new ArrayList<>()).add(exchange);
            }
        }
        for (FactSummaries.Summary exchange : withoutTopic) {
            String sides = key(exchange.fact(), false);
            List<String> candidates = byKey.keySet().stream().filter(k -> k.startsWith(sides + "|topic=")).toList();
            String target = candidates.size() == 1 ? candidates.get(0) : sides + "|topic=";
            byKey.computeIfAbsent(target, k -> new ArrayList<>()).add(exchange);
        }
        List<Series> series = new ArrayList<>();
        for (List<FactSummaries.Summary> members : byKey.values()) {
            List<Round> rounds = members.stream().map(DialogueSeries::round)
                    .sorted(Comparator.comparing(Round::ordinal, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Round::date, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            boolean numbered = rounds.stream().anyMatch(r -> r.ordinal() != null);
            if (!numbered && rounds.size() < 2) {
                continue;
            }
            JsonNode first = members.get(0).fact();
            String topic = members.stream().map(m -> topic(m.fact())).filter(Objects::nonNull).findFirst().orElse(null);
            series.add(new Series(first.path("format").asText(null), participants(first), topic, rounds,
                    missing(rounds)));
        }
        series.sort(Comparator.comparing((Series s) -> String.join(",", s.participants()))
                .thenComparing(Series::format, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Series::topic, Comparator.nullsLast(Comparator.naturalOrder())));
        return series;
    }

    /** The ordinals between 1 and the highest known that no source reports. */
    static List<Integer> missing(List<Round> rounds) {
        TreeSet<Integer> known = new TreeSet<>();
        rounds.forEach(r -> {
            if (r.ordinal() != null) {
                known.add(r.ordinal());
            }
        });
        List<Integer> missing = new ArrayList<>();
        if (!known.isEmpty()) {
            for (int i = 1; i < known.last(); i++) {
                if (!known.contains(i)) {
                    missing.add(i);
                }
            }
        }
        return missing;
    }

    private static Round round(FactSummaries.Summary exchange) {
        JsonNode fact = exchange.fact();
        JsonNode place = fact.path("place");
        return new Round(fact.path("ordinal").isInt() ? fact.path("ordinal").asInt() : null,
                fact.path("date").asText(null), fact.path("status").asText(null),
                place.isObject() ? new Place(place.path("name").asText(null), place.path("country").asText(null)) : null,
                exchange.id(), exchange.sources());
    }

    private static String key(JsonNode fact, boolean withTopic) {
        String sides = "format=" + fact.path("format").asText("") + "|participants=" + String.join(",", participants(fact));
        if (!withTopic) {
            return sides;
        }
        String topic = topic(fact);
        return sides + "|topic=" + (topic == null ? "" : TextFolding.fold(topic));
    }

    private static List<String> participants(JsonNode fact) {
        TreeSet<String> ids = new TreeSet<>();
        fact.path("participants").forEach(p -> ids.add(p.path("id").asText()));
        return List.copyOf(ids);
    }

    private static String topic(JsonNode fact) {
        String topic = fact.path("topic").asText(null);
        return topic == null || topic.isBlank() ? null : topic;
    }
}
