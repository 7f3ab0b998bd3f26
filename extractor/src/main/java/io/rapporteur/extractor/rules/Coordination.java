package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mentions coordinated in a list: "China, Canada and Norway" read back from "Norway", "Cuba, Laos and many other
 * countries" read on from "Cuba". A list holds mentions of one class (states, bodies, people), joined by commas, "and",
 * "as well as" or a repeated "to"; it ends at a vote count, a titled person after "and" or a new clause.
 */
final class Coordination {

    private final SentenceView v;

    Coordination(SentenceView v) {
        this.v = v;
    }

    /** "acceded to the ICCPR and to the ICESCR", "invitations to A and to B": "to" repeated still coordinates. */
    private static final Set<String> REPEATED_TO = Set.of("and to", "and to the", ", and to", ", and to the");

    /** The mention and those coordinated before it: "China, Canada and Norway" read from "Norway". */
    List<Mention> left(Mention last, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        out.add(last);
        Mention current = last;
        // "China, France, Sweden and the Asia-Europe Foundation co-sponsored ...": the list runs on to a name the
        // knowledge base does not know, and its "and" stands after the last mention
        int after = last.tokEnd();
        boolean sawAnd = v.tokenIs(after, "and") && (v.capitalisedAt(after + 1)
                || v.tokenIs(after + 1, "the") && v.capitalisedAt(after + 2));
        while (true) {
            Mention previous = null;
            for (Mention m : v.mentions) {
                if (m.tokEnd() <= current.tokStart() && accept.test(m) && (previous == null || m.tokEnd() > previous.tokEnd())) {
                    previous = m;
                }
            }
            String joint = previous == null ? "" : joint(previous, current);
            if (previous != null && last.kind() == MentionKind.PERSON && previous.kind() == MentionKind.STATE
                    && v.tokenIs(previous.tokStart() - 1, "of")) {
                // "Claude Heller of Mexico, Felice Gaer of the United States and Ana Racu of ...": past each one's state
                final Mention nationality = previous;
                Mention holder = v.mentions.stream().filter(m -> m.kind() == MentionKind.PERSON
                        && m.tokEnd() == nationality.tokStart() - 1 && accept.test(m)).findFirst().orElse(null);
                if (holder != null) {
                    joint = joint(nationality, current);
                    previous = holder;
                }
            }
            // "Vice Foreign Minister Zhang Yesui and Vice Minister of Education Zhang Xinsheng": the second person's
            // title stands between the "and" and the name
            if (previous != null && titledPersonAfterAnd(previous, current)) {
                joint = "and";
            }
            // "the Regional Office for Central Asia of the Office of the High Commissioner": a part of the body and the
            // body are one party, and the list goes on before the part
            if (previous != null && previous.id() != null && previous.id().equals(current.id())
                    && (joint.equals("of the") || joint.equals("of"))) {
                current = previous;
                continue;
            }
            if (previous == null || !SentenceView.CONNECTORS.contains(joint) || !sameClass(previous, last)
                    || joint.equals(",") && !sawAnd) {
                break;
            }
            sawAnd |= joint.contains("and") || joint.endsWith("as well as");
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    private static final Set<String> TITLE_INNER = Set.of("of", "for", "the", "and", "-", "on");

    /** Whether two persons are joined by "and" and the second one's title: "A and Vice Minister of Education B". */
    private boolean titledPersonAfterAnd(Mention previous, Mention current) {
        if (previous.kind() != MentionKind.PERSON || current.kind() != MentionKind.PERSON
                || !v.tokenIs(previous.tokEnd(), "and") || current.tokStart() - previous.tokEnd() < 3) {
            return false;
        }
        boolean capitalised = false;
        for (int k = previous.tokEnd() + 1; k < current.tokStart(); k++) {
            Token t = v.tokens.get(k);
            if (t.isWord() && t.isCapitalised()) {
                capitalised = true;
            } else if (!TITLE_INNER.contains(t.norm())) {
                return false;
            }
        }
        return capitalised && v.tokens.get(previous.tokEnd() + 1).isCapitalised();
    }

    /** The mention and those coordinated after it: "Cuba, Laos and many other countries" read from "Cuba". */
    List<Mention> right(Mention first, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        out.add(first);
        Mention current = first;
        while (true) {
            Mention next = null;
            for (Mention m : v.mentions) {
                if (m.tokStart() >= current.tokEnd() && accept.test(m)) {
                    next = m;
                    break;
                }
            }
            if (next == null || !sameClass(next, first) || !(SentenceView.CONNECTORS.contains(joint(current, next))
                    || REPEATED_TO.contains(joint(current, next)))) {
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }

    /** People coordinate with people, parties (states, bodies) with parties, treaties with treaties. */
    private static boolean sameClass(Mention a, Mention b) {
        return classOf(a) == classOf(b);
    }

    private static int classOf(Mention m) {
        return switch (m.kind()) {
            case PERSON, PRONOUN -> 1;
            case TREATY -> 2;
            case CITY -> 3;
            default -> 0;
        };
    }

    /** A vote count in brackets after a state elected: "Libya (157 votes), Mauritania (172)". */
    private static final java.util.regex.Pattern VOTE_COUNT =
            java.util.regex.Pattern.compile("^\\(\\d[\\d,]*(?: votes?)?\\)\\s*");

    /** The words joining two coordinated mentions, past a vote count after the first: "Libya (157 votes), Mauritania". */
    private String joint(Mention a, Mention b) {
        return VOTE_COUNT.matcher(v.between(a, b)).replaceFirst("");
    }
}
