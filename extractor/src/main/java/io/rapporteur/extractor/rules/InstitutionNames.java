package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.kb.EntityEntry;
import io.rapporteur.extractor.kb.EntityKind;
import io.rapporteur.extractor.kb.PhraseTrie;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of bodies the gazetteer does not hold, read while the view is read: a state's own ministries and institutions
 * written in full ("Jordan's National Centre for Human Rights", "the Ministry of Labour, Invalids and Social Affairs"),
 * a body's bare portfolio after its state ("Viet Nam's Foreign Ministry"), short names the text defines ("the
 * Commission") and shortened names of institutions it named before.
 */
final class InstitutionNames {

    private final SentenceView v;

    InstitutionNames(SentenceView v) {
        this.v = v;
    }

    /** Adds the names to the view's mentions; each step sees the names the ones before it added. */
    void find() {
        bareNationalBodies();
        namedInstitutions();
        definedShortNames();
        shortenedInstitutionNames();
        ownersPossessive();
    }

    /**
     * "Ghana's Commission on Human Rights and Administrative Justice": a national body written after its own state's
     * possessive (one of the knowledge base, or one named above with its acronym) takes the possessive into its name,
     * as "Viet Nam's Ministry of Foreign Affairs" does, so that the state is not read as a second party beside it
     * ("Kenya and Ghana's Commission ... signed").
     */
    private void ownersPossessive() {
        for (Mention body : List.copyOf(v.mentions)) {
            if (body.kind() != MentionKind.NATIONAL_BODY || body.country() == null) {
                continue;
            }
            Mention owner = possessiveStateBefore(body.tokStart());
            if (owner == null || !body.country().equals(owner.id())) {
                continue;
            }
            v.mentions.remove(owner);
            v.mentions.set(v.mentions.indexOf(body), new Mention(body.kind(), body.id(), owner.tokStart(), body.tokEnd(),
                    owner.start(), body.end(), v.doc.substring(owner.start(), body.end()), body.country(),
                    body.affiliation(), body.inferred()));
        }
    }

