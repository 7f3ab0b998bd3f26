package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who hosted or organised an exchange: "co-hosted by A and B", "which A and B co-hosted", "jointly with A", the host
 * city's state.
 */
final class ExchangeHosts {

    private ExchangeHosts() {
    }

    /**
     * "..., which the Chinese government and the Office of the High Commissioner co-hosted in Beijing": the subjects
     * of a relative clause right after the exchange's name, before its verb; empty otherwise.
     */
    static List<Mention> relativeHosts(SentenceView v, int nameEnd, CueMatch verb) {
        int which = v.tokenIs(nameEnd, ",") ? nameEnd + 1 : nameEnd;
        if (!v.tokenIs(which, "which") && !v.tokenIs(which, "that")) {
            return List.of();
        }
        final int verbTok = verb.tokStart();
        Mention last = v.nearestLeft(verbTok, m -> Roles.PARTY.test(m) && m.tokEnd() == verbTok
                || Roles.PARTY.test(m) && m.tokEnd() == verbTok - 1 && v.tokenIs(verbTok - 1, "jointly"));
        if (last == null || last.tokStart() <= which) {
            return List.of();
        }
        return v.coordinatedLeft(last, Roles.PARTY).stream().filter(m -> m.tokStart() > which).toList();
    }

    /** "With the support of A", "with assistance from A": the words of the support that makes A a co-organiser. */
    private static final Set<String> SUPPORT = Set.of("support", "assistance", "help");

    /** The most words between "with" and its support: "With financial and technical support from the DIHR". */
    private static final int SUPPORT_MODIFIERS = 4;

    /** Whether "with" opens the phrase of the support word at {@code support}, past its article and modifiers. */
    private static boolean withBeforeSupport(SentenceView v, int support) {
        for (int k = support - 1; k >= Math.max(0, support - 1 - SUPPORT_MODIFIERS); k--) {
            if (v.tokenIs(k, "with")) {
                return true;
            }
            if (v.token(k) == null || !v.token(k).isWord() || v.token(k).isCapitalised() && k > 0) {
                return false;
            }
        }
        return false;
    }

    /** "in cooperation with A and B", "together with A", "jointly with A" before the verb: co-organisers. */
    static List<Mention> cooperatingWith(SentenceView v, int from, int verbTok) {
        for (int i = from; i < verbTok; i++) {
            boolean cooperation = v.tokenIs(i, "with") && (v.tokenIs(i - 1, "together") || v.tokenIs(i - 1, "jointly")
                    || v.tokenIs(i - 2, "in") && (v.tokenIs(i - 1, "cooperation") || v.tokenIs(i - 1, "collaboration")
                    || v.tokenIs(i - 1, "partnership") || v.tokenIs(i - 1, "conjunction")))
                    // "With the support of OHCHR, the Ministry ... organized", "with assistance from UNDP"
                    || (v.tokenIs(i, "of") || v.tokenIs(i, "from")) && SUPPORT.contains(v.token(i - 1) == null ? "" : v.token(i - 1).norm())
                    && withBeforeSupport(v, i - 1);
            if (cooperation) {
                Mention first = v.firstRight(i + 1, Math.min(verbTok, i + 3), Roles.PARTY);
                return first == null ? List.of() : v.coordinatedRight(first, m -> Roles.PARTY.test(m) && m.tokEnd() <= verbTok);
            }
        }
        return List.of();
    }

    /**
     * "hosted, jointly with OHCHR, a workshop", "organised, together with A and B, a consultation", "co-hosted with
     * the Government of The Gambia a round table": the co-organisers named between a hosting verb and the exchange.
     */
    static List<Mention> coHostsBetween(SentenceView v, CueMatch verb, int nameStart) {
        int at = verb.tokEnd();
        if (v.tokenIs(at, ",")) {
            at++;
        }
        boolean hosting = v.kb.words("hosting-verbs").contains(v.token(verb.tokEnd() - 1).norm());
        boolean with = v.tokenIs(at, "with") && hosting
                || (v.tokenIs(at, "jointly") || v.tokenIs(at, "together")) && v.tokenIs(at + 1, "with");
        if (!with || at >= nameStart) {
            return List.of();
        }
        int withTok = v.tokenIs(at, "with") ? at : at + 1;
        Mention first = v.firstRight(withTok + 1, Math.min(nameStart, withTok + 3), Roles.PARTY);
        return first == null ? List.of() : v.coordinatedRight(first, m -> Roles.PARTY.test(m) && m.tokEnd() <= nameStart);
    }

