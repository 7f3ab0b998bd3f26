package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who takes part in an exchange: the subject that holds it, the series or referred exchange that lends its sides,
 * partners named among a count or each with its days, and the groups of sides that make one fact each.
 */
final class ExchangeSides {

    /**
     * The partner a sentence fronts before its subject: "With the United Kingdom, China held its 11th round of human
     * rights dialogue in London in January and its 12th round in Beijing in July"; null where none is fronted.
     */
    static Mention frontedPartner(SentenceView v, int cs, CueMatch noun) {
        if (!v.tokenIs(cs, "with")) {
            return null;
        }
        Mention partner = v.firstRight(cs + 1, cs + 3, m -> Roles.PARTY.test(m) && m.id() != null
                && (m.tokStart() == cs + 1 || m.tokStart() == cs + 2 && v.tokenIs(cs + 1, "the")));
        return partner != null && v.tokenIs(partner.tokEnd(), ",") && partner.tokEnd() < noun.tokStart() ? partner : null;
    }

    private ExchangeSides() {
    }

    /** The last exchange of this format the document reported between exactly these sides, or null. */
    static EventRecord sameSides(SentenceView v, String format, List<Mention> sides, List<Mention> partners) {
        EventRecord last = v.discourse.lastEvent(format);
        if (last == null) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        sides.forEach(m -> ids.add(m.id()));
        partners.forEach(m -> ids.add(m.id()));
        Set<String> theirs = new HashSet<>();
        last.fact().entities("participants").forEach(ref -> theirs.add(ref.id()));
        return ids.equals(theirs) ? last : null;
    }

    /**
     * "the 40th round of the Dialogue", "the Dialogue": a definite, bare title naming no side refers to the last
     * exchange of that format the document reported, whose sides, name and topic it takes.
     */
    static EventRecord definiteAntecedent(SentenceView v, CueMatch noun, int nameStart, String format,
                                          String title) {
        int before = nameStart - 1;
        while (before >= 0 && (v.ordinals().at(before) != null || v.tokenIs(before, "and"))) {
            before--; // "the fifteenth dialogue": the ordinal stands between the article and the noun
        }
        if (!v.tokenIs(nameStart - 1, "the") && !v.tokenIs(noun.tokStart() - 1, "the") && !v.tokenIs(before, "the")) {
            return null;
        }
        for (Mention m : v.mentions) {
            if (m.tokStart() >= nameStart && m.tokEnd() <= noun.tokEnd() && Roles.PARTY.test(m)) {
                return null;
            }
        }
        EventRecord last = v.discourse.lastEvent(format);
        if (last == null || last.fact().entities("participants").isEmpty()) {
            return null;
        }
        String lastName = last.fact().text("name");
        int titleFrom = nameStart;
        for (int[] ordinal = v.ordinals().at(titleFrom); ordinal != null; ordinal = v.ordinals().at(titleFrom)) {
            titleFrom += ordinal[1]; // past the round: "The seventh Dialogue"
        }
        // "The seventh Dialogue had been held in Brussels" after "their High-Level Dialogue on Human Rights": the noun
        // alone, which any title of the kind ends with or begins with
        boolean nounAlone = title != null && titleFrom == noun.tokStart() && title.endsWith(v.text(noun.tokStart(), noun.tokEnd()));
        if (title != null && lastName != null && !nounAlone
                && !lastName.toLowerCase(Locale.ROOT).endsWith(title.toLowerCase(Locale.ROOT))) {
            return null; // "the Legal Affairs Dialogue" is not the Human Rights Dialogue named before
        }
        return last;
    }

