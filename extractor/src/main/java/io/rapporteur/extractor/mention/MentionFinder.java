package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.EntityEntry;
import io.rapporteur.extractor.kb.EntityKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.kb.PhraseTrie;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The mention layer of one sentence: gazetteer matches (longest first), composed into national bodies
 * ("Chinese Foreign Ministry" -> org:CHN-MFA), governments ("the Chinese government" -> CHN) and qualified titles
 * ("Chinese President", "UN Special Rapporteur"), then people introduced by a title or known from earlier sentences.
 */
public final class MentionFinder {

    private final KnowledgeBase kb;
    private final PersonFinder persons;
    /** Nouns after a state that make it the state as a party: "the Chinese side", "the Government of Viet Nam". */
    private final Set<String> governmentNouns;
    /** Words of a state's formal name before its form: "the Federal Republic of Nigeria". */
    private final Set<String> stateFormWords;
    /** Head words of a state's formal name before "of <name>": "the Republic of Uzbekistan", "the Kingdom of Norway". */
    private final Set<String> formalHeads;

    public MentionFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.governmentNouns = kb.words("government-nouns");
        this.stateFormWords = kb.words("state-form-words");
        this.persons = new PersonFinder(kb);
        this.formalHeads = kb.words("formal-heads");
    }

    private static final class Raw {
        EntityKind kind;
        String id;
        int ts;
        int te;
        boolean office;
        boolean honorific;
        String country;
        String affiliation;
        boolean dropped;

        Raw(EntityEntry e, int ts, int te) {
            this.kind = e.kind();
            this.id = e.id();
            this.ts = ts;
            this.te = te;
            this.office = e.office();
            this.honorific = e.honorific();
            this.country = e.kind() == EntityKind.STATE || e.kind() == EntityKind.DEMONYM ? e.id() : e.country();
            this.affiliation = e.affiliation();
        }

        boolean isTitle() {
            return kind == EntityKind.TITLE || kind == EntityKind.ORG && office;
        }
    }

    public List<Mention> find(String doc, List<Token> tokens, PersonRegistry people) {
        List<Raw> raws = gazetteer(tokens);
        governments(tokens, raws);
        formalNames(tokens, raws);
        nationalBodies(tokens, raws);
        titlesOfOtherBodies(tokens, raws);
        qualifiedTitles(raws);
        qualifiedBodies(raws);
        compoundDemonyms(tokens, raws);
        countryOffices(tokens, raws);
        bracketedAcronyms(tokens, raws);
        List<Mention> mentions = new ArrayList<>();
        for (Raw r : raws) {
            if (r.dropped || r.kind == EntityKind.DEMONYM || r.kind == EntityKind.BODY_NAME) {
                continue;
            }
            mentions.add(toMention(doc, tokens, r));
        }
        persons.addPersons(doc, tokens, mentions, people);
        mentions.sort(Comparator.comparingInt(Mention::tokStart));
        return mentions;
    }

    private List<Raw> gazetteer(List<Token> tokens) {
        List<Raw> raws = new ArrayList<>();
        PhraseTrie<EntityEntry> trie = kb.entities();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<EntityEntry> m = tokens.get(i).isWord() ? trie.longestAt(tokens, i) : null;
            if (m == null) {
                i++;
                continue;
            }
            PhraseTrie.Match<EntityEntry> inner = longerInside(trie, tokens, m);
            if (inner != null) {
                // "UN Special Rapporteur on the independence of judges": the mandate, qualifier and all
                raws.add(new Raw(inner.value(), m.start(), inner.end()));
                i = inner.end();
                continue;
            }
            if (m.start() > 0 && m.end() - m.start() == 1
                    && kb.words("regions-before-a-state-name").contains(tokens.get(m.start() - 1).norm())
                    && kb.words("state-names-in-regions").contains(tokens.get(m.start()).norm())) {
                i = m.end(); // "Latin America and the Caribbean", "Central Asia": a region, not a state
                continue;
            }
            if (m.value().kind() == EntityKind.ORG && m.start() > 0 && ordinalWord(tokens.get(m.start() - 1))
                    && kb.words("bodies-named-like-events").contains(tokens.get(m.end() - 1).norm())) {
                i = m.end(); // "the Second Asia-Pacific Forum on Human Rights Education": an event, not the body
                continue;
            }
            raws.add(new Raw(m.value(), m.start(), m.end()));
            i = m.end();
        }
        return raws;
    }

    /** "Second", "fifth", "2nd", "10th": a word that numbers an event's edition. */
    private boolean ordinalWord(Token t) {
        return kb.ordinal(t.norm()) != null || t.norm().matches("\\d+(st|nd|rd|th)");
    }

    /**
     * Where a qualified title ("UN Special Rapporteur") is the longest entry at its first word but an entry starting
     * inside it reaches further ("Special Rapporteur on the independence of judges and lawyers"), that entry;
     * starts; else null.
     */
    private static PhraseTrie.Match<EntityEntry> longerInside(PhraseTrie<EntityEntry> trie, List<Token> tokens,
                                                              PhraseTrie.Match<EntityEntry> m) {
        if (m.value().kind() != EntityKind.TITLE) {
            return null;
        }
        for (int j = m.start() + 1; j < m.end(); j++) {
            PhraseTrie.Match<EntityEntry> inside = tokens.get(j).isWord() ? trie.longestAt(tokens, j) : null;
            if (inside != null && inside.end() > m.end()) {
                return inside;
            }
        }
        return null;
    }

    /**
     * "the Republic of Uzbekistan", "the Socialist Republic of Viet Nam", "the Kingdom of the Netherlands": the formal
     * name is one mention of the state, so "The European Union and the Republic of Uzbekistan" coordinates two sides.
     */
    private void formalNames(List<Token> tokens, List<Raw> raws) {
        for (Raw r : raws) {
            if (r.kind != EntityKind.STATE || r.dropped) {
                continue;
            }
            int k = r.ts - 1;
            if (k >= 0 && tokens.get(k).is("the")) {
                k--; // "the Kingdom of the Netherlands"
            }
            if (k < 1 || !tokens.get(k).is("of") || !formalHeads.contains(tokens.get(k - 1).norm())
                    || !tokens.get(k - 1).isCapitalised()) {
                continue;
            }
            int start = k - 1;
            while (start - 1 >= 0 && tokens.get(start - 1).isCapitalised() && tokens.get(start - 1).isWord()
                    && start - 1 > 0 && !tokens.get(start - 2).is(",")
                    || start - 2 >= 0 && tokens.get(start - 1).is("'") && tokens.get(start - 2).isCapitalised()) {
                start--; // "Socialist Republic", "People's Republic", "Bolivarian Republic"
            }
            r.ts = start;
        }
    }

    /** "the Chinese government", "the Viet Nam Government", "the Government of Viet Nam" name the state. */
    private void governments(List<Token> tokens, List<Raw> raws) {
        // "the Chinese and Australian governments", "the Chinese and EU sides": each adjective names its side
        for (int i = 0; i + 1 < raws.size(); i++) {
            Raw a = raws.get(i);
            Raw b = raws.get(i + 1);
            boolean bSide = b.kind == EntityKind.DEMONYM || b.kind == EntityKind.STATE || b.kind == EntityKind.ORG && !b.office;
            if (a.kind == EntityKind.DEMONYM && bSide && b.ts == a.te + 1
                    && (tokens.get(a.te).is("and") || tokens.get(a.te).is(",")) && b.te < tokens.size()
                    && governmentNouns.contains(tokens.get(b.te).norm())) {
                a.kind = EntityKind.STATE;
                if (b.kind == EntityKind.DEMONYM) {
                    b.kind = EntityKind.STATE;
                }
                b.te++;
            }
        }
        for (Raw r : raws) {
            if (r.kind != EntityKind.STATE && r.kind != EntityKind.DEMONYM) {
                continue;
            }
            int governmentAfterPossessive = r.kind == EntityKind.STATE ? possessiveGovernment(tokens, r.te) : -1;
            if (r.te < tokens.size() && governmentNouns.contains(tokens.get(r.te).norm())) {
                r.kind = EntityKind.STATE;
                r.te++;
            } else if (governmentAfterPossessive > 0) {
                r.te = governmentAfterPossessive; // "Sudan's transitional government and the OHCHR signed ..."
            } else if (r.kind == EntityKind.DEMONYM && r.te + 2 < tokens.size() && tokens.get(r.te).is("human")
                    && tokens.get(r.te + 1).is("rights") && governmentNouns.contains(tokens.get(r.te + 2).norm())) {
                r.kind = EntityKind.STATE; // "Two Australian human rights delegations visited China"
                r.te += 3;
            } else if (r.kind == EntityKind.STATE) {
                int k = r.ts - 1;
                if (k >= 0 && tokens.get(k).is("the")) {
                    k--;
                }
                if (k >= 1 && tokens.get(k).is("of") && (governmentNouns.contains(tokens.get(k - 1).norm())
                        || stateFormWords.contains(tokens.get(k - 1).norm()) && tokens.get(k - 1).isCapitalised())) {
                    r.ts = k - 1; // "the Government of Fiji", "the Governments of Cambodia and Timor-Leste"
                    // a formal name: "the Federal Republic of Nigeria", "the Plurinational State of Bolivia"
                    while (r.ts >= 1 && tokens.get(r.ts - 1).isCapitalised()
                            && stateFormWords.contains(tokens.get(r.ts - 1).norm())) {
                        r.ts--;
                    }
                    if (r.ts >= 1 && (tokens.get(r.ts - 1).is("the") || tokens.get(r.ts - 1).is("a"))) {
                        r.ts--; // also "with a delegation of Namibia"
                    }
                }
            }
        }
    }

    /** The most lower-case words between a state's possessive and its government ("Sudan's new transitional government"). */
    private static final int MAX_GOVERNMENT_ADJECTIVES = 2;

    /** Where "'s [adjectives] government" after a state ends, else -1. */
    private int possessiveGovernment(List<Token> tokens, int te) {
        if (te + 2 >= tokens.size() || !(tokens.get(te).is("'") || tokens.get(te).is("\u2019")) || !tokens.get(te + 1).is("s")) {
            return -1;
        }
        for (int k = te + 2; k < Math.min(tokens.size(), te + 3 + MAX_GOVERNMENT_ADJECTIVES); k++) {
            if (tokens.get(k).norm().equals("government") || tokens.get(k).norm().equals("authorities")) {
                return k + 1;
            }
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** "<state|demonym> Foreign Ministry" and "Ministry of Foreign Affairs of <state>" -> org:ISO3-MFA. */
    private static void nationalBodies(List<Token> tokens, List<Raw> raws) {
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.kind != EntityKind.BODY_NAME) {
                continue;
            }
            Raw before = i > 0 ? raws.get(i - 1) : null;
            Raw after = i + 1 < raws.size() ? raws.get(i + 1) : null;
            String code = r.id;
            // "Ethiopia's Ministry of Foreign Affairs": the possessive joins them too
            // (also past an adjective: "Kazakhstan's new Commissioner for Human Rights")
            boolean adjective = before != null && before.te + 3 == r.ts && tokens.get(r.ts - 1).isWord()
                    && !tokens.get(r.ts - 1).isCapitalised();
            boolean possessive = before != null && (before.te + 2 == r.ts || adjective) && before.kind == EntityKind.STATE
                    && (tokens.get(before.te).is("'") || tokens.get(before.te).is("\u2019")) && tokens.get(before.te + 1).is("s");
            if (before != null && !before.dropped && (before.te == r.ts || possessive)
                    && (before.kind == EntityKind.STATE || before.kind == EntityKind.DEMONYM)) {
                r.kind = EntityKind.NATIONAL_BODY;
                r.id = "org:" + before.country + "-" + code;
                r.country = before.country;
                r.ts = before.ts;
                before.dropped = true;
            } else if (after != null && after.kind == EntityKind.STATE) {
                int k = portfolioEnd(tokens, r.te, after.ts);
                if (k < tokens.size() && tokens.get(k).is("of")) {
                    k++;
                    if (k < tokens.size() && tokens.get(k).is("the") && k != after.ts) {
                        k++; // (a state's formal name keeps its article: "of the Republic of the Philippines")
                    }
                    if (k == after.ts) {
                        r.kind = EntityKind.NATIONAL_BODY;
                        r.id = "org:" + after.country + "-" + code;
                        r.country = after.country;
                        r.te = after.te;
                        after.dropped = true;
                    }
                }
            }
        }
    }

    /**
     * Where a ministry's name goes on past the portfolio the knowledge base lists, before "of <state>": "Ministry of
     * Justice and Home Affairs of Mongolia" is Mongolia's ministry of justice. {@code from} itself where it does not.
     */
    private static int portfolioEnd(List<Token> tokens, int from, int limit) {
        if (from >= limit || !tokens.get(from).is("and")) {
            return from;
        }
        int k = from + 1;
        while (k < limit && k - from <= 4 && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
            k++;
        }
        return k > from + 1 && k < limit && tokens.get(k).is("of") ? k : from;
    }

    /**
     * "the Secretary-General of the OIC", "the OIC Secretary-General": an office the knowledge base knows as the UN's
     * (by its bare title) held at another organisation is a title there, its holder that organisation's official.
     */
    private static void titlesOfOtherBodies(List<Token> tokens, List<Raw> raws) {
        for (int i = 0; i + 1 < raws.size(); i++) {
            Raw r = raws.get(i);
            Raw owner = raws.get(i + 1);
            int of = r.te;
            boolean ofOwner = of < tokens.size() && tokens.get(of).is("of")
                    && (owner.ts == of + 1 || owner.ts == of + 2 && tokens.get(of + 1).is("the"));
            if (r.kind == EntityKind.ORG && r.office && ofOwner && owner.kind == EntityKind.ORG && !owner.office
                    && !isUnitedNations(owner.id) && isUnitedNations(r.id)) {
                asTitleOf(r, owner.id);
            }
        }
    }

    private static boolean isUnitedNations(String id) {
        return id != null && (id.equals("org:UN") || id.startsWith("org:UN") && !id.startsWith("org:UNI"));
    }

    private static void asTitleOf(Raw office, String body) {
        office.kind = EntityKind.TITLE;
        office.office = false;
        office.id = null;
        office.affiliation = body;
    }

    /** "Chinese President", "UN Special Rapporteur": the qualifier belongs to the title, it is not an actor. */
    private static void qualifiedTitles(List<Raw> raws) {
        for (int i = 1; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Raw before = raws.get(i - 1);
            if (!r.isTitle() || before.dropped || before.te != r.ts) {
                continue;
            }
            if (before.kind == EntityKind.STATE || before.kind == EntityKind.DEMONYM
                    || before.kind == EntityKind.ORG && !before.office) {
                if (r.kind == EntityKind.ORG && r.office && before.kind == EntityKind.ORG && !isUnitedNations(before.id)) {
                    asTitleOf(r, before.id); // "the OIC Secretary-General": the OIC's, not the UN's
                }
                r.ts = before.ts;
                if (r.affiliation == null && before.kind == EntityKind.ORG) {
                    r.affiliation = before.id;
                }
                if (r.country == null && before.country != null) {
                    r.country = before.country;
                }
                before.dropped = true;
            }
        }
    }

    /**
     * "The African Union (AU) and the European Union (EU)", "the Human Rights Commission of Sri Lanka (HRCSL), ...": an
     * acronym in brackets right after a body or state is part of that mention, not a second one, so lists of such
     * names coordinate as lists.
     */
    private static void bracketedAcronyms(List<Token> tokens, List<Raw> raws) {
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            int open = r.te;
            if (r.dropped || r.kind == EntityKind.TITLE || open + 2 >= tokens.size() || !tokens.get(open).is("(")
                    || !tokens.get(open + 2).is(")") || !NameReader.isAcronym(tokens.get(open + 1).text())) {
                continue;
            }
            Raw inside = i + 1 < raws.size() && raws.get(i + 1).ts == open + 1 ? raws.get(i + 1) : null;
            if (inside != null && (inside.id == null || !inside.id.equals(r.id))) {
                continue; // "the Committee (CERD)": a different entry, left to the rules
            }
            if (inside != null) {
                inside.dropped = true;
            }
            r.te = open + 3;
        }
    }

    /** "the UN Committee on Economic, Social and Cultural Rights": "UN" qualifies the body, it is not a second one. */
    private static void qualifiedBodies(List<Raw> raws) {
        for (int i = 1; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Raw before = raws.get(i - 1);
            if (r.kind == EntityKind.ORG && !r.office && !before.dropped && before.te == r.ts
                    && before.kind == EntityKind.ORG && "org:UN".equals(before.id)) {
                r.ts = before.ts;
                before.dropped = true;
            }
        }
    }

    /**
     * "SUHAKAM and UNICEF Malaysia conducted a workshop", "UNDP Thailand": an international body's acronym with the
     * state of its country office is that body, not a second side.
     */
    private static void countryOffices(List<Token> tokens, List<Raw> raws) {
        for (int i = 1; i < raws.size(); i++) {
            Raw state = raws.get(i);
            Raw body = raws.get(i - 1);
            if (state.kind == EntityKind.STATE && !state.dropped && !body.dropped && body.kind == EntityKind.ORG
                    && !body.office && body.te == state.ts && body.te - body.ts == 1
                    && NameReader.isAcronym(tokens.get(body.ts).text()) && body.id != null && !body.id.matches("org:[A-Z]{3}-.*")
                    && !(state.te < tokens.size() && (tokens.get(state.te).isAttachedHyphen()
                    || tokens.get(state.te).isCapitalised()))) {
                body.te = state.te;
                state.dropped = true;
            }
        }
    }

    /** "Sino-Swiss dialogue": an adjective in a hyphenated compound names the state. */
    private static void compoundDemonyms(List<Token> tokens, List<Raw> raws) {
        for (Raw r : raws) {
            if (r.kind == EntityKind.DEMONYM && !r.dropped
                    && (r.ts > 0 && tokens.get(r.ts - 1).norm().equals("-") && !tokens.get(r.ts - 1).spaceBefore()
                    || r.te < tokens.size() && tokens.get(r.te).isAttachedHyphen())) {
                r.kind = EntityKind.STATE;
            }
        }
    }

    private static Mention toMention(String doc, List<Token> tokens, Raw r) {
        MentionKind kind = switch (r.kind) {
            case STATE -> MentionKind.STATE;
            case ORG -> MentionKind.ORG;
            case NATIONAL_BODY -> MentionKind.NATIONAL_BODY;
            case TREATY -> MentionKind.TREATY;
            case CITY -> MentionKind.CITY;
            default -> MentionKind.TITLE;
        };
        if (r.kind == EntityKind.ORG && r.office) {
            kind = MentionKind.ORG;
        }
        int ts = r.ts;
        // a city keeps its article only where it is part of the name ("The Hague")
        boolean articleInName = kind != MentionKind.CITY || r.id != null && r.id.startsWith("The ");
        // nor does the first state of a compound: "the China-Swiss dialogue" is the dialogue's article
        boolean compound = r.te < tokens.size() && tokens.get(r.te).isAttachedHyphen();
        if (articleInName && !compound && ts > 0 && tokens.get(ts - 1).is("the")) {
            ts--;
        }
        int start = tokens.get(ts).start();
        int end = tokens.get(r.te - 1).end();
        String id = r.kind == EntityKind.TITLE ? null : r.id;
        String affiliation = r.isTitle() ? (r.affiliation != null ? r.affiliation : r.office && r.id != null ? r.id : null) : null;
        return new Mention(kind, id, ts, r.te, start, end, doc.substring(start, end), r.country,
                r.honorific ? PersonFinder.HONORIFIC : affiliation, false);
    }
}
