package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The people of one sentence: holders introduced by a title ("Special Rapporteur Olivier De Schutter", "the Chinese
 * Foreign Minister, Wang Yi"), by an honorific ("Ms. Farha") or known from earlier sentences (the person registry),
 * and names written in a list after a person.
 */
final class PersonFinder {

    /** Marks, in a title mention's affiliation slot, a title that may introduce a bare surname ("Mr.", "Ms."). */
    static final String HONORIFIC = "honorific";

    private final KnowledgeBase kb;
    private final NameReader names;
    private final TitleHolders holders;

    PersonFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.names = new NameReader(kb);
        this.holders = new TitleHolders(kb, names);
    }

    /**
     * Puts the sentence's people into {@code mentions}: a person found through a title takes the title's place (and
     * that of a body owning the title), other names are added; the caller sorts the list.
     */
    void addPersons(String doc, List<Token> tokens, List<Mention> mentions, PersonRegistry people) {
        boolean[] occupied = new boolean[tokens.size() + 1];
        for (Mention m : mentions) {
            if (familyNameLikeACity(tokens, m, mentions)) {
                continue; // "the Minister of Foreign Affairs, Nabeela Tunis": a name the title's holder may take
            }
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
            Mention person = holders.appositivePerson(doc, tokens, title, occupied, people);
            if (person == null) {
                person = holders.titledPerson(doc, tokens, title, occupied, people);
            }
            if (person == null) {
                person = holders.holderOfBareTitle(tokens, title, people);
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
        for (Mention person : added) { // the city the holder's family name looked like
            mentions.stream().filter(m -> m.kind() == MentionKind.CITY && m.tokStart() >= person.tokStart()
                    && m.tokEnd() <= person.tokEnd()).forEach(removed::add);
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
                people.titledAs(holder.id(), office.text(), TitleHolders.formerAt(tokens, office.tokStart()));
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
            if (occupied[i] || !names.startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = names.nameRun(tokens, i, occupied);
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
            int words = (int) tokens.subList(i, end).stream().filter(t -> names.startsName(t)).count();
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

    private static final Set<String> AFTER_NATIONALITY = Set.of("as", ",", ";", "and", "was", "were", ".", "-");

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
     * A one-word city right after a capitalised word that may start a name, itself after a comma: "..., Nabeela
     * Tunis" (a family name), not "..., in Tunis".
     */
    private boolean familyNameLikeACity(List<Token> tokens, Mention m, List<Mention> mentions) {
        int given = m.tokStart() - 1;
        return m.kind() == MentionKind.CITY && m.tokEnd() - m.tokStart() == 1 && given >= 1
                && names.startsName(tokens.get(given)) && tokens.get(given - 1).is(",")
                && mentions.stream().noneMatch(o -> o.tokStart() <= given && o.tokEnd() > given);
    }
}
