package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Those met named by their office, where the knowledge base knows the office or the holder only in part: an office
 * then its holder's full name in apposition ("the Provincial Prefect, Roberta Zambrano"), a list of such officials, the
 * body of a head whose name the text does not give, the first known body of a list of bodies met.
 */
final class OfficeHolders {

    private OfficeHolders() {
    }

    /** The most tokens of an office written before its holder's name ("the Special Representative of ... in Mali (MINUSMA)"). */
    private static final int MAX_OFFICE_TOKENS = 32;

    /** The most lower-case words of such an office other than its function words ("the interim President"). */
    private static final int MAX_LOWER_CASE_OFFICE_WORDS = 3;

    /** Words that open an office written before its holder: "the Provincial Prefect", "its Chairperson". */
    private static final Set<String> OFFICE_OPENERS = Set.of("the", "its", "his", "her", "their");

    /** Words inside an office's name that say nothing of its case: "the Minister of Justice and Home Affairs". */
    private static final Set<String> OFFICE_FUNCTION_WORDS = Set.of("of", "for", "on", "in", "and", "the", "to", "at");

    /** The fewest and most words of a full name no list knows: "Roberta Zambrano", "Mahamat Saleh Annadif". */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;

    /**
     * "met the Provincial Prefect, Roberta Zambrano", "held talks with the Human Rights Defender of Armenia, Narine
     * Avetisyan, whose office ...": an office, then in apposition the full name of the one who holds it, where neither
     * is known to the knowledge base. The holder (registered, so that the document's later mentions of the name
     * resolve to the same person), else null.
     */
    static Mention apposedHolder(SentenceView v, int from, int ce) {
        boolean opened = v.token(from) != null && OFFICE_OPENERS.contains(v.token(from).norm());
        int k = opened ? from + 1 : from;
        if (v.token(k) == null || !v.token(k).isWord() || OFFICE_FUNCTION_WORDS.contains(v.token(k).norm())
                || !opened && !v.token(k).isCapitalised()) {
            return null; // "held meetings in the City of Buenos Aires, La Plata, ...", "..., led by its President, A"
        }
        boolean titled = false;
        int lowerCase = 0;
        String head = null;
        for (int j = k; j < Math.min(ce, k + MAX_OFFICE_TOKENS); j++) {
            Token t = v.token(j);
            if (head == null && (t.is("of") || t.is("for") || t.is("on") || t.is(",") || t.is("("))) {
                head = v.token(j - 1).norm();
                if (v.kb.words("body-heads").contains(head)) {
                    return null; // "officials of the Secretariat of Energy, Natural Resources, ...": a body, no office
                }
            }
            if (t.is(",")) {
                Mention holder = titled ? namedHolder(v, j + 1, ce) : null;
                Token next = v.token(j + 1);
                if (holder != null || next == null || !next.isWord() || !next.isCapitalised()) {
                    return holder; // (not "the Minister of Justice, the Attorney General, ...": a list of offices)
                }
                continue; // "the Minister of Foreign Affairs, African Integration and International Cooperation, A"
            }
            if (t.is(".") || t.is(";") || t.is(":") || startsPerson(v, j)) {
                return null;
            }
            if (t.isWord() && t.isCapitalised()) {
                titled = true;
            } else if (t.isWord() && !OFFICE_FUNCTION_WORDS.contains(t.norm()) && ++lowerCase > MAX_LOWER_CASE_OFFICE_WORDS) {
                return null; // "representatives of civil society organizations and of ...": no office
            }
        }
        return null;
    }

    /** Words that join the officials of a list: ", and with", "; and", "as well as", "and, separately, by". */
    private static final Set<String> LIST_JOINTS = Set.of(",", ";", "and", "as", "well", "with", "by", "on", "separately",
            "also");

    /**
     * "met the Minister of Justice, A, and the Human Rights Defender of Armenia, B", "with the region's Party
     * Secretary, A, and its Governor, B": the holders the knowledge base does not know, named each after an office
     * in a list of officials that goes on after {@code last}, and those it knows that such a list reaches ("and with
     * the Vice-President of the Supreme People's Court, A"). The list ends at the first item that is not an official.
     */
    static List<Mention> holdersListedAfter(SentenceView v, Mention last, int ce) {
        List<Mention> out = new ArrayList<>();
        int k = last.tokEnd();
        while (k < ce) {
            int item = k;
            while (item < ce) {
                final int at = item;
                DateMention day = v.datesIn(item, item + 1).stream().filter(d -> v.tokenAt(d.start()) == at).findFirst()
                        .orElse(null);
                if (LIST_JOINTS.contains(v.token(item).norm())) {
                    item++;
                } else if (day != null && item > k) {
                    item = v.tokenAt(day.end() - 1) + 1; // "and on 18 March by the Public Defender, A"
                } else {
                    break;
                }
            }
            if (item == k) {
                break;
            }
            Mention holder = apposedHolder(v, item, ce);
            if (holder == null) {
                holder = titledKnownPerson(v, item, ce);
            }
            if (holder == null && (v.findWord("with", k, item) >= 0 || v.findWord("well", k, item) >= 0)) {
                // (after "with" or "as well as", not a bare "and", which may open a clause of its own: "..., and
                // the Ministry of Foreign Affairs and her Office signed ...")
                holder = listedBody(v, item);
            }
            if (holder == null) {
                break;
            }
            out.add(holder);
            k = holder.tokEnd();
        }
        return out;
    }

