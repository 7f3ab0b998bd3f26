package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/** Where an exchange was held, and the places of several rounds listed in order ("in Canberra and Hanoi"). */
final class ExchangePlaces {

    private ExchangePlaces() {
    }

    /** Where the exchange was held: after its name, after the verb, in a fronted "In ...," or a chronology's entry. */
    static SentencePlaces.Hit placeTold(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce, int nameStart,
                                           int nameEnd) {
        SentencePlaces.Hit place = v.places().in(nameEnd, ce);
        if (place == null && verb.tokStart() > noun.tokStart()) {
            place = v.places().in(verb.tokEnd(), ce);
        }
        if (place == null && verb.tokEnd() < nameStart) { // "organized in Hanoi, in September 2014, a seminar"
            place = v.places().in(verb.tokEnd(), nameStart);
        }
        if (place == null && v.tokenIs(cs, "in")) { // "In the Fijian capital Suva, the Pacific Regional Conference"
            int comma = v.findWord(",", cs, nameStart); // (the fronted phrase only, not an earlier predicate's place)
            place = v.places().in(cs, comma > cs ? comma : nameStart);
        }
        if (place == null && verb.tokEnd() - verb.tokStart() == 1 && verb.tokStart() < nameStart
                && (v.tokenIs(verb.tokStart(), ":") || v.tokenIs(verb.tokStart(), "-")
                || v.tokenIs(verb.tokStart(), "\u2013") || v.tokenIs(verb.tokStart(), "\u2014"))) {
            place = entryPlace(v, nameEnd); // a chronology's "...: fifth ... Dialogue, Hanoi."
            Mention city = place != null ? null : entryCityBeforeColon(v, verb.tokEnd());
            if (city != null) {
                place = cityHit(city); // "14-15 May 2002 - Oslo: first Indonesia-Norway Human Rights Dialogue."
            }
        }
        SentencePlaces.Hit respective = respectivePlace(v, noun, verb, cs, ce);
        return respective != null ? respective : place;
    }

    /**
     * "the 12th China-Switzerland Human Rights Dialogue and the 33rd China-EU Human Rights Dialogue were held in
     * Beijing and Brussels, respectively": as many places after the verb as exchanges named before it, paired in
     * order; null where the sentence does not pair them.
     */
    private static SentencePlaces.Hit respectivePlace(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce) {
        if (!v.respectively() || verb.tokStart() < noun.tokStart()) {
            return null;
        }
        List<CueMatch> named = v.cues(CueKind.EXCHANGE_NOUN).stream()
                .filter(c -> c.tokStart() >= cs && c.tokStart() < verb.tokStart()).toList();
        int index = named.indexOf(noun);
        if (named.size() < 2 || index < 0) {
            return null;
        }
        List<SentencePlaces.Hit> places = roundPlaces(v, verb.tokEnd(), ce, named.size());
        return places.size() == named.size() ? places.get(index) : null;
    }

    /** "two rounds ..., in Beijing in February and in Luxembourg in October": the place of each round, in order. */
    static List<SentencePlaces.Hit> roundPlaces(SentenceView v, int from, int ce, int count) {
        List<SentencePlaces.Hit> out = new ArrayList<>();
        int pos = from;
        while (count >= 2 && pos < ce) {
            SentencePlaces.Hit hit = out.isEmpty() ? v.places().in(pos, ce) : coordinatedCity(v, pos);
            if (hit == null) {
                hit = v.places().in(pos, ce);
            }
            if (hit == null) {
                break;
            }
            out.add(hit);
            pos = hit.tokEnd();
        }
        return out;
    }

    /** "in Canberra and Hanoi", "in Geneva, Bern and Beijing": a city coordinated right after the last place. */
    private static SentencePlaces.Hit coordinatedCity(SentenceView v, int pos) {
        int j = v.pastListJoint(pos);
        if (j == pos) {
            return null;
        }
        Mention city = v.firstRight(j, j + 1, m -> m.kind() == MentionKind.CITY);
        return city == null || city.tokStart() != j ? null
                : cityHit(city);
    }

    /** The city a chronology's entry names after the event's name ("..., Hanoi.") or before its date ("Hanoi, 27 July:"). */
    private static SentencePlaces.Hit entryPlace(SentenceView v, int nameEnd) {
        Mention city = v.tokenIs(nameEnd, ",") ? v.firstRight(nameEnd + 1, nameEnd + 2, m -> m.kind() == MentionKind.CITY)
                : null;
        if (city == null && v.tokenIs(1, ",")) {
            city = v.firstRight(0, 1, m -> m.kind() == MentionKind.CITY && m.tokEnd() == 1);
        }
        return city == null ? null
                : cityHit(city);
    }

    /**
     * The city a chronology's entry names right after its dash, closed by a colon ("14-15 May 2002 - Oslo: first ...
     * Dialogue."), at token {@code afterDash}; else null.
     */
    static Mention entryCityBeforeColon(SentenceView v, int afterDash) {
        Mention city = v.firstRight(afterDash, afterDash + 1, m -> m.kind() == MentionKind.CITY && m.tokStart() == afterDash);
        return city != null && v.tokenIs(city.tokEnd(), ":") ? city : null;
    }

    /** A city's mention as a place found. */
    private static SentencePlaces.Hit cityHit(Mention city) {
        return new SentencePlaces.Hit(new Place(city.text(), city.country()), city.start(), city.end(), city.tokEnd());
    }
}
