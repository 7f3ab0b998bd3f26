package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * The session a treaty body's document was adopted at, as its footnote states it: "Adopted by the Committee at its
 * sixty-fourth session (24 September-12 October 2018)." An EXCHANGE of format SESSION held by that body, with its
 * number and the span written right after it.
 */
public final class AdoptedAtSessionRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int adopted = v.findWord("adopted", 0, v.tokens.size());
        if (adopted < 0) {
            return;
        }
        for (int s = adopted + 1; s < v.tokens.size(); s++) {
            if (!v.tokenIs(s, "session")) {
                continue;
            }
            int[] ordinal = v.ordinals().endingAt(s - 1);
            if (ordinal == null || !v.tokenIs(ordinal[1] - 1, "its") || !v.tokenIs(ordinal[1] - 2, "at")) {
                continue;
            }
            Mention body = v.nearestLeft(ordinal[1], m -> m.kind() == MentionKind.ORG && m.id() != null
                    && m.tokStart() > adopted && v.kb.monitoredTreaty(m.id()) != null);
            // the span in brackets right after the session: "(24 September-12 October 2018)"
            DateMention span = v.tokenIs(s + 1, "(") ? v.datesIn(s + 2, Math.min(v.tokens.size(), s + 3)).stream()
                    .filter(d -> d.iso() != null && d.to() != null).findFirst().orElse(null) : null;
            if (body == null || span == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.EXCHANGE).status(null, "SESSION").code("format", "SESSION")
                    .entities("participants", List.of(body));
            fact.fields.put("ordinal", ordinal[0]);
            fact.text("name", v.doc.substring(v.token(ordinal[1]).start(), v.token(s).end()), v.token(ordinal[1]).start(),
                    v.token(s).end());
            fact.date(span.iso(), false);
            out.add(fact);
        }
    }
}
