package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.Place;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.segment.Token;

import java.util.Locale;

/**
 * Where a sentence says something happened: a city or state after "in" (with the state that follows a city's comma),
 * or "here" in a news item whose dateline names the city.
 */
public final class SentencePlaces {

    private final SentenceView v;

    SentencePlaces(SentenceView v) {
        this.v = v;
    }

    public record Hit(Place place, int start, int end, int tokEnd) {
    }

    /** "in Beijing", "in Bangkok, Thailand", "in Chongqing, China", "in China", "in Xyz, Viet Nam". */
    public Hit in(int fromTok, int toTok) {
        for (int i = Math.max(fromTok, 0); i < toTok; i++) {
            if (!v.tokens.get(i).is("in")) {
                continue;
            }
            int j = i + 1;
            if (v.tokenIs(j, "the") && v.token(j + 2) != null && (v.tokenIs(j + 2, "capital") || v.tokenIs(j + 2, "city"))) {
                j += 3; // "in the Fijian capital Suva", "in the coastal city Durban"
            }
            Mention m = v.firstRight(j, j + 2, x -> x.kind() == MentionKind.CITY || x.kind() == MentionKind.STATE && !x.inferred());
            if (m != null && (m.tokStart() == j || m.tokStart() == j + 1 && v.tokenIs(j, "the"))) {
                if (m.kind() == MentionKind.CITY) {
                    String country = m.country();
                    int end = m.end();
                    int tokEnd = m.tokEnd();
                    if (v.tokenIs(m.tokEnd(), ",")) {
                        Mention state = v.firstRight(m.tokEnd() + 1, m.tokEnd() + 2, x -> x.kind() == MentionKind.STATE);
                        if (state != null) {
                            country = state.id();
                            end = state.end();
                            tokEnd = state.tokEnd();
                        }
                    }
                    return new Hit(new Place(m.text(), country), m.start(), end, tokEnd);
                }
                String name = m.text().startsWith("the ") || m.text().startsWith("The ") ? m.text().substring(4) : m.text();
                return new Hit(new Place(name, m.id()), m.start(), m.end(), m.tokEnd());
            }
            Token t = v.token(j);
            if (t != null && t.isWord() && t.isCapitalised() && !v.kb.isNameStopword(t.norm()) && v.tokenIs(j + 1, ",")) {
                Mention state = v.firstRight(j + 2, j + 3, x -> x.kind() == MentionKind.STATE);
                if (state != null) {
                    return new Hit(new Place(t.text(), state.id()), t.start(), state.end(), state.tokEnd());
                }
            }
        }
        return datelineHere(fromTok, toTok);
    }

    /** "BEIJING, Nov. 5, 2019 (Xinhua) -- ... met with ... here": "here" is the dateline's city. */
    private Hit datelineHere(int fromTok, int toTok) {
        int here = v.findWord("here", Math.max(fromTok, 0), toTok);
        Mention city = here < 0 || v.mentions.isEmpty() ? null : v.mentions.get(0);
        if (city == null || city.kind() != MentionKind.CITY || city.tokStart() != 0 || !v.tokenIs(city.tokEnd(), ",")) {
            return null;
        }
        String name = city.text().equals(city.text().toUpperCase(Locale.ROOT)) && city.id() != null
                ? city.id() : city.text(); // "BEIJING" is Beijing
        Token t = v.tokens.get(here);
        return new Hit(new Place(name, city.country()), t.start(), t.end(), here + 1);
    }
}