    /**
     * "the Thirteenth National Assembly adopted resolutions ratifying ...", "the Ministry of Foreign Affairs organized":
     * a kind of body every state has, named without its state, is the body of the state the text is about.
     */
    private void bareNationalBodies() {
        String state = v.discourse.mainState();
        if (state == null) {
            return;
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 1 < v.tokens.size(); i++) {
            if (!v.tokens.get(i).is("the")) {
                continue;
            }
            int at = i + 1;
            if (v.kb.ordinal(v.tokens.get(at).norm()) != null && v.tokens.get(at).isCapitalised()
                    || v.tokens.get(at).norm().matches("\\d{1,2}(st|nd|rd|th)")) {
                at++; // "the Thirteenth National Assembly", "the 13th National Assembly"
            }
            PhraseTrie.Match<EntityEntry> m = at < v.tokens.size() ? v.kb.entities().longestAt(v.tokens, at) : null;
            if (m == null || m.value().kind() != EntityKind.BODY_NAME || !v.tokens.get(at).isCapitalised()
                    || v.overlapsMention(i, m.end())) {
                continue;
            }
            Token first = v.tokens.get(i);
            Token last = v.tokens.get(m.end() - 1);
            added.add(new Mention(MentionKind.NATIONAL_BODY, "org:" + state + "-" + m.value().id(), i, m.end(),
                    first.start(), last.end(), v.doc.substring(first.start(), last.end()), state, null, true));
            i = m.end() - 1;
        }
        if (!added.isEmpty()) {
            v.mentions.addAll(added);
            v.mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    /** Last words of a law's name, not an institution's: "the Human Rights Commission Act". */
    private static final Set<String> LAW_NAMES = Set.of("act", "law", "code", "decree", "statute", "ordinance", "bill");

    private static final Set<String> NAME_JOINTS = Set.of("of", "for", "and", "on", "the", "'", "s", "-");

    /** The comma of "the Ministry of Labour, Invalids and Social Affairs (MOLISA)": after "of" and one capitalised word. */
    private boolean commaInAMinistrysName(int k) {
        return k >= 2 && v.tokens.get(k).is(",") && v.tokens.get(k - 1).isWord() && v.tokens.get(k - 1).isCapitalised()
                && v.tokens.get(k - 2).is("of");
    }

    /**
     * "The African Commission on Human and Peoples' Rights (the Commission) held ...": the short name the text defines
     * for a body it names, which its "the Commission" means from then on, whatever other commission it names later.
     */
    private void definedShortNames() {
        for (int open = 1; open + 3 < v.tokens.size(); open++) {
            if (!v.tokens.get(open).is("(") || !v.tokens.get(open + 1).is("the") || !v.tokens.get(open + 3).is(")")
                    || !v.tokens.get(open + 2).isCapitalised()) {
                continue;
            }
            final int at = open;
            v.mentions.stream().filter(m -> m.tokEnd() == at && m.kind() == MentionKind.ORG && m.id() != null && !m.inferred())
                    .findFirst().ifPresent(m -> v.discourse.shortName(v.tokens.get(at + 2).text(), m.id()));
        }
    }

    /**
     * "the Ethiopian Human Rights Commission (EHRC)", "the Office on Missing Persons (OMP)": a national institution the
     * knowledge base does not hold, named with its acronym, is org:STATE-ACRONYM (its state named in the name, else the
     * state the text is about), and so is the acronym alone later ("the EHRC and UNDP jointly organized ...").
     */
    private void namedInstitutions() {
        List<Mention> added = new ArrayList<>();
        for (int close = 3; close < v.tokens.size(); close++) {
            if (!v.tokens.get(close).is(")")) {
                continue;
            }
            Token acronym = v.tokens.get(close - 1);
            if (!v.tokens.get(close).is(")") || !v.tokens.get(close - 2).is("(") || !isAcronym(acronym.text())) {
                continue;
            }
            int open = close - 2;
            int start = open;
            boolean head = false;
            while (start - 1 >= 0 && (v.tokens.get(start - 1).isWord() && v.tokens.get(start - 1).isCapitalised()
                    || NAME_JOINTS.contains(v.tokens.get(start - 1).norm()) && start - 2 >= 0
                    && v.tokens.get(start - 2).isWord() && v.tokens.get(start - 2).isCapitalised()
                    || commaInAMinistrysName(start - 1))) {
                start--;
                head |= SentenceView.INSTITUTION_HEADS.contains(v.tokens.get(start).norm());
            }
            if (!head || open - start < 2) {
                continue;
            }
            final int from = start;
            // the knowledge base's own body named whole ("the United Nations Development Programme (UNDP)"), not one
            // inside a longer national name ("the Cambodian Human Rights Committee (CHRC)")
            Mention known = v.mentions.stream().filter(m -> m.tokStart() <= from && m.tokEnd() >= open
                    && m.kind() != MentionKind.STATE && m.kind() != MentionKind.CITY).findFirst().orElse(null);
            if (known != null) {
                // the knowledge base's own body ("the United Nations Development Programme (UNDP)"); an acronym it
                // does not list stands for it from here on ("The Regional Office for Central Asia (ROCA)", "ROCA and
                // UNDP convened ...")
                if (known.kind() == MentionKind.ORG && known.id() != null) {
                    v.discourse.institution(acronym.text(), known.id());
                }
                continue;
            }
            // (the state's mention may take in the brackets: "of Malaysia (SUHAKAM)")
            // (its mention may take in the article: "the Uganda Human Rights Commission (UHRC)")
            Mention state = v.mentions.stream().filter(m -> m.tokEnd() > from && m.tokStart() < open
                    && m.kind() == MentionKind.STATE && m.id() != null).findFirst().orElse(null);
            // (or its possessive before the name: "Ghana's Commission on Human Rights and Administrative Justice (CHRAJ)")
            Mention owner = state == null ? possessiveStateBefore(from) : null;
            String country = state != null ? state.id() : owner != null ? owner.id() : demonymIn(from, open);
            country = country != null ? country : v.discourse.mainState();
            if (country == null) {
                continue;
            }
            String id = "org:" + country + "-" + acronym.text().toUpperCase(Locale.ROOT);
            int spanStart = start > 0 && v.tokens.get(start - 1).is("the") ? start - 1 : start;
            final int end = close + 1;
            v.mentions.removeIf(m -> m.tokStart() >= spanStart && m.tokEnd() <= end);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, spanStart, close + 1, v.tokens.get(spanStart).start(),
                    v.tokens.get(close).end(), v.doc.substring(v.tokens.get(spanStart).start(), v.tokens.get(close).end()),
                    country, null, false));
            v.discourse.institution(acronym.text(), id);
        }
        // "the National Centre for Human Rights", "the Rights and Liberties Protection Department": a national
        // institution named without an acronym takes its initials, as annotators write them (org:UZB-NCHR)
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            // also a heading's "NATIONAL HUMAN RIGHTS COMMITTEE - STATE OF QATAR", with no article
            // (or "KENYA NATIONAL COMMISSION ON HUMAN RIGHTS": its state first)
            // and a report's title line, "HUMAN RIGHTS COMMISSION - ZAMBIA": the institution whose report it is
            boolean titleLine = v.sentence.index() == 0 && v.sentence.heading() && !v.tokens.get(0).is("the");
            boolean headingName = i == 0 && (titleLine || v.kb.words("national-institution-openers").contains(v.tokens.get(0).norm())
                    || v.tokens.size() > 2 && v.kb.words("national-institution-openers").contains(v.tokens.get(1).norm())
                    && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.STATE && m.tokStart() == 0 && m.tokEnd() == 1));
            int first = headingName ? 0 : i + 1;
            final int firstTok = first;
            // (a state may open the name: "the Kenya National Commission on Human Rights")
            Mention openingState = v.mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.tokStart() <= firstTok
                    && m.tokEnd() > firstTok).findFirst().orElse(null);
            // (also "the Malawi Human Rights Commission": a state's name, then the institution's)
            boolean stateFirst = openingState != null && openingState.tokEnd() < v.tokens.size()
                    && v.tokens.get(openingState.tokEnd()).isWord() && v.tokens.get(openingState.tokEnd()).isCapitalised();
            // (or a body of the knowledge base opens a longer name: "the Commission on Human Rights of the
            // Philippines", "the Commission on Human Rights and Administrative Justice")
            boolean bodyFirst = v.mentions.stream().anyMatch(m -> nameStart(m) == firstTok && longerNameOver(m));
            if (first == i + 1 && !v.tokens.get(i).is("the") || !v.tokens.get(first).isWord()
                    || !v.tokens.get(first).isCapitalised() || v.overlapsMention(first, first + 1) && !stateFirst && !bodyFirst) {
                continue;
            }
            int end = first;
            StringBuilder initials = new StringBuilder();
            boolean head = false;
            int words = 0;
            while (end < v.tokens.size() && (v.tokens.get(end).isWord() && v.tokens.get(end).isCapitalised()
                    || (v.tokens.get(end).is("of") || v.tokens.get(end).is("for")) && capitalisedAfter(end + 1)
                    || (v.tokens.get(end).is("and") || v.tokens.get(end).is("on")) && end + 1 < v.tokens.size()
                    && v.tokens.get(end + 1).isWord() && v.tokens.get(end + 1).isCapitalised()
                    && !nameStartsAt(end + 1) // not "... of Justice and UNICEF": two names (but "the National
                    // Commission on Human Rights" runs on through the international body's name inside it)
                    || v.tokens.get(end).is("the") && end > first && (v.tokens.get(end - 1).is("of") || v.tokens.get(end - 1).is("for"))
                    && capitalisedAfter(end + 1))) { // "the National Council for the Administration of Justice"
                Token t = v.tokens.get(end);
                if (t.isCapitalised() && !NAME_JOINTS.contains(t.norm())) { // not the "ON" of "COMMISSION ON HUMAN RIGHTS"
                    initials.append(t.text().charAt(0));
                    words++;
                    head |= SentenceView.INSTITUTION_HEADS.contains(t.norm());
                }
                end++;
            }
            final int from = first;
            final int to = end;
            // not an office's body ("the Chairperson of the Supreme Court"), nor a run the knowledge base reads in
            // part (a title, a person, a body): only names it knows nothing of, three words or more
            boolean law = LAW_NAMES.contains(v.tokens.get(to - 1).norm()); // "the Human Rights Commission Act"
            if (!head || law || words < 3 || words > 7 || to < v.tokens.size() && v.tokens.get(to).is("(")
                    || i > 0 && v.tokens.get(i - 1).is("of") && !(i > 1 && PEOPLE_OF_A_BODY.contains(v.tokens.get(i - 2).norm()))
                    || to + 1 < v.tokens.size() && v.tokens.get(to).is(",") && v.mentions.stream().anyMatch(m ->
                    m.tokStart() == to + 1 && m.kind() == MentionKind.PERSON) // "the Commissioner for ..., A B"
                    || added.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from)
                    || v.mentions.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from
                    && m.kind() != MentionKind.STATE && !nationalInstitutionAround(m, from, to)
                    && !(nameStart(m) == from && longerNameOver(m))
                    && (m.kind() != MentionKind.TITLE || m.tokStart() <= from
                    || m.tokEnd() >= to && !v.tokens.get(m.tokStart() - 1).is("of")))) {
                i = Math.max(i, end - 1); // a title inside is a word of the name ("... of Justice"), not first
                continue;
            }
            if (gazetteerReads(from, to) && !bodyFirst && v.mentions.stream().noneMatch(m -> nationalInstitutionAround(m, from, to))) {
                i = to - 1;
                continue; // an office or body the knowledge base names, read away by another pass ("the UN High
            }             // Commissioner for Human Rights, Jose Ayala Lasso")
            Mention state = v.mentions.stream().filter(m -> m.tokEnd() > from && m.tokEnd() <= to
                    && m.kind() == MentionKind.STATE && m.id() != null).findFirst().orElse(null);
            String country = state != null ? state.id() : demonymIn(from, to);
            country = country != null ? country : v.discourse.mainState();
            if (country == null && first == 0) { // the heading's "- STATE OF QATAR"
                country = v.mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null)
                        .map(Mention::id).findFirst().orElse(null);
            }
            if (country == null) {
                continue;
            }
            String letters = initials.toString();
            if (state != null && state.tokEnd() == to && v.tokens.get(state.tokStart() - 1).is("of")) {
                // "the National Human Rights Commission of Nepal": NHRC, its state apart
                int stateWords = (int) v.tokens.subList(state.tokStart(), state.tokEnd()).stream()
                        .filter(t -> t.isWord() && t.isCapitalised() && !NAME_JOINTS.contains(t.norm())).count();
                letters = letters.substring(0, Math.max(0, letters.length() - stateWords));
            }
            if (letters.length() < 2) {
                continue;
            }
            String id = "org:" + country + "-" + letters.toUpperCase(Locale.ROOT);
            String listed = state == null ? v.kb.listedInstitution(country, v.doc.substring(v.tokens.get(from).start(),
                    v.tokens.get(to - 1).end())) : null;
            id = listed != null ? listed : id;
            final int spanStart = Math.min(i, first);
            v.mentions.removeIf(m -> m.tokStart() >= spanStart && m.tokEnd() <= to);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, spanStart, to, v.tokens.get(spanStart).start(),
                    v.tokens.get(to - 1).end(), v.doc.substring(v.tokens.get(spanStart).start(), v.tokens.get(to - 1).end()),
                    country, null, false));
            i = to - 1;
        }
        // "Jordan's National Centre for Human Rights": a state's own institution written with its possessive
        for (Mention state : List.copyOf(v.mentions)) {
            int s0 = state.tokEnd() + 2;
            if (state.kind() != MentionKind.STATE || state.id() == null || !v.possessive(state)
                    || !v.tokenIs(state.tokEnd() + 1, "s") || s0 >= v.tokens.size() || !v.capitalisedAt(s0) || v.overlapsMention(s0, s0 + 1)) {
                continue;
            }
            int end = s0;
            StringBuilder initials = new StringBuilder();
            boolean head = false;
            while (end < v.tokens.size() && (v.tokens.get(end).isWord() && v.tokens.get(end).isCapitalised()
                    || (v.tokenIs(end, "of") || v.tokenIs(end, "for") || v.tokenIs(end, "on") || v.tokenIs(end, "and"))
                    && v.capitalisedAt(end + 1) && !nameStartsAt(end + 1))) {
                Token t = v.tokens.get(end);
                if (t.isCapitalised() && !NAME_JOINTS.contains(t.norm())) {
                    initials.append(t.text().charAt(0));
                    head |= SentenceView.INSTITUTION_HEADS.contains(t.norm());
                }
                end++;
            }
            final int from = s0;
            final int to = end;
            if (!head || initials.length() < 2 || added.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from)
                    || v.mentions.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from && m.kind() != MentionKind.STATE
                    && !(m.kind() == MentionKind.ORG && (nationalInstitutionAround(m, from, to) || nameStart(m) == from && longerNameOver(m))))) {
                continue;
            }
            String id = "org:" + state.id() + "-" + initials.toString().toUpperCase(Locale.ROOT);
            v.mentions.removeIf(m -> m.tokStart() >= from && m.tokEnd() <= to);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, state.tokStart(), to, v.tokens.get(state.tokStart()).start(),
                    v.tokens.get(to - 1).end(), v.doc.substring(v.tokens.get(state.tokStart()).start(), v.tokens.get(to - 1).end()),
                    state.id(), null, false));
            v.mentions.remove(state);
        }
        // "the EHRC": an acronym the text introduced before
        for (int i = 0; v.discourse.hasInstitutions() && i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            String id = isAcronym(t.text()) ? v.discourse.institution(t.text()) : null;
            final int at = i;
            if (id == null || v.overlapsMention(i, i + 1) || added.stream().anyMatch(m -> m.tokStart() <= at && m.tokEnd() > at)) {
                continue;
            }
            int spanStart = i > 0 && v.tokens.get(i - 1).is("the") ? i - 1 : i;
            String country = v.national(id);
            added.add(new Mention(country != null ? MentionKind.NATIONAL_BODY : MentionKind.ORG, id, spanStart, i + 1,
                    v.tokens.get(spanStart).start(), t.end(), v.doc.substring(v.tokens.get(spanStart).start(), t.end()), country,
                    null, false));
        }
        if (!added.isEmpty()) {
            v.mentions.addAll(added);
            v.mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    /** The state whose possessive ends right before token {@code tok} ("Ghana's"), or null. */
    private Mention possessiveStateBefore(int tok) {
        return v.mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null && m.tokEnd() == tok - 2
                && v.possessive(m) && v.tokenIs(tok - 1, "s")).findFirst().orElse(null);
    }

    /**
     * Whether a body of the knowledge base named in capitals runs on into a longer name: "Commission on Human Rights"
     * then "of the Philippines" or "and Administrative Justice" (a state's own institution), not an office.
     */
    private boolean longerNameOver(Mention m) {
        if (m.kind() != MentionKind.ORG || m.id() == null || m.inferred() || v.kb.isOffice(m.id())
                || !SentenceView.INSTITUTION_HEADS.contains(v.tokens.get(nameStart(m)).norm())) {
            return false;
        }
        int after = m.tokEnd();
        if (v.tokenIs(after, "and")) {
            return v.capitalisedAt(after + 1) && !nameStartsAt(after + 1);
        }
        int state = v.tokenIs(after, "of") ? (v.tokenIs(after + 1, "the") ? after + 2 : after + 1) : -1;
        return state > 0 && v.mentions.stream().anyMatch(s -> s.kind() == MentionKind.STATE && s.id() != null
                && s.tokStart() <= state && s.tokEnd() > state);
    }

    /** Where a mention's name begins, after its article. */
    private int nameStart(Mention m) {
        return v.tokenIs(m.tokStart(), "the") && m.tokEnd() > m.tokStart() + 1 ? m.tokStart() + 1 : m.tokStart();
    }

    /** Whether a mention other than a state's begins at {@code tok} (one that began before it is the same name). */
    private boolean nameStartsAt(int tok) {
        return v.mentions.stream().anyMatch(m -> m.tokStart() <= tok && m.tokEnd() > tok
                && (m.tokStart() == tok || m.kind() == MentionKind.STATE));
    }

    /** Who stands for a body, not an office in it: "members of the Zimbabwe Human Rights Commission". */
    private static final Set<String> PEOPLE_OF_A_BODY = Set.of("members", "officials", "representatives", "staff",
            "delegation", "delegations", "commissioners");

    /**
     * "the National Human Rights Committee", "the Independent National Human Rights Commission": a state's own
     * institution whose name ends in an international body's (the Human Rights Committee), which only opening words of
     * the domestic-name kind ("National", "Independent") come before.
     */
    private boolean nationalInstitutionAround(Mention inner, int from, int to) {
        if (inner.kind() != MentionKind.ORG || inner.tokStart() <= from || inner.tokEnd() != to) {
            return false;
        }
        boolean opener = false;
        for (int k = from; k < inner.tokStart(); k++) {
            final int at = k;
            boolean state = v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.STATE && m.tokStart() <= at && at < m.tokEnd())
                    || demonymIn(at, at + 1) != null; // "the Indonesian National Commission on Human Rights"
            boolean word = v.kb.words("national-institution-openers").contains(v.tokens.get(k).norm());
            if (!word && !state) {
                return false; // "the Kenya National Commission on Human Rights": its state may come first
            }
            opener |= word;
        }
        return opener;
    }

    /**
     * "the National Centre" after "the National Centre for Human Rights", "the Regional Office" after "the OHCHR
     * Regional Office for Central Asia": a body's name shortened to its first words and head, which refers to the body
     * the text named in full.
     */
    private void shortenedInstitutionNames() {
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            if (!v.tokens.get(i).is("the")) {
                continue;
            }
            int end = i + 1;
            while (end < v.tokens.size() && end - i <= 3 && v.tokens.get(end).isWord() && v.tokens.get(end).isCapitalised()
                    && !SentenceView.INSTITUTION_HEADS.contains(v.tokens.get(end).norm())) {
                end++;
            }
            if (end == i + 1 || end >= v.tokens.size() || !SentenceView.INSTITUTION_HEADS.contains(v.tokens.get(end).norm())
                    || v.overlapsMention(i, end + 1) || end + 1 < v.tokens.size() && (v.tokens.get(end + 1).is("of")
                    || v.tokens.get(end + 1).is("for") || v.tokens.get(end + 1).is("on"))) {
                continue; // not "the National Commission on ...": a name of its own
            }
            String phrase = v.doc.substring(v.tokens.get(i + 1).start(), v.tokens.get(end).end());
            String id = v.discourse.lastBodyNamed(phrase);
            if (id == null) {
                continue;
            }
            String country = v.national(id);
            added.add(new Mention(country != null ? MentionKind.NATIONAL_BODY : MentionKind.ORG, id, i, end + 1,
                    v.tokens.get(i).start(), v.tokens.get(end).end(), v.doc.substring(v.tokens.get(i).start(), v.tokens.get(end).end()),
                    country, null, true));
            i = end;
        }
        if (!added.isEmpty()) {
            v.mentions.addAll(added);
            v.mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    /** Whether the knowledge base names a body, office or title in the tokens (a title after "of" aside). */
    private boolean gazetteerReads(int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<EntityEntry> m = v.kb.entities().longestAt(v.tokens, k);
            if (m == null) {
                continue;
            }
            EntityKind kind = m.value().kind();
            if (kind == EntityKind.STATE || kind == EntityKind.DEMONYM || kind == EntityKind.CITY
                    || kind == EntityKind.TITLE && k > 0 && v.tokens.get(k - 1).is("of")) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Whether a capitalised word is at {@code k}, or "the" and then one. */
    private boolean capitalisedAfter(int k) {
        return k < v.tokens.size() && (v.tokens.get(k).isWord() && v.tokens.get(k).isCapitalised()
                || v.tokens.get(k).is("the") && k + 1 < v.tokens.size() && v.tokens.get(k + 1).isCapitalised());
    }

    /** The state of a demonym among the tokens ("Australian Human Rights Commission" -> AUS), or null. */
    private String demonymIn(int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<EntityEntry> m = v.kb.entities().longestAt(v.tokens, k);
            if (m != null && m.value().kind() == EntityKind.DEMONYM && m.value().id() != null) {
                return m.value().id();
            }
        }
        return null;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 8 && text.chars().allMatch(c -> Character.isUpperCase(c))
                ;
    }
}