    /**
     * "..., as well as with senior officials of the Ministry of Justice", "and with the National Commission on Human
     * Rights (Komnas HAM)": a body the list goes on to, itself or through its people. Null when no body opens there.
     */
    private static Mention listedBody(SentenceView v, int from) {
        int k = Guests.pastPeopleOf(v, from, from + Guests.MAX_PEOPLE_OF_A_BODY + 1, true); // "senior officials of"
        int name = v.tokenIs(k, "the") ? k + 1 : k;
        Mention body = v.firstRight(k, name + 1, m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
        return body != null && endsItsName(v, body) ? body : null;
    }

    /** A known person named after title words only: "Foreign Minister A", "the Chairman of the Committee ..., B". */
    private static Mention titledKnownPerson(SentenceView v, int from, int ce) {
        Mention person = v.firstRight(from, Math.min(ce, from + Guests.MAX_TITLE_TOKENS), m -> m.kind() == MentionKind.PERSON);
        if (person == null || person.tokStart() == from) {
            return null; // (a bare name after "and" is coordinated, not listed: "Human Rights and Cultural Pluralism")
        }
        for (int i = from; i < person.tokStart(); i++) {
            Token t = v.token(i);
            boolean titleWord = t.isWord() && (t.isCapitalised() || OFFICE_FUNCTION_WORDS.contains(t.norm()))
                    || t.is(",") || t.is("(") || t.is(")") || t.is("-") || t.is("'");
            if (!titleWord) {
                return null;
            }
        }
        return person;
    }

    /** The most capitalised words of a head's title: "the Deputy Chief Commissioner". */
    private static final int MAX_HEAD_TITLE_WORDS = 4;

    /**
     * "met the President of the National Human Rights Commission (CNDH) and discussed ...": the head of a body, whose
     * name the text does not give, met for the body. The body, else null.
     */
    static Mention bodyOfAnUnnamedHead(SentenceView v, int from, int ce) {
        int k = v.tokenIs(from, "the") ? from + 1 : from;
        int title = k;
        while (k < ce && k - title < MAX_HEAD_TITLE_WORDS && v.token(k).isWord() && v.token(k).isCapitalised()
                && !startsPerson(v, k)) {
            k++;
        }
        if (k == title || !v.tokenIs(k, "of")) {
            return null;
        }
        int bodyFrom = v.tokenIs(k + 1, "the") ? k + 2 : k + 1;
        Mention body = v.firstRight(k + 1, bodyFrom + 1, m -> m.kind() == MentionKind.ORG
                || m.kind() == MentionKind.NATIONAL_BODY);
        Token after = body == null ? null : v.token(body.tokEnd());
        if (body == null || v.tokenIs(body.tokEnd(), "of") || v.tokenIs(body.tokEnd(), ",")
                || after != null && after.isWord() && after.isCapitalised()) {
            // (nor "the Chairman of the Committee on Religious Affairs, A", whose head is named after it, nor "the
            // Head of the UN Human Rights Monitoring Mission", a body the lists do not hold)
            return null;
        }
        return body;
    }

    /** The most lower-case words a list of bodies met may hold before its first known body ("the judiciary and"). */
    private static final int MAX_LOWER_CASE_LIST_WORDS = 6;

    /** Words that end the objects of a meeting: what follows is no more a list of those met. */
    private static final Set<String> LIST_ENDS = Set.of("to", "which", "who", "whom", "where", "when", "on", "in", "at",
            "during", "before", "after");

    /**
     * "met senior officials of the Ministry of Health, the Ministry of Marine Affairs and Fisheries and ...", "held
     * meetings with the National Congress, the Public Prosecutor's Office and the National Commissioner for Human
     * Rights (CONADEH)": the first body the knowledge base knows in a list of bodies met, past those it does not.
     */
    static Mention firstBodyListed(SentenceView v, int from, int ce) {
        int lowerCase = 0;
        for (int k = from; k < ce; k++) {
            Mention body = v.firstRight(k, k + 1, m -> m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY);
            Mention holder = body != null && v.tokenIs(body.tokEnd(), ",") ? namedHolder(v, body.tokEnd() + 1, ce) : null;
            if (holder != null) {
                return holder; // "as well as the President of the National ..., A"
            }
            if (body != null) {
                return endsItsName(v, body) ? body : null;
            }
            Token t = v.token(k);
            final int at = k;
            if (t.is(".") || t.is(";") || t.is(":") || t.isNumber() || LIST_ENDS.contains(t.norm()) || startsPerson(v, k)
                    || v.mentions.stream().anyMatch(m -> m.tokStart() == at && m.kind() != MentionKind.TITLE)
                    || v.cues(CueKind.MEETING).stream().anyMatch(c -> c.tokStart() == at)) {
                return null; // (a state, a place or a person is no list of bodies; "the Office of the Attorney General" is)
            }
            boolean lower = t.isWord() && !t.isCapitalised() && !OFFICE_FUNCTION_WORDS.contains(t.norm());
            if (lower && ++lowerCase > MAX_LOWER_CASE_LIST_WORDS) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a body's mention is its whole name: not the first words of a longer one ("the United Nations Voluntary
     * Fund", "the UN country team", "the EU member states"), nor a body of another's ("the Senate's Human Rights
     * Committee").
     */
    private static boolean endsItsName(SentenceView v, Mention body) {
        Token after = v.token(body.tokEnd());
        boolean goesOn = after != null && after.isWord() && !OFFICE_FUNCTION_WORDS.contains(after.norm())
                && !LIST_JOINTS.contains(after.norm());
        boolean owned = v.tokenIs(body.tokStart() - 1, "s") && v.apostropheAt(body.tokStart() - 2);
        return !goesOn && !owned;
    }

    private static boolean startsPerson(SentenceView v, int tok) {
        return v.firstRight(tok, tok + 1, m -> m.kind() == MentionKind.PERSON) != null;
    }

    /**
     * The person named from token {@code from}: a known one, or past an honorific a full name of two to four words
     * that ends the apposition ("Mr. Win Mra,", "Roberta Zambrano."). Null when the words are not such a name.
     */
    private static Mention namedHolder(SentenceView v, int from, int ce) {
        Mention known = v.firstRight(from, from + 1, m -> m.kind() == MentionKind.PERSON);
        if (known != null) {
            return known;
        }
        Set<String> honorifics = v.kb.words("honorifics");
        int k = from;
        while (k < ce && v.token(k) != null && (honorifics.contains(v.token(k).norm())
                || honorifics.contains(v.token(k).norm() + ".") && v.tokenIs(k + 1, "."))) {
            k += v.tokenIs(k + 1, ".") ? 2 : 1;
        }
        int start = k;
        int words = 0;
        Set<String> particles = v.kb.words("name-particles");
        while (k < ce && words <= MAX_NAME_WORDS) {
            Token t = v.token(k);
            if (namesWord(v, t)) {
                words++;
                k++;
            } else if (words > 0 && (t.isAttachedHyphen() || particles.contains(t.norm()))
                    && namesWord(v, v.token(k + 1))) {
                k++; // "El-Ghassim Wane", "Ahmed bin Ali"
            } else {
                break;
            }
        }
        int end = k;
        if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || !endsApposition(v, end, ce)
                || v.mentions.stream().anyMatch(m -> m.tokStart() < end && m.tokEnd() > start)) {
            return null; // (nor a body's or a place's name the lists know)
        }
        Person p = v.discourse.people().register(v.text(start, end), null);
        return new Mention(MentionKind.PERSON, p.id(), from, end, v.token(from).start(), v.token(end - 1).end(),
                v.text(from, end), null, p.affiliation(), false);
    }

    /** Whether capitalised words from {@code k} close a list with "and" and a capitalised word: "Environment and Mines". */
    private static boolean officeNameGoesOn(SentenceView v, int k) {
        int j = k;
        while (v.token(j) != null && v.token(j).isWord() && v.token(j).isCapitalised() && j - k < 3) {
            j++;
        }
        return j > k && v.tokenIs(j, "and") && v.token(j + 1) != null && v.token(j + 1).isCapitalised();
    }

    /** A word of a person's name: capitalised, no acronym, none of the words that start sentences or name things. */
    private static boolean namesWord(SentenceView v, Token t) {
        return t != null && t.isWord() && t.isCapitalised() && !t.isNumber() && !v.kb.isNameStopword(t.norm())
                && !(t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase));
    }

    /**
     * Whether a name's apposition ends at {@code k}: at the clause's end, a comma, a bracket or a full stop, or a
     * lower-case word ("..., Roberta Zambrano, who"), but not "and" before a capitalised word ("Political Reform and
     * Democratic Transition": an office's name going on).
     */
    private static boolean endsApposition(SentenceView v, int k, int ce) {
        Token t = v.token(k);
        if (t != null && t.is(",") && officeNameGoesOn(v, k + 1)) {
            return false; // "the Secretariat of Energy, Natural Resources, Environment and Mines": one name listing
        }
        if (k >= ce || t == null || t.is(",") || t.is(".") || t.is(";") || t.is("(")) {
            return true;
        }
        if (t.is("and")) {
            Token next = v.token(k + 1);
            return next != null && !(next.isWord() && next.isCapitalised());
        }
        return t.isWord() && !t.isCapitalised();
    }}