    /** Partners written each with its date after it ("A on 5 and 6 June, B on 7 June, and C on 12 June"), in order. */
    static List<Mention> interleavedPartners(SentenceView v, Mention first, int ce) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention current = first;
        while (true) {
            int k = current.tokEnd();
            final int at = v.tokenIs(k, "on") || v.tokenIs(k, "in") ? k + 1 : k;
            DateMention own = v.datesIn(at, ce).stream().filter(d -> v.tokenAt(d.start()) == at && d.iso() != null)
                    .findFirst().orElse(null);
            if (own == null) {
                return out;
            }
            int j = v.tokenAt(own.end() - 1) + 1;
            if (!v.tokenIs(j, ",") && !v.tokenIs(j, "and")) {
                return out;
            }
            j += v.tokenIs(j, ",") && v.tokenIs(j + 1, "and") ? 2 : 1;
            Mention next = v.firstRight(j, Math.min(ce, j + 2), Roles.PARTY);
            if (next == null || next.tokStart() > j + 1 || next.tokStart() == j + 1 && !v.tokenIs(j, "the")) {
                return out;
            }
            out.add(next);
            current = next;
        }
    }

    /** Adds to the sides those of {@code more} not among them yet (by id), in order. */
    static void addSides(List<Mention> sides, List<Mention> more) {
        for (Mention m : more) {
            if (sides.stream().noneMatch(x -> x.id().equals(m.id()))) {
                sides.add(m);
            }
        }
    }

    /** The longest count of partners before the ones it names: "with more than 20 countries, including ...". */
    private static final int MAX_COUNTED_PARTNERS_TOKENS = 8;

    /**
     * "with more than 20 countries, including the United Kingdom, Germany and ...", "with many developing countries
     * such as Cuba and Laos": the first partner named after a count of partners, or null.
     */
    static Mention namedAmong(SentenceView v, int from, int ce) {
        for (int k = from; k < Math.min(ce, from + MAX_COUNTED_PARTNERS_TOKENS); k++) {
            Token t = v.token(k);
            if (v.tokenIs(k, "including") || v.tokenIs(k, "such") && v.tokenIs(k + 1, "as")) {
                int at = v.tokenIs(k, "such") ? k + 2 : k + 1;
                return v.firstRight(at, Math.min(ce, at + 2), Roles.PARTY);
            }
            if (!t.isWord() && !t.is(",") || NounPhrase.endingAt(v, k) != null) {
                return null; // the count ends before any partner is named
            }
        }
        return null;
    }

    /** Whether nothing but "delegation(s)" and an auxiliary ("had", "has") stands between a subject and its verb. */
    static boolean onlyDelegationOrAuxiliary(SentenceView v, int from, int verbAt) {
        for (int k = from; k < verbAt; k++) {
            if (!(v.tokenIs(k, "delegation") || v.tokenIs(k, "delegations") || v.tokenIs(k, "had") || v.tokenIs(k, "has")
                    || v.tokenIs(k, "have"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who holds the exchange, told by its verb: the subject before it ("China held dialogues with ..."), the subject
     * of the ", and" predicate before ({@code lastSides}), or of a relative clause after the noun ("the dialogue
     * Vietnam held with ...").
     */
    static List<Mention> holding(SentenceView v, CueMatch noun, CueMatch verb, String format, int ce,
                                 List<Mention> lastSides) {
        List<Mention> sides = new ArrayList<>();
        if (verb.tokStart() < noun.tokStart()) {
            if (ExchangeVerbs.andBefore(v, verb.tokStart()) >= 0 && !lastSides.isEmpty()) {
                // "China held dialogues with A and B, and held consultations with C", "..., and in April 2018
                // held the first human rights consultation with the Russian Federation"
                sides.addAll(lastSides);
            } else {
                // "A, Chief of ... of the Office of the High Commissioner, opened the thirtieth session of the
                // Committee on Migrant Workers": the session is the body's named after it, not its opener's
                Mention owner = "SESSION".equals(format) && v.tokenIs(noun.tokEnd(), "of")
                        && (v.tokenIs(verb.tokStart(), "opened") || v.tokenIs(verb.tokStart(), "opens"))
                        && v.nearestLeft(verb.tokStart(), m -> m.kind() == MentionKind.PERSON) != null
                        ? v.firstRight(noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 3),
                        m -> m.kind() == MentionKind.ORG && m.id() != null) : null;
                if (owner != null) {
                    sides.add(owner);
                } else {
                    Mention subject = v.nearestLeft(verb.tokStart(), m -> Roles.PARTY.test(m) && !v.isObject(m));
                    if (subject != null) {
                        sides.addAll(v.coordinatedLeft(subject, Roles.PARTY));
                    }
                }
            }
        }
        if (verb.tokStart() > noun.tokEnd() && sides.isEmpty()) {
            // "the constructive dialogue Vietnam held with the UN Committee against Torture": the relative
            // clause's subject holds it
            final int nounEnd = noun.tokEnd();
            final int verbAt = verb.tokStart();
            Mention holder = v.firstRight(nounEnd, verbAt, m -> Roles.PARTY.test(m) && m.tokStart() == nounEnd
                    && m.tokEnd() == verbAt);
            if (holder == null && (v.tokenIs(nounEnd, "that") || v.tokenIs(nounEnd, "which"))) {
                // "the constructive dialogue that a Vietnamese delegation had held with the Committee": the
                // relative clause's subject, past its article, its "delegation" and its auxiliary
                holder = v.firstRight(nounEnd + 1, verbAt, m -> Roles.PARTY.test(m) && m.tokStart() <= nounEnd + 2
                        && m.tokEnd() >= verbAt - 2 && onlyDelegationOrAuxiliary(v, m.tokEnd(), verbAt));
            }
            if (holder != null) {
                sides.add(holder);
            }
        }
        return sides;
    }

    /** Who meets whom: one group of sides for each exchange the clause reports, in order. */
    static List<List<Mention>> groups(SentenceView v, CueMatch noun, String format, boolean named, int nameEnd, int ce,
                                      List<Mention> sides, List<Mention> partners) {
        List<List<Mention>> groups = new ArrayList<>();
        // "held seminars ... with the Governments of Cambodia and Timor-Leste, in Phnom Penh in May and in Dili in
        // August, respectively": one exchange with each partner, whatever the format
        final int partnersFrom = nameEnd;
        boolean eachPartner = partners.size() >= 2 && v.respectively() && v.datesIn(partnersFrom, ce).stream()
                .filter(d -> d.iso() != null).count() == partners.size();
        // (not "a trilateral consultation with Malaysia and the Philippines": one exchange of all three)
        boolean joint = v.kb.words("joint-exchange-words").contains(v.token(Math.max(0, noun.tokStart() - 1)).norm());
        if (partners.size() >= 2 && (ExchangeRule.BILATERAL.contains(format) && !joint || eachPartner)) {
            for (Mention partner : partners) {
                List<Mention> g = new ArrayList<>(sides);
                g.add(partner);
                groups.add(g);
            }
        } else if (partners.isEmpty() && sides.size() >= 3 && ExchangeRule.BILATERAL.contains(format) && !named
                && v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
            // "China and the EU, Britain and Australia held human rights dialogues": China with each of the others
            for (Mention partner : sides.subList(1, sides.size())) {
                groups.add(List.of(sides.get(0), partner));
            }
        } else {
            List<Mention> g = new ArrayList<>(sides);
            g.addAll(partners);
            groups.add(g);
        }
        return groups;
    }

    /**
     * Gives the fact the sides of the exchange its noun refers to ("the Dialogue", "The session was opened on ..."),
     * anchored on the noun, and the lower confidence of a reference resolved.
     */
    static void takeSidesOf(FactDraft fact, EventRecord referred, CueMatch noun) {
        for (EntityRef ref : referred.fact().entities("participants")) {
            fact.arguments.add(new ArgumentSpan("participants", ref.id(), new Span(noun.start(), noun.end())));
        }
        fact.fields.put("participants", referred.fact().field("participants"));
        fact.confidence -= 0.1;
    }

    /**
     * The state a side acts for, as the side a review is held with: "the Ministry of Justice of Viet Nam" is Viet Nam;
     * a state, or a mention acting for no state, stays itself.
     */
    static Mention asState(Mention m) {
        String state = m.actingState();
        return state == null || state.equals(m.id()) ? m : m.withId(state, MentionKind.STATE);
    }

    /**
     * The side a text leaves unsaid when it names only the partners of a "with"; empty where it implies none.
     */
    static List<Mention> otherSideOfThePartners(SentenceView v, CueMatch noun, CueMatch verb, String format,
                                                List<Mention> partners, int cs) {
        if ("DIALOGUE".equals(format) && v.discourse.committee() != null
                && partners.stream().allMatch(p -> p.kind() == MentionKind.STATE)) {
            // a committee's release: "The dialogues with Japan and New Zealand were held on ...": its dialogues
            return List.of(v.inferred(MentionKind.ORG, v.discourse.committee(), noun.tokStart(), noun.tokEnd()));
        }
        if (ExchangeRule.BILATERAL.contains(format) && verb.tokStart() > noun.tokStart()) {
            // "The annual human rights consultation with Norway ... was postponed": the text's own state is the
            // other side
            Mention own = v.mainState(noun);
            if (own != null && partners.stream().noneMatch(p -> own.id().equals(p.actingState()))) {
                return List.of(own);
            }
        }
        if ("DIALOGUE".equals(format)
                && partners.stream().allMatch(p -> p.kind() == MentionKind.ORG && p.id() != null
                && v.kb.monitoredTreaty(p.id()) != null)
                && v.findWord("delegation", cs, Math.min(noun.tokStart(), verb.tokStart())) >= 0) {
            // a state's own report: "The delegation, led by the Minister of Justice, held a constructive dialogue
            // with the Committee against Torture": the text's state
            Mention own = v.mainState(noun);
            if (own != null) {
                return List.of(own);
            }
        }
        return List.of();
    }

    /**
     * The sides a text refers to without naming them ("the two delegations co-hosted a round table", "A joint seminar
     * ..., was cancelled"), else those of the exchange an event "was preceded by"; empty where neither.
     */
    static List<Mention> sidesReferredTo(SentenceView v, CueMatch noun, CueMatch verb, int nameEnd, int cs, int ce) {
        List<Mention> referred = v.events().sidesReferredTo(cs, Math.max(verb.tokEnd(), noun.tokEnd()));
        if (!referred.isEmpty()) {
            return referred;
        }
        if (PrecededOrFollowed.sequencing(v, verb) && !ExchangeHosts.hostingVerbAfter(v, nameEnd, ce)) {
            // "The dialogue was preceded on 21 June by a round table on ...": one of the dialogue's sides'
            return PrecededOrFollowed.sidesOfTheExchangeBefore(v, verb);
        }
        return List.of();
    }
}
