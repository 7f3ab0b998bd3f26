package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The sides and partners of an exchange beyond the plain subject and "with": series, antecedents, partners listed with their days. */
final class ExchangeSides {

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
        while (before >= 0 && (v.ordinalAt(before) != null || v.tokenIs(before, "and"))) {
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
        if (title != null && lastName != null
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
}