    /**
     * The state that hosted a titled exchange no side is named for, from where it "was held" or "took place": the
     * city's country or the state named. Null when the verb comes before the exchange or the sentence names no place.
     */
    static Mention hostByPlace(SentenceView v, int nameEnd, CueMatch verb, int ce) {
        boolean finite = v.tokenIs(verb.tokStart(), "took") || v.tokenIs(verb.tokStart(), "was")
                || v.tokenIs(verb.tokStart(), "were") || v.tokenIs(verb.tokStart() - 1, "was")
                || v.tokenIs(verb.tokStart() - 1, "were");
        if (verb.tokStart() < nameEnd || !finite) {
            return null; // "At the Fourth World Conference on Women, held in Beijing, ...": a setting, not a report
        }
        SentencePlaces.Hit place = v.places().in(verb.tokEnd(), ce);
        if (place == null || place.place().country() == null) {
            return null;
        }
        Mention city = v.firstRight(v.tokenAt(place.start()), place.tokEnd(), Roles.DESTINATION);
        return city == null ? null : city.withId(place.place().country(), MentionKind.STATE);
    }

    /** How many sentences after an event named without its hosts they may be given. */
    private static final int HOSTS_REACH = 2;

    /**
     * "The 2015 Beijing Forum on Human Rights was held in Beijing from September 16 to 17, 2015. Co-sponsored by A and
     * B, the forum, the eighth of its kind, brought together ...": the event the sentence before named, held by them.
     */
    static void hostsOfTheEventJustNamed(SentenceView v, List<FactDraft> out) {
        Discourse.EventAwaitingHosts event = v.discourse.eventAwaitingHosts();
        if (event == null || v.sentence.index() - event.sentence() > HOSTS_REACH || v.sentence.index() == event.sentence()) {
            return;
        }
        int comma = v.findWord(",", 0, v.tokens.size());
        List<Mention> hosts = comma < 0 ? List.of() : passiveHosts(v, 0, comma);
        CueMatch ref = hosts.isEmpty() ? null : v.cues(CueKind.EVENT_ANAPHOR).stream()
                .filter(c -> c.tokStart() == comma + 1 && event.format().equals(c.value(CueKind.EVENT_ANAPHOR)))
                .findFirst().orElse(null);
        if (ref == null) {
            return;
        }
        v.discourse.eventAwaitingHosts(null);
        FactDraft fact = new FactDraft(FactType.EXCHANGE).status(null, event.format()).code("format", event.format())
                .entities("participants", hosts);
        fact.text("name", event.name(), 0, 0);
        Integer ordinal = event.ordinal() != null ? event.ordinal() : ExchangeRounds.ofItsKind(v);
        if (ordinal != null) {
            fact.fields.put("ordinal", ordinal);
        }
        if (event.place() != null) {
            fact.fields.put("place", event.place());
        }
        fact.date(event.date(), true);
        out.add(fact);
        v.events().remember(event.format(), fact, event.name());
    }

    /** "..., co-hosted by the China Society for Human Rights Studies and Ethiopia's Ministry of Foreign Affairs". */
    static List<Mention> passiveHosts(SentenceView v, int from, int ce) {
        for (int k = from; k + 1 < ce; k++) {
            if (v.tokenIs(k, "where") || v.tokenIs(k, "which") && (v.tokenIs(k - 1, "at")
                    || v.tokenIs(k - 1, "during") || v.tokenIs(k - 1, "in") || v.tokenIs(k - 1, "on"))) {
                break; // "the session, at which a motion sponsored by the United States was defeated": what happened there
            }
            boolean hyphenated = v.tokenIs(k + 1, "-") && k + 3 < ce; // "co-hosted" is three tokens
            String verb = hyphenated ? v.token(k).norm() + "-" + v.token(k + 2).norm() : v.token(k).norm();
            int by = byAfterHowAndWhere(v, hyphenated ? k + 3 : k + 1, ce);
            if (v.kb.words("hosting-verbs").contains(verb) && v.tokenIs(by, "by")) {
                Mention first = v.firstRight(by + 1, Math.min(ce, by + 3), Roles.PARTY);
                if (first == null) {
                    return List.of();
                }
                List<Mention> hosts = new ArrayList<>(v.coordinatedRight(first, Roles.PARTY));
                // "convened by the African Union and hosted by Rwanda": a second participle's hosts too
                int after = hosts.get(hosts.size() - 1).tokEnd();
                if (v.tokenIs(after, "and") && v.kb.words("hosting-verbs").contains(v.token(after + 1) == null ? ""
                        : v.token(after + 1).norm()) && v.tokenIs(after + 2, "by")) {
                    Mention second = v.firstRight(after + 3, Math.min(ce, after + 5), Roles.PARTY);
                    if (second != null) {
                        hosts.addAll(v.coordinatedRight(second, Roles.PARTY));
                    }
                }
                return hosts;
            }
        }
        return List.of();
    }

