package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people of one sentence: holders introduced by a title ("Special Rapporteur Olivier De Schutter", "the Chinese
 * Foreign Minister, Wang Yi"), by an honorific ("Ms. Farha") or known from earlier sentences (the person registry),
 * and names written in a list after a person.
 */
final class PersonFinder {

    private static final int MAX_NAME_WORDS = 5;
    /** The longest lower-case syllable after a hyphen in a given name ("Myung-bak", "Ki-kweon", "Joo-hyeon"): longer ones are ordinary words. */
    private static final int MAX_SYLLABLE_LETTERS = 6;
    /** The longest mandate between a title and its holder's name: "on the promotion and protection of ..." */
    private static final int MAX_MANDATE_TOKENS = 16;
    /** Marks, in a title mention's affiliation slot, a title that may introduce a bare surname ("Mr.", "Ms."). */
    static final String HONORIFIC = "honorific";

    private final KnowledgeBase kb;
    /** Lower-case words inside a family name: "Olivier De Schutter". */
    private final Set<String> nameParticles;
    /** Words that follow a name's hyphen without being part of the name ("a Robinson-led mission"). */
    private final Set<String> hyphenSuffixes;

    PersonFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.nameParticles = kb.words("name-particles");
        this.hyphenSuffixes = kb.words("hyphen-suffixes");
    }

    /**
     * Puts the sentence's people into {@code mentions}: a person found through a title takes the title's place (and
     * that of a body owning the title), other names are added; the caller sorts the list.
     */
    void addPersons(String doc, List<Token> tokens, List<Mention> mentions, PersonRegistry people) {
        boolean[] occupied = new boolean[tokens.size() + 1];
        for (Mention m : mentions) {
            for (int t = m.tokStart(); t < m.tokEnd(); t++) {
                occupied[t] = true;
            }
        }
        List<Mention> added = new ArrayList<>();
        List<Mention> removed = new ArrayList<>();
        for (Mention title : mentions) {
            boolean isTitle = title.kind() == MentionKind.TITLE || title.kind() == MentionKind.ORG && title.affiliation() != null
                    && title.affiliation().equals(title.id());
            if (!isTitle) {
                continue;
            }
            Mention person = appositivePerson(doc, tokens, title, occupied, people);
            if (person == null) {
                person = titledPerson(doc, tokens, title, occupied, people);
            }
            if (person == null) {
                person = holderOfBareTitle(tokens, title, people);
            }
            if (person != null) {
                added.add(person);
                removed.add(title);
                Mention owner = bodyOfTitle(tokens, title, mentions);
                if (owner != null) {
                    removed.add(owner);
                }
                for (int t = Math.min(person.tokStart(), title.tokStart()); t < Math.max(person.tokEnd(), title.tokEnd()); t++) {
                    occupied[t] = true;
                }
            }
        }
        mentions.removeAll(removed);
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(Mention::tokStart));
        // "Mr. Jose Ayala Lasso, the UN High Commissioner for Human Rights, ...": the office is the person's title
        List<Mention> appositives = new ArrayList<>();
        for (int k = 1; k < mentions.size(); k++) {
            Mention office = mentions.get(k);
            Mention before = mentions.get(k - 1);
            // (also "Mary Robinson, then UN High Commissioner for Human Rights, ...", "..., now Special Rapporteur")
            int gap = office.tokStart() - before.tokEnd();
            boolean timed = gap == 2 && (tokens.get(before.tokEnd() + 1).is("then") || tokens.get(before.tokEnd() + 1).is("now")
                    || tokens.get(before.tokEnd() + 1).is("former"));
            if (office.kind() == MentionKind.ORG && office.id() != null && office.id().equals(office.affiliation())
                    && before.kind() == MentionKind.PERSON && (gap == 1 || timed)
                    && tokens.get(before.tokEnd()).is(",")) {
                appositives.add(office);
                if (!timed) {
                    people.affiliate(before.id(), office.id()); // "Ms. A, the Special Rapporteur on ..., visited"
                }
                people.titledAs(before.id(), office.text(), timed && !tokens.get(before.tokEnd() + 1).is("now"));
                Mention owner = bodyOfTitle(tokens, office, mentions);
                if (owner != null) {
                    appositives.add(owner);
                }
            }
        }
        // "the UN Secretary-General, Mr. Antonio Guterres,": the office is the title of the person named after it
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention office = mentions.get(k);
            Mention holder = mentions.get(k + 1);
            if (office.kind() == MentionKind.ORG && office.id() != null && office.id().equals(office.affiliation())
                    && holder.kind() == MentionKind.PERSON && holder.tokStart() == office.tokEnd() + 1
                    && tokens.get(office.tokEnd()).is(",") && (honorificAt(tokens, mentions, holder.tokStart())
                    // (or closed by a comma: "The United Nations Independent Expert on ... Mali, Alioune Tine, today")
                    || holder.tokEnd() < tokens.size() && tokens.get(holder.tokEnd()).is(","))) {
                appositives.add(office);
                // (the office is the person's: a later bare "the Special Rapporteur" is this person)
                people.affiliate(holder.id(), office.id());
                people.titledAs(holder.id(), office.text(), formerAt(tokens, office.tokStart()));
            }
        }
        mentions.removeAll(appositives);
        // "The Special Rapporteur on Torture of the UN Commission on Human Rights will visit": the body an office
        // belongs to is part of its title
        List<Mention> owners = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.ORG && m.id() != null && m.id().equals(m.affiliation())) {
                Mention owner = bodyOfTitle(tokens, m, mentions);
                if (owner != null) {
                    owners.add(owner);
                }
            }
        }
        mentions.removeAll(owners);
        // names already introduced: "Mary Robinson visited", "Robinson said"
        int i = 0;
        while (i < tokens.size()) {
            if (occupied[i] || !startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = nameRun(tokens, i, occupied);
            if (end == i) {
                i++;
                continue;
            }
            String name = doc.substring(tokens.get(i).start(), tokens.get(end - 1).end());
            Person p = people.byFullName(name);
            if (p == null && !name.contains(" ")) { // also a hyphenated one: "Al-Nashif" for Nada Al-Nashif
                p = people.byNamePart(name);
            } else if (p == null) {
                p = people.byNameTail(name); // "Moraes Carvalho held meetings": Helena Moraes Carvalho, named before
            }
            int words = (int) tokens.subList(i, end).stream().filter(t -> startsName(t)).count();
            boolean context = i > 0 && kb.isNameContext(tokens.get(i - 1).norm())
                    || i > 1 && kb.isNameContext(tokens.get(i - 2).norm() + " " + tokens.get(i - 1).norm());
            // "Luc Devigne also met with": an adverb may stand between the name and its verb
            int verb = end < tokens.size() && ADVERBS_BEFORE_VERB.contains(tokens.get(end).norm()) ? end + 1 : end;
            // "Ahmed Amin Fathalla (Egypt) was elected Chairperson": past a nationality in brackets
            for (int k = verb + 1; verb < tokens.size() && tokens.get(verb).is("(") && k < Math.min(tokens.size(), verb + 6); k++) {
                if (tokens.get(k).is(")")) {
                    verb = k + 1;
                    break;
                }
            }
            // "Li Yanduan, the Chinese candidate, was elected": past an appositive that ends in a common noun
            if (verb < tokens.size() && tokens.get(verb).is(",") && verb + 2 < tokens.size() && tokens.get(verb + 1).is("the")) {
                for (int k = verb + 3; k < Math.min(tokens.size() - 1, verb + 2 + MAX_APPOSITIVE); k++) {
                    if (tokens.get(k).is(",")) {
                        Token noun = tokens.get(k - 1);
                        if (noun.isWord() && !noun.isCapitalised()) {
                            verb = k + 1;
                        }
                        break;
                    }
                    if (!tokens.get(k).isWord()) {
                        break;
                    }
                }
            }
            if (p == null && verb < tokens.size() && tokens.get(verb).is(",") && verb + 2 < tokens.size()
                    && tokens.get(verb + 1).isCapitalised() && tokens.get(verb + 2).is("of") && opensClause(tokens, i)) {
                // "Ibrahim Salama, Chief of the Human Rights Treaties Branch of the Office ..., opened the session": past
                // an office held, written as a title "of" its body, to the verb after its closing comma
                for (int k = verb + 3; k < Math.min(tokens.size() - 1, verb + 3 + MAX_OFFICE_APPOSITIVE); k++) {
                    if (tokens.get(k).is(",")) {
                        if (kb.isNameVerb(tokens.get(k + 1).norm())) {
                            verb = k + 1;
                        }
                        break;
                    }
                }
            }
            if (p == null && words >= 2 && words <= 3 && context) {
                p = people.register(name, null); // "met with Claudio Grossman", "was led by Luc Devigne"
            } else if (p == null && words >= 2 && words <= 3 && opensClause(tokens, i) && verb < tokens.size()
                    && (kb.isNameVerb(tokens.get(verb).norm()) || electedAt(tokens, verb))) {
                p = people.register(name, null); // "In December 2010, Olivier De Schutter visited China"
            } else if (p == null && words >= 2 && words <= 3 && afterPersonAnd(mentions, tokens, i)) {
                p = people.register(name, null); // "Foreign Ministers Wang Yi and Penny Wong held talks"
            } else if (p == null && words >= 2 && words <= 4 && nationalityFollows(mentions, tokens, end)) {
                p = people.register(name, null); // "Shuichi Furuya (Japan)": a name with its nationality in brackets
            } else if (p == null && words >= 2 && words <= 3 && lowerCaseOfficeFollows(tokens, end)) {
                p = people.register(name, null); // "Zhao Mingde, head of the Publicity Department of ..., attended"
            } else if (p == null && words >= 2 && words <= 4 && officeInBracketsFollows(tokens, end)) {
                p = people.register(name, null); // "Meskerem Haile (Chair), Clara Ostrowska (Vice-Chair)"
            } else if (p == null && words >= 2 && words <= 4 && nationalityOfFollows(mentions, tokens, end)
                    && !(i > 0 && (tokens.get(i - 1).is("of") || tokens.get(i - 1).is("for")
                    || tokens.get(i - 1).is("the")))) { // not "the Minister of Foreign Affairs of Viet Nam,"
                p = people.register(name, null); // "Claude Heller Rouassant of Mexico as Chairperson; Ana Racu of ..."
            }
            if (p != null) {
                people.mentioned(p);
                mentions.add(new Mention(MentionKind.PERSON, p.id(), i, end, tokens.get(i).start(),
                        tokens.get(end - 1).end(), name, null, p.affiliation(), false));
            }
            i = end;
        }
        mentions.sort(Comparator.comparingInt(Mention::tokStart));
    }

    /** The most tokens of an office written between a name and its verb ("Chief of the ... Branch of the Office ..."). */
    private static final int MAX_OFFICE_APPOSITIVE = 30;

    /** The most words of an appositive between a name and its verb ("the Chinese candidate"). */
    private static final int MAX_APPOSITIVE = 5;

    /** Whether "(<state>)" follows at {@code at}: the nationality UN releases give after a member's name. */
    private static boolean nationalityFollows(List<Mention> mentions, List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).is("(")) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.STATE && m.tokStart() == at + 1 && m.tokEnd() < tokens.size()
                    && tokens.get(m.tokEnd()).is(")")) {
                return true;
            }
        }
        return false;
    }

    /** Whether "(<office>)" follows at {@code at}: a body's officer named in its composition ("(Vice-Chair)"). */
    private boolean officeInBracketsFollows(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).is("(")) {
            return false;
        }
        int close = at + 1;
        StringBuilder office = new StringBuilder();
        while (close < tokens.size() && close - at <= 4 && !tokens.get(close).is(")")) {
            office.append(tokens.get(close).norm());
            close++;
        }
        return close < tokens.size() && tokens.get(close).is(")")
                && kb.words("officer-roles").contains(office.toString());
    }

    /**
     * Whether ", <office> of" follows at {@code at}, the office in lower case as Chinese and other sources write it
     * after a name: "Zhao Mingde, head of the Publicity Department ...", "Otieno Wambua, chairman of the Foundation,",
     * "Li Wen, a member of the Political Bureau". A run of capitalised words no list knows, so placed, is a person's
     * name.
     */
    private boolean lowerCaseOfficeFollows(List<Token> tokens, int at) {
        int office = at + 1 < tokens.size() && tokens.get(at + 1).is("a") ? at + 2 : at + 1; // "..., a member of"
        return office + 1 < tokens.size() && tokens.get(at).is(",") && !tokens.get(office).isCapitalised()
                && kb.words("lower-case-offices").contains(tokens.get(office).norm()) && tokens.get(office + 1).is("of");
    }

    private static final Set<String> AFTER_NATIONALITY = Set.of("as", ",", ";", "and", "was", "were", ".");

    /**
     * Whether "of <state>" follows at {@code at}, then a list's or an election's next word: "Claude Heller Rouassant of
     * Mexico as Chairperson;", "Ana Racu of the Republic of Moldova, Diego ... of Colombia and ...".
     */
    private static boolean nationalityOfFollows(List<Mention> mentions, List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at).is("of")) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.STATE && m.tokStart() == at + 1 && m.tokEnd() < tokens.size()
                    && AFTER_NATIONALITY.contains(tokens.get(m.tokEnd()).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "Alessio Bruni was re-elected Rapporteur": a person's election, after a name that opens the sentence. */
    private static boolean electedAt(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && (tokens.get(k).is("was") || tokens.get(k).is("were"))
                && (tokens.get(k + 1).is("elected") || tokens.get(k + 1).is("re-elected") || tokens.get(k + 1).is("re")
                || tokens.get(k + 1).is("appointed"));
    }

    private static final Set<String> ADVERBS_BEFORE_VERB = Set.of("also", "then", "later", "subsequently", "further");

    /**
     * "Manfred Nowak, Special Rapporteur on Torture of the UN Commission on Human Rights, visited ...": the body an
     * office belongs to, named right after it ("of (the) <body>"), is part of the person's title, not an actor.
     */
    private static Mention bodyOfTitle(List<Token> tokens, Mention title, List<Mention> mentions) {
        int of = title.tokEnd();
        if (of >= tokens.size() || !tokens.get(of).is("of")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.ORG && (m.tokStart() == of + 1
                    || m.tokStart() == of + 2 && tokens.get(of + 1).is("the"))) {
                return m;
            }
        }
        return null;
    }

    /** Whether the person named from token {@code i} is named with an honorific first ("Mr. Antonio Guterres"). */
    private boolean honorificAt(List<Token> tokens, List<Mention> mentions, int i) {
        return kb.words("honorifics").contains(tokens.get(i).norm())
                || kb.words("honorifics").contains(tokens.get(i).norm() + (i + 1 < tokens.size() && tokens.get(i + 1).is(".") ? "." : ""));
    }

    /** Whether token {@code i} follows "<person> and". */
    private static boolean afterPersonAnd(List<Mention> mentions, List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).is("and")) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && m.tokEnd() == i - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensClause(List<Token> tokens, int i) {
        // also after a timeline's "31 August - " or "31 August 2013: "
        return i == 0 || tokens.get(i - 1).is(",") || tokens.get(i - 1).is(";") || tokens.get(i - 1).is(":")
                || tokens.get(i - 1).norm().equals("-") && tokens.get(i - 1).spaceBefore() && tokens.get(i).spaceBefore();
    }

    /**
     * "The High Commissioner also signed ...": a bare title whose office the knowledge base knows (its affiliation)
     * refers to the person last mentioned as holding that office. Null when the document has named no such person.
     */
    private Mention holderOfBareTitle(List<Token> tokens, Mention title, PersonRegistry people) {
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

    /**
     * "In Tashkent, the Special Rapporteur met with ...": a title of a kind of office, without its mandate, refers to
     * the person last mentioned as holding an office of that kind. Null when there is none.
     */
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
    private static boolean formerAt(List<Token> tokens, int tok) {
        int k = tok > 0 && tokens.get(tok - 1).norm().equals("-") ? tok - 2 : tok - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("then") || tokens.get(k).is("former"));
    }

    private Mention holderOfGenericTitle(List<Token> tokens, Mention title, PersonRegistry people) {
        String generic = title.text().substring(4).replaceFirst("^(UN|United Nations) ", "");
        // "the expert", "the UN human rights expert": any special procedures mandate holder
        boolean anyMandate = generic.toLowerCase(Locale.ROOT).endsWith("expert") && !generic.contains("Independent");
        for (Person p : people.recentFirst()) {
            if (p.affiliation() != null && (kb.isOfficeOfKind(p.affiliation(), generic)
                    || anyMandate && KnowledgeBase.isMandate(p.affiliation()))) {
                people.mentioned(p);
                return new Mention(MentionKind.PERSON, p.id(), title.tokStart(), title.tokEnd(), title.start(),
                        title.end(), title.text(), null, p.affiliation(), true);
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
    private Mention appositivePerson(String doc, List<Token> tokens, Mention title, boolean[] occupied,
                                     PersonRegistry people) {
        if (HONORIFIC.equals(title.affiliation())) {
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
        while (start - 1 >= 0 && words < MAX_NAME_WORDS) {
            Token t = tokens.get(start - 1);
            if (occupied[start - 1]) {
                break;
            }
            if (startsName(t)) {
                start--;
                words++;
            } else if (isSyllableTail(tokens, start - 1) && start - 3 >= 0 && startsName(tokens.get(start - 3))) {
                start -= 2; // "Ban Ki-moon, the Secretary-General"
            } else if (t.isAttachedHyphen() || nameParticles.contains(t.norm()) && words > 0) {
                start--;
            } else {
                break;
            }
        }
        while (start < end && !startsName(tokens.get(start))) {
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
    private Mention titledPerson(String doc, List<Token> tokens, Mention title, boolean[] occupied, PersonRegistry people) {
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
        if (j >= tokens.size() || !startsName(tokens.get(j)) && !initialAt(tokens, j) || occupied[j]) {
            return null;
        }
        int end = nameRun(tokens, j, occupied);
        int words = 0;
        for (int t = j; t < end; t++) {
            // a particle that opens the name is a family name: "Vice Foreign Minister Le Yucheng"
            if (tokens.get(t).isWord() && (t == j || !nameParticles.contains(tokens.get(t).norm()))) {
                words++;
            }
        }
        boolean honorific = HONORIFIC.equals(title.affiliation());
        String name = end > j ? doc.substring(tokens.get(j).start(), tokens.get(end - 1).end()) : "";
        boolean known = words == 1 && people.byNamePart(name) != null;
        if (mandate) {
            // after a mandate the knowledge base does not list, only a full name closed by a comma is the holder's
            boolean closed = end >= tokens.size() || tokens.get(end).is(",") || tokens.get(end).is(".")
                    || tokens.get(end).is(";");
            return words >= 2 && closed ? person(doc, tokens, j, end, j, title, people) : null;
        }
        if (words >= 2 || words == 1 && !comma && (honorific || known)) {
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
            if (kb.isMandateEnd(t.norm()) && k + 1 < tokens.size() && startsName(tokens.get(k + 1)) && !occupied[k + 1]) {
                int end = nameRun(tokens, k + 1, occupied);
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

    private Mention person(String doc, List<Token> tokens, int nameStart, int nameEnd, int spanStart, Mention title,
                           PersonRegistry people) {
        String name = doc.substring(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
        String affiliation = HONORIFIC.equals(title.affiliation()) ? null : title.affiliation();
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

    private boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !t.isNumber() && !kb.isNameStopword(t.norm()) && !isAcronym(t.text());
    }

    /** An initial opening a name, its period then a name after: the "A." of "A. K. Abdul Momen". */
    private boolean initialAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().length() == 1
                && Character.isUpperCase(tokens.get(k).text().charAt(0)) && tokens.get(k + 1).is(".")
                && (startsName(tokens.get(k + 2)) || initialAt(tokens, k + 2));
    }

    /**
     * The lower-case second syllable of a hyphenated given name, written against its hyphen or apostrophe ("Kyung-wha",
     * "Ki-moon", "Ra'ad"): token {@code k} is such a syllable when the token before it is an attached hyphen or
     * apostrophe.
     */
    private boolean isSyllableTail(List<Token> tokens, int k) {
        if (k < 2 || k >= tokens.size()) {
            return false;
        }
        Token syllable = tokens.get(k);
        Token joint = tokens.get(k - 1);
        boolean attached = joint.isAttachedHyphen() || (joint.is("'") || joint.is("\u2019")) && !joint.spaceBefore();
        boolean possessive = !joint.isAttachedHyphen() && syllable.norm().equals("s"); // "Barack Obama's", no syllable
        return attached && !possessive && !syllable.spaceBefore() && syllable.isWord()
                && !syllable.isCapitalised() && !syllable.isNumber() && syllable.text().length() <= MAX_SYLLABLE_LETTERS
                && !hyphenSuffixes.contains(syllable.norm());
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.chars().allMatch(Character::isUpperCase);
    }

    private int nameRun(List<Token> tokens, int from, boolean[] occupied) {
        int k = from;
        int words = 0;
        int lastWordEnd = from;
        while (k < tokens.size() && words < MAX_NAME_WORDS && !occupied[k]) {
            Token t = tokens.get(k);
            if (startsName(t) || initialAt(tokens, k)) {
                words++;
                k++;
                lastWordEnd = k;
            } else if (words > 0 && (t.isAttachedHyphen() || t.is("'")) && k + 1 < tokens.size()
                    && !tokens.get(k + 1).spaceBefore() && startsName(tokens.get(k + 1))) {
                k++;
            } else if (words > 0 && lastWordEnd == k && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                    && k + 2 < tokens.size() && tokens.get(k + 1).is(".") && startsName(tokens.get(k + 2))) {
                k += 2; // a middle initial: "Juan E. Mendez"
                lastWordEnd = k;
            } else if (words > 0 && t.is(".") && lastWordEnd == k && (tokens.get(k - 1).text().length() == 1
                    || kb.words("name-abbreviations").contains(tokens.get(k - 1).norm()))
                    && k + 1 < tokens.size() && startsName(tokens.get(k + 1))) {
                k++; // the period of a middle initial read as a word: "Juan E. Mendez", "Md. Enamur Rahman"
            } else if (words > 0 && lastWordEnd == k && isSyllableTail(tokens, k + 1)) {
                k += 2; // "Kyung-wha Kang", "Ban Ki-moon"
                lastWordEnd = k;
            } else if (words > 0 && nameParticles.contains(t.norm()) && k + 1 < tokens.size()
                    && (startsName(tokens.get(k + 1)) || tokens.get(k + 1).isAttachedHyphen() && k + 2 < tokens.size()
                    && startsName(tokens.get(k + 2)))) {
                k++; // "De Schutter", "al-Bashir"
                if (tokens.get(k).isAttachedHyphen()) {
                    k++;
                }
            } else {
                break;
            }
        }
        return lastWordEnd;
    }
}
