package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When an act took place: the date right after its treaty, each coordinated treaty's own date, the dates a
 * "respectively" pairs, a day in brackets, a chronology entry's date, and the passives whose verb is left out.
 */
final class ActDates {

    private ActDates() {
    }

    /** The date a chronology's entry opens with ("29 June: ..."), else null. */
    static DateMention entryDate(SentenceView v) {
        List<DateMention> opening = v.datesIn(0, v.timelineDash()).stream().filter(d -> d.iso() != null).toList();
        return opening.isEmpty() ? null : opening.get(opening.size() - 1);
    }

    /**
     * The dates a "respectively" pairs with the treaties before it: "ratified the ILO Worst Forms of Child Labour
     * Convention, 1999 (No. 182) and the ILO Minimum Age Convention, 1973 (No. 138), in 2001 and 2004 respectively"
     * (not the years of the treaties' names), "signed A and B in 2001 and 2007, respectively, and the Standing
     * Committee ratified both instruments in 2008" (not a later clause's date, nor one before the verb).
     */
    static List<DateMention> datesUpToRespectively(SentenceView v, int from) {
        int respectively = v.findWord("respectively", from, v.tokens.size());
        if (respectively < 0 || v.findWord("which", from, respectively) >= 0) {
            return List.of(); // (not "ratifying A and B, which it had signed on ... and ... respectively": the aside's)
        }
        return v.datesIn(from, respectively).stream()
                .filter(d -> d.iso() != null && !v.overlapsMention(v.tokenAt(d.start()), v.tokenAt(d.start()) + 1))
                .toList();
    }

    /** A day in brackets right after a treaty's name ("the Convention ... (14 April)"), or null. */
    static DateMention bracketedDate(SentenceView v, Mention treaty) {
        int k = treaty.tokEnd();
        if (!v.tokenIs(k, "(")) {
            return null;
        }
        int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 6));
        List<DateMention> inside = close < 0 ? List.of() : v.datesIn(k + 1, close);
        return inside.size() == 1 && inside.get(0).iso() != null && inside.get(0).iso().length() == 10 ? inside.get(0) : null;
    }

    /** What may stand between a treaty and its own date: "X in June 1976", "X, in March 2016, and ...". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("", "in", "on", "since", ", in", ", on");

    private static final Set<String> DATED_CONNECTORS = Set.of("and", ", and", ",", "and to", ", and to", "and its",
            ", and its");

    /**
     * "ratified the ICESCR in June 1976 and the CRC in June 1991": treaties coordinated under one verb, each followed
     * by its own date. Returns the treaties (with their dates in {@code datesOut}), or just {@code first} when the
     * sentence is not shaped that way; a second verb ("and signed the CRC") breaks the chain.
     */
    static List<Mention> datedConjuncts(SentenceView v, Mention first, List<DateMention> datesOut) {
        List<Mention> out = new ArrayList<>();
        Mention current = first;
        while (current != null) {
            DateMention own = dateRightAfter(v, current);
            if (own == null) {
                break;
            }
            for (Mention same : TreatiesNamed.withSameSpan(v, List.of(current))) {
                out.add(same); // "both International Covenants, in August 2018": each of the two on that date
                datesOut.add(own);
            }
            Mention next = null;
            for (Mention m : v.mentions) {
                if (m.start() >= own.end() && Roles.TREATY.test(m) && !out.contains(m)) {
                    next = m;
                    break;
                }
            }
            String joint = next == null ? null : v.doc.substring(own.end(), next.start()).strip().replaceAll("\\s+", " ");
            current = joint != null && DATED_CONNECTORS.contains(joint) ? next : null;
        }
        if (out.size() < 2) {
            datesOut.clear();
            return List.of(first);
        }
        return out;
    }

    /** The dates with each span written "D Month and D Month" taken as its two days ({@link DateMention#andedDaysApart}). */
    static List<DateMention> andedDaysApart(SentenceView v, List<DateMention> dates) {
        return dates.stream().flatMap(d -> d.andedDaysApart(v.doc).stream()).toList();
    }

    /** The date that directly follows a mention, "X in June 1976" / "X on 3 May 2001", else null. */
    static DateMention dateRightAfter(SentenceView v, Mention m) {
        for (DateMention d : v.dates) {
            if (d.start() >= m.end() && d.iso() != null) {
                String gap = v.doc.substring(m.end(), d.start()).strip().toLowerCase(Locale.ROOT)
                        .replaceFirst("^\\(no\\. ?\\d+\\)\\s*", ""); // "the Minimum Age Convention (No. 138) in May 1997"
                return DATE_PREPOSITIONS.contains(gap) ? d : null;
            }
        }
        return null;
    }

    /**
     * "The Convention on the Rights of the Child was ratified on 14 September 1990, and the Convention on the
     * Elimination ... against Women on 22 April 1991", "..., and the Convention on the Rights of Persons with
     * Disabilities, together with its Optional Protocol, on 7 May 2010": the same act by the same state, the verb left
     * out, each treaty with its own date.
     */
    static void elidedPassives(SentenceView v, CueMatch cue, String action, Mention actor, Mention body,
                                       List<FactDraft> out) {
        DateMention previous = v.datesIn(cue.tokEnd(), v.tokens.size()).stream().findFirst().orElse(null);
        while (previous != null) {
            int k = v.tokenAt(previous.end() - 1) + 1;
            boolean comma = v.tokenIs(k, ",");
            if (comma) {
                k++;
            }
            // (also a list's comma: "was ratified on 14 March 2016, the CRPD in June 2017, and ...")
            if (v.tokenIs(k, "and")) {
                k++;
            } else if (!comma) {
                return;
            }
            Mention treaty = v.firstRight(k, k + 2, Roles.TREATY);
            if (treaty == null || treaty.id() == null) {
                return;
            }
            List<Mention> treaties = new ArrayList<>(List.of(treaty));
            int at = treaty.tokEnd();
            // ", together with its Optional Protocol,"
            if (v.tokenIs(at, ",") && v.tokenIs(at + 1, "together") && v.tokenIs(at + 2, "with")) {
                Mention protocol = TreatiesNamed.ownProtocol(v, treaty, at + 2);
                if (protocol == null && v.tokenIs(at + 3, "its") && v.tokenIs(at + 4, "optional")
                        && v.kb.optionalProtocolOf(treaty.id()) != null) {
                    protocol = new Mention(MentionKind.TREATY, v.kb.optionalProtocolOf(treaty.id()), at + 3, at + 6,
                            v.token(at + 3).start(), v.token(at + 5).end(), v.text(at + 3, at + 6), null, null, true);
                }
                if (protocol != null) {
                    treaties.add(protocol);
                    at = protocol.tokEnd();
                    if (v.tokenIs(at, ",")) {
                        at++;
                    }
                }
            }
            DateMention own = (v.tokenIs(at, "on") || v.tokenIs(at, "in")) ? v.datesIn(at + 1, at + 2).stream()
                    .filter(d -> d.iso() != null).findFirst().orElse(null) : null;
            if (own == null) {
                return;
            }
            for (Mention t : treaties) {
                out.add(TreatyActionRule.act(action, actor, t, body, own));
            }
            previous = own;
        }
    }
}