    /**
     * Where a participle's "by" is, past the "jointly" and the place that may stand between: "organised jointly by",
     * "co-organized in Freetown by", "organised jointly in Kampala, Uganda, by". {@code at} itself when neither does.
     */
    private static int byAfterHowAndWhere(SentenceView v, int at, int ce) {
        int k = at;
        if (v.tokenIs(k, "jointly")) {
            k++;
        }
        if (v.tokenIs(k, "in") && k + 1 < ce) {
            Mention place = v.firstRight(k + 1, k + 2, Roles.DESTINATION);
            int end = place == null || place.tokStart() != k + 1 ? -1 : place.tokEnd();
            if (end > 0 && v.tokenIs(end, ",")) { // "in Kampala, Uganda, by"
                Mention country = v.firstRight(end + 1, end + 2, Roles.DESTINATION);
                end = country != null && country.tokStart() == end + 1 && v.tokenIs(country.tokEnd(), ",")
                        ? country.tokEnd() + 1 : end;
            }
            k = end > 0 ? end : k;
        }
        if (v.tokenIs(k, "jointly")) { // "co-organised in Bamako jointly by"
            k++;
        }
        return v.tokenIs(k, "by") ? k : at;
    }

    /** How far after a relative clause's verb its "jointly with A" may name co-hosts: "organised in Tashkent jointly with". */
    static final int CO_HOSTS_REACH = 8;

    /** Whether a hosting participle ("organised", "co-hosted") stands in [from, to): the event's hosts are its. */
    static boolean hostingVerbAfter(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            String verb = v.tokenIs(k + 1, "-") && v.token(k + 2) != null ? v.token(k).norm() + "-" + v.token(k + 2).norm()
                    : v.token(k).norm();
            if (v.kb.words("hosting-verbs").contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hosts a participle or relative clause names, which stand for the exchange's sides: "..., co-hosted by A and
     * B", "..., which China and OHCHR co-hosted", "Co-sponsored by A and B, the ... Forum"; empty where none.
     */
    static List<Mention> hostsTold(SentenceView v, CueMatch noun, CueMatch verb, int nameStart, int nameEnd, int topicEnd,
                                   int ce) {
        // ("was preceded by a seminar, co-organised by A and B": its hosts too)
        List<Mention> hosts = verb.tokStart() > noun.tokStart() || PrecededOrFollowed.sequencing(v, verb) ? passiveHosts(v, nameEnd, ce)
                : List.of();
        if (hosts.isEmpty() && verb.tokStart() > nameEnd) {
            hosts = relativeHosts(v, nameEnd, verb); // "the 13th Workshop ..., which China and OHCHR co-hosted in"
        }
        CueMatch described = PrecededOrFollowed.sequencing(v, verb) ? v.firstCue(CueKind.EXCHANGE_VERB, nameEnd, ce) : null;
        if (hosts.isEmpty() && described != null) {
            // "was preceded by a seminar ..., which the EU Delegation organised in Tashkent jointly with the
            // National Centre for Human Rights": the relative clause's hosts and those it organised with
            hosts = new ArrayList<>(relativeHosts(v, Math.max(nameEnd, topicEnd), described));
            if (!hosts.isEmpty()) {
                ExchangeSides.addSides(hosts, cooperatingWith(v, described.tokEnd(), Math.min(ce, described.tokEnd() + CO_HOSTS_REACH)));
            }
        }
        if (hosts.isEmpty() && verb.tokStart() > noun.tokStart() && nameStart > 2 && v.findWord(",", 0, nameStart) > 0) {
            // "Co-sponsored by A and B, the 2015 Beijing Forum on Human Rights was held in Beijing": a fronted participle
            hosts = passiveHosts(v, 0, v.findWord(",", 0, nameStart));
        }
        return hosts;
    }
}
