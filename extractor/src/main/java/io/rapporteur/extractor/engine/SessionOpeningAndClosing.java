package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.date.IsoDates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One numbered session told by its opening and its closing: "The twenty-fifth session ... opened in Geneva on 18
 * September" and "... this afternoon closed its twenty-fifth session" (29 September) are one session, held from the
 * first day to the last. Days of the same numbered session of the same body, a few weeks apart at most, become its
 * span; sessions are never longer than that, so days further apart are left as they are.
 */
final class SessionOpeningAndClosing {

    /** The longest session a body holds (treaty bodies and the Council: four to five weeks). */
    static final long MAX_SESSION_DAYS = 45;

    List<Fact> merge(Collection<Fact> facts) {
        Map<String, List<Fact>> sessions = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (isDatedSession(f)) {
                sessions.computeIfAbsent(FactIdentity.undatedKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            List<Fact> same = isDatedSession(f) ? sessions.get(FactIdentity.undatedKey(f)) : null;
            if (same == null || same.size() < 2) {
                out.add(f);
                continue;
            }
            if (same.get(0) != f) {
                continue; // folded into the first one told
            }
            String first = same.stream().map(s -> IsoDates.start(s.date())).min(String::compareTo).orElseThrow();
            String last = same.stream().map(s -> IsoDates.end(s.date())).max(String::compareTo).orElseThrow();
            long days = ChronoUnit.DAYS.between(LocalDate.parse(first), LocalDate.parse(last));
            if (days <= 0 || days > MAX_SESSION_DAYS) {
                out.addAll(same);
                continue;
            }
            // what one sentence says of it and the other does not (its name, where it met) stays
            Map<String, Object> fields = new LinkedHashMap<>(f.fields());
            for (Fact other : same) {
                other.fields().forEach((name, value) -> {
                    if (value != null && fields.get(name) == null) {
                        fields.put(name, value);
                    }
                });
            }
            out.add(new Fact(null, f.type(), fields, first + "/" + last, f.status(), f.evidence(), f.provenance(),
                    f.confidence(), f.cameo(), f.extractorVersion()));
        }
        return out;
    }

    /** A held session with a round number, dated by days (a day or a span of days). */
    static boolean isDatedSession(Fact f) {
        return f.type() == FactType.EXCHANGE && "SESSION".equals(f.text("format")) && f.field("ordinal") != null
                && f.status() == null && f.date() != null && IsoDates.start(f.date()).length() == 10
                && IsoDates.end(f.date()).length() == 10;
    }
}
