package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Token;

import java.util.List;
import java.util.Locale;

/**
 * The person a title introduces: the holder named after it ("Special Rapporteur Olivier De Schutter", "the Chinese
 * Foreign Minister, Wang Yi", past a mandate "on the right to food, Michael Fakhri") or before it in apposition, and
 * the holder a bare title refers to among the people the text has named ("the High Commissioner").
 */
final class TitleHolders {

    private final KnowledgeBase kb;
    private final NameReader names;

    TitleHolders(KnowledgeBase kb, NameReader names) {
        this.kb = kb;
        this.names = names;
    }

    /** The longest mandate between a title and its holder's name: "on the promotion and protection of ..." */
    private static final int MAX_MANDATE_TOKENS = 16;

    /**
     * "The High Commissioner also signed ...": a bare title whose office the knowledge base knows (its affiliation)
     * refers to the person last mentioned as holding that office. Null when the document has named no such person.
     */
    Mention holderOfBareTitle(List<Token> tokens, Mention title, PersonRegistry people) {
        if (title.kind() == MentionKind.TITLE && title.affiliation() == null
                && title.text().regionMatches(true, 0, "the ", 0, 4)) {
            return holderOfGenericTitle(tokens, title, people);
        }
        if (title.kind() != MentionKind.TITLE || title.affiliation() == null || !title.affiliation().startsWith("org:")
                || !title.text().regionMatches(true, 0, "the ", 0, 4)) {
            return null;
        }
        // "the Deputy High Commissioner" is the holder titled a deputy, "the High Commissioner" rather one who was
        // not; and a current holder rather than one the text titled "then-" or "former"
        boolean deputy = PersonRegistry.isDeputyTitle(title.text());
        Person best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Person p : people.recentFirst()) {
            if (title.affiliation().equals(p.affiliation())) {
                int rank = (people.isDeputy(p.id()) == deputy ? 0 : 2) + (people.isFormerHolder(p.id()) ? 1 : 0);
                if (rank < bestRank) {
                    best = p;
                    bestRank = rank;
                }
            }
        }
        if (best != null) {
            people.mentioned(best); // "the Special Rapporteur" mentions its holder as much as the name does
            return new Mention(MentionKind.PERSON, best.id(), title.tokStart(), title.tokEnd(), title.start(),
                    title.end(), title.text(), null, best.affiliation(), true);
        }
        // no holder named yet: "invited the High Commissioner to visit" invites the office
        return kb.isOffice(title.affiliation()) ? new Mention(MentionKind.ORG, title.affiliation(), title.tokStart(),
                title.tokEnd(), title.start(), title.end(), title.text(), null, title.affiliation(), true) : null;
    }

    /** "Commissioner for Human Rights" -> "commissioner", "the Public Defender of Georgia" -> "defender": an office's head word. */
    private static String officeHead(String title) {
        String head = null;
        for (String word : title.split("[\\s,]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.equals("of") || w.equals("for") || w.equals("on")) {
                break;
            }
            if (!w.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                head = w;
            }
        }
        return head;
    }

    /** Whether a title at {@code tok} is written as a past one: "then-Deputy High Commissioner", "former President". */
    static boolean formerAt(List<Token> tokens, int tok) {
        int k = tok > 0 && tokens.get(tok - 1).norm().equals("-") ? tok - 2 : tok - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("then") || tokens.get(k).is("former"));
    }

    /**
     * "In Tashkent, the Special Rapporteur met with ...": a title of a kind of office, without its mandate, refers to
     * the person last mentioned as holding an office of that kind. Null when there is none.
     */
    private Mention holderOfGenericTitle(List<Token> tokens, Mention title, PersonRegistry people) {
        String generic = title.text().substring(4).replaceFirst("^(UN|United Nations) ", "");
        // "the expert", "the UN human rights expert": any special procedures mandate holder
        boolean anyMandate = generic.toLowerCase(Locale.ROOT).endsWith("expert") && !generic.contains("Independent");
        // (a current holder before one the text called former or a predecessor: "his predecessor, Frank La Rue,")
        for (boolean formerToo : new boolean[] {false, true}) {
            for (Person p : people.recentFirst()) {
                if (p.affiliation() != null && (formerToo || !people.isFormerHolder(p.id()))
                        && (kb.isOfficeOfKind(p.affiliation(), generic) || anyMandate && KnowledgeBase.isMandate(p.affiliation()))) {
                    people.mentioned(p);
                    return new Mention(MentionKind.PERSON, p.id(), title.tokStart(), title.tokEnd(), title.start(),
                            title.end(), title.text(), null, p.affiliation(), true);
                }
            }
        }
        // "the Commissioner paid a working visit" after "the Commissioner for Human Rights, Askar Shakirov": a national
        // office the knowledge base does not list, written with the head word its holder was named with
        String head = officeHead(generic);
        boolean mandate = title.tokEnd() < tokens.size() && (tokens.get(title.tokEnd()).is("of")
                || tokens.get(title.tokEnd()).is("for") || tokens.get(title.tokEnd()).is("on")); // "the Chairman of X"
        // (also a qualified title of that head: "The Chief Commissioner paid a working visit" after "The Chief
        // Commissioner, Ms. A, led ...", not a deputy's)
        String written = generic.trim().toLowerCase(Locale.ROOT);
        boolean ofThatHead = written.equals(head) || head != null && written.endsWith(" " + head)
                && !PersonRegistry.isDeputyTitle(written) && !written.startsWith("vice");
        Person holder = head != null && !mandate && ofThatHead ? people.lastHolding(head) : null;
        if (holder != null) {
            people.mentioned(holder);
            return new Mention(MentionKind.PERSON, holder.id(), title.tokStart(), title.tokEnd(), title.start(),
                    title.end(), title.text(), null, holder.affiliation(), true);
        }
        return null;
    }

    /** "Mary Robinson, the UN High Commissioner for Human Rights, ..." */
    Mention appositivePerson(String doc, List<Token> tokens, Mention title, boolean[] occupied,
                                     PersonRegistry people) {
        if (PersonFinder.HONORIFIC.equals(title.affiliation())) {
            return null; // "..., the Hon Julie Bishop": an honorific goes before its holder's name, never after
        }
        int verb = title.tokEnd() < tokens.size() && tokens.get(title.tokEnd()).is("also") ? title.tokEnd() + 1 : title.tokEnd();
        if (verb < tokens.size() && kb.isNameVerb(tokens.get(verb).norm())) {
            return null; // "at the invitation of ..., Ucha Nanuashvili, the Commissioner paid a visit": the title's own verb
        }
        int k = title.tokStart() - 1;
        if (k >= 0 && (tokens.get(k).is("a") || tokens.get(k).is("an"))) {
            k--;
        }
        if (k >= 0 && (tokens.get(k).is("then") || tokens.get(k).is("now") || tokens.get(k).is("former"))) {
            k--; // "Mary Robinson, then UN High Commissioner for Human Rights, ..."
        }
        if (k < 1 || !tokens.get(k).is(",")) {
            return null;
        }
        int end = k;
        int start = end;
        int words = 0;
        while (start - 1 >= 0 && words < NameReader.MAX_NAME_WORDS) {
            Token t = tokens.get(start - 1);
            if (occupied[start - 1]) {
                break;
            }
            if (names.startsName(t)) {
                start--;
                words++;
            } else if (names.isSyllableTail(tokens, start - 1) && start - 3 >= 0 && names.startsName(tokens.get(start - 3))) {
                start -= 2; // "Ban Ki-moon, the Secretary-General"
            } else if (t.is(".") && words > 0 && start - 3 >= 0 && names.initialAt(tokens, start - 2)
                    && names.startsName(tokens.get(start - 3))) {
                start -= 2; // "Juan E. Mendez, Special Rapporteur on torture": a middle initial
            } else if (t.isAttachedHyphen() || names.isParticle(t.norm()) && words > 0) {
                start--;
            } else {
                break;
            }
        }
        while (start < end && !names.startsName(tokens.get(start))) {
            start++;
        }
        if (words < 2 || start >= end) {
            return null;
        }
        // "Deputy Minister of Public Security, Senior Lieutenant General ...", "the Minister of Justice and Home
        // Affairs, Senior Colonel ...": the end of an office's name, not a person's
        int back = start - 1;
        while (back >= 1 && (tokens.get(back).is("and") || tokens.get(back).isWord() && tokens.get(back).isCapitalised())) {
            back--;
        }
        if (back >= 1 && (tokens.get(back).is("of") || tokens.get(back).is("for") || tokens.get(back).is("on"))
                && tokens.get(back - 1).isCapitalised()) {
            return null;
        }
        return person(doc, tokens, start, end, start, title, people);
    }

    /** "President Jiang Zemin", "Special Rapporteur Olivier De Schutter", "the Special Rapporteur ..., Michael Fakhri," */
    Mention titledPerson(String doc, List<Token> tokens, Mention title, boolean[] occupied, PersonRegistry people) {
        int officeEnd = title.tokEnd();
        // "the Minister of Foreign Affairs and International Cooperation, Sok Vannara": the office's name goes on
        if (officeEnd + 2 < tokens.size() && tokens.get(officeEnd).is("and") && tokens.get(officeEnd + 1).isWord()
                && tokens.get(officeEnd + 1).isCapitalised() && !occupied[officeEnd + 1]) {
            int k = officeEnd + 1;
            while (k < tokens.size() && !occupied[k] && (tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                    || tokens.get(k).is("of") || tokens.get(k).is("and"))) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).is(",") && k - officeEnd <= MAX_MANDATE_TOKENS) {
                officeEnd = k;
            }
        }
        int j = mandateEnd(tokens, officeEnd);
        boolean mandate = j != title.tokEnd();
        Mention uncommaed = holderAfterUncommaedMandate(doc, tokens, title, occupied, people);
        // "Minister of Agriculture Dora Siliya, the Minister of Health, ...": the holder comes before the comma
        if (uncommaed != null && (!mandate || uncommaed.tokEnd() <= j)) {
            return uncommaed;
        }
        boolean comma = j < tokens.size() && tokens.get(j).is(",");
        if (comma) {
            j++;
        }
        if (j >= tokens.size() || !names.startsName(tokens.get(j)) && !names.initialAt(tokens, j)
                && !names.capitalisedFamilyName(tokens, j) || occupied[j]) {
            return null;
        }
        int end = names.nameRun(tokens, j, occupied);
        int words = 0;
        for (int t = j; t < end; t++) {
            // a particle that opens the name is a family name: "Vice Foreign Minister Le Yucheng"
            if (tokens.get(t).isWord() && (t == j || !names.isParticle(tokens.get(t).norm()))) {
                words++;
            }
        }
        boolean honorific = PersonFinder.HONORIFIC.equals(title.affiliation());
        String name = end > j ? doc.substring(tokens.get(j).start(), tokens.get(end - 1).end()) : "";
        boolean known = words == 1 && people.byNamePart(name) != null;
        if (mandate) {
            // after a mandate the knowledge base does not list, only a full name closed by a comma is the holder's
            boolean closed = end >= tokens.size() || tokens.get(end).is(",") || tokens.get(end).is(".")
                    || tokens.get(end).is(";");
            return words >= 2 && closed ? person(doc, tokens, j, end, j, title, people) : null;
        }
        if (comma && end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalised()) {
            return null; // "First Assistant Secretary, Multilateral Policy Division, ...": a unit after the title
        }
        // (a sovereign goes by one name: "His Majesty Sultan Ibrahim", "Emir Tamim")
        String lastTitleWord = tokens.get(title.tokEnd() - 1).norm();
        boolean royal = kb.words("royal-titles").contains(lastTitleWord);
        if (words == 1 && !comma && royal && !honorific && !known && !lastTitleWord.equals("majesty")
                && !lastTitleWord.equals("highness")) {
            // whose style is part of the name the genre writes: "Sultan Ibrahim" (person:sultan-ibrahim)
            return person(doc, tokens, title.tokEnd() - 1, end, title.tokStart(), title, people);
        }
        if (words >= 2 || words == 1 && !comma && (honorific || known || royal)) {
            int spanStart = comma ? j : title.tokStart();
            return person(doc, tokens, j, end, spanStart, title, people);
        }
        return null;
    }

    /**
     * "UN Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo here", "Deputy Minister of
     * Foreign Affairs Ha Kim Ngoc": a mandate in capitals
     * up to a word that ends mandates (mandate-ends.txt), then a two- or three-word name that a lower-case word or
     * punctuation closes. Null otherwise.
     */
    private Mention holderAfterUncommaedMandate(String doc, List<Token> tokens, Mention title, boolean[] occupied,
                                                PersonRegistry people) {
        int from = title.tokEnd();
        // "for Political and Peacebuilding Affairs", "of Foreign Affairs" ("Deputy Minister of Foreign Affairs Ha Kim Ngoc")
        if (from >= tokens.size() || !(tokens.get(from).is("for") || tokens.get(from).is("on") || tokens.get(from).is("of"))) {
            return null;
        }
        for (int k = from + 1; k < tokens.size() && k - from <= MAX_MANDATE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.is("-")) {
                return null;
            }
            if (kb.isMandateEnd(t.norm()) && k + 1 < tokens.size() && names.startsName(tokens.get(k + 1)) && !occupied[k + 1]) {
                int end = names.nameRun(tokens, k + 1, occupied);
                int words = end - (k + 1);
                boolean closed = end >= tokens.size() || !tokens.get(end).isCapitalised() || !tokens.get(end).isWord();
                // (not "the Head of the UN Human Rights Monitoring Mission in Ukraine": a body's name goes on there)
                boolean body = kb.words("body-heads").contains(tokens.get(end - 1).norm());
                return words >= 2 && words <= 3 && closed && !body ? person(doc, tokens, k + 1, end, k + 1, title, people) : null;
            }
        }
        return null;
    }

    /**
     * "the UN Special Rapporteur on the rights of Indigenous Peoples, José Francisco Calí Tzay, ...", "the Minister of
     * Justice of Colombia, Néstor Osuna, ...": a title followed by its mandate or office ("on ...", "for ...", "of ...")
     * up to a comma, where the knowledge base does not list the whole as a body.
     * Returns the comma's index, or {@code from} when the title is not followed by such a mandate.
     */
    private static int mandateEnd(List<Token> tokens, int from) {
        if (from >= tokens.size() || !(tokens.get(from).is("on") || tokens.get(from).is("for") || tokens.get(from).is("of"))) {
            return from;
        }
        for (int k = from + 1; k < tokens.size() && k - from <= MAX_MANDATE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.is(",") && k + 1 < tokens.size() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalised()
                    && !tokens.get(k + 1).is("and") && !tokens.get(k + 1).is("who")) {
                continue; // a mandate that lists: "on the promotion of truth, justice, reparation and guarantees of ..."
            }
            if (t.is(",") && capitalisedListGoesOn(tokens, k + 1)) {
                continue; // "the Minister of Women, Family and Human Rights, Damares Alves"
            }
            if (t.is(",")) {
                return k > from + 1 ? k : from;
            }
            if (t.is("(")) { // "the Commissioner for Human Rights (Ombudsperson) of Kazakhstan, Elvira Azimova"
                int close = k + 1;
                while (close < tokens.size() && close - k <= 4 && !tokens.get(close).is(")")) {
                    close++;
                }
                if (close < tokens.size() && tokens.get(close).is(")")) {
                    k = close;
                    continue;
                }
            }
            if (t.is(".") || t.is(";") || t.is(":") || t.is("(")) {
                return from;
            }
        }
        return from;
    }

    /**
     * Whether one or two capitalised words at {@code from} are followed by "and" and a capitalised word: a list, which
     * may run on through more commas ("of Lands, Agriculture, Water and Rural Resettlement").
     */
    private static boolean capitalisedListGoesOn(List<Token> tokens, int from) {
        for (int items = 0; items < 6; items++) {
            int k = from;
            while (k < tokens.size() && k - from < 2 && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
                k++;
            }
            if (k == from || k + 1 >= tokens.size()) {
                return false;
            }
            if (tokens.get(k).is("and")) {
                return tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalised();
            }
            if (!tokens.get(k).is(",")) {
                return false;
            }
            from = k + 1;
        }
        return false;
    }

    Mention person(String doc, List<Token> tokens, int nameStart, int nameEnd, int spanStart, Mention title,
                           PersonRegistry people) {
        String name = doc.substring(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
        String affiliation = PersonFinder.HONORIFIC.equals(title.affiliation()) ? null : title.affiliation();
        if (affiliation == null && title.country() != null) {
            affiliation = title.country();
        }
        Person p;
        if (!name.contains(" ") && people.byNamePart(name) != null) {
            p = people.byNamePart(name);
        } else {
            p = people.register(name, affiliation);
        }
        people.mentioned(p);
        people.titledAs(p.id(), title.text(), formerAt(tokens, title.tokStart()));
        String head = officeHead(title.text());
        // "the Commissioner" later is this person; but not a state's own office named after another's holder ("The
        // Commissioner for Human Rights, Michael O'Flaherty, ... also met the Polish Commissioner for Human Rights,
        // Marcin Wiącek": "the Commissioner" stays O'Flaherty)
        boolean national = title.country() != null && people.lastHolding(head == null ? "" : head) != null;
        if (head != null && kb.words("holder-titles").contains(head) && !national) {
            people.holdsOffice(p.id(), head);
        }
        String honorific = title.text().toLowerCase(Locale.ROOT);
        if (honorific.startsWith("ms") || honorific.startsWith("mrs") || honorific.startsWith("madam")) {
            people.gender(p.id(), 'F');
        } else if (honorific.startsWith("mr")) {
            people.gender(p.id(), 'M');
        }
        int start = tokens.get(spanStart).start();
        int end = tokens.get(nameEnd - 1).end();
        int ts = Math.min(spanStart, nameStart);
        return new Mention(MentionKind.PERSON, p.id(), ts, nameEnd, start, end, doc.substring(start, end), null,
                p.affiliation(), false);
    }
}
