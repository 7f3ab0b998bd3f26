package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an exchange is about: the topic its title names ("Symposium on Human Rights") or that follows its noun ("on
 * ..."); and whether its topic, title or sides make it international rather than a state's domestic event.
 */
final class ExchangeTopics {

    private ExchangeTopics() {
    }

    static final Set<String> TOPIC_STOPS = Set.of("with", "in", "at", "between", "from", "during", "held",
            "respectively", "by", "among", "which", "that", "was", "were", "is", "are", "will", "has", "have", "and",
            "to", "under", "since", "on", "together", "jointly", "organized", "organised", "hosted", "sponsored",
            "attended", "chaired", "where", "bringing", "gathering");

    /** Topic of a titled event: "Symposium on Human Rights in the ..." -> "human rights"; "Human Rights Dialogue". */
    static String namedTopic(SentenceView v, int nameStart, CueMatch noun, int nameEnd) {
        int on = v.findWord("on", noun.tokEnd(), nameEnd);
        if (on >= 0) {
            int end = on + 1;
            while (end < nameEnd && !v.token(end).is("in") && !(v.token(end).is("-") && v.tokenIs(end + 1, "-"))
                    && !v.token(end).is("--")) {
                end++;
            }
            final int from = on + 1;
            final int to = end;
            if (to <= from || v.mentions.stream().anyMatch(m -> Roles.PARTY.test(m) && m.tokStart() < to && from < m.tokEnd())) {
                return null; // "Forum on China-Africa Cooperation": the name of a body, not a topic
            }
            return v.text(from, to).toLowerCase(Locale.ROOT);
        }
        List<String> words = new ArrayList<>();
        for (int i = nameStart; i < noun.tokStart(); i++) {
            CueMatch nonTopic = v.firstCue(CueKind.NON_TOPIC, i, i + 1);
            if (nonTopic != null && nonTopic.tokEnd() <= noun.tokStart() && ("INTL".equals(nonTopic.value(CueKind.NON_TOPIC))
                    || v.token(i).isCapitalised())) {
                // "South-South Human Rights Forum": who meets, not what about; "82nd Ordinary Session": what kind (a
                // capitalised kind word of the title, not its "of")
                i = nonTopic.tokEnd() - 1;
                continue;
            }
            int at = i;
            boolean inMention = v.mentions.stream().anyMatch(m -> m.tokStart() <= at && at < m.tokEnd());
            if (v.token(i).isWord() && !inMention && v.ordinals().at(i) == null) {
                words.add(v.token(i).text());
            }
        }
        return words.isEmpty() ? null : String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** "on human rights" after the noun (possibly after "and exchanges"): token range of the topic. */
    static int[] topicAfter(SentenceView v, int from, int limit) {
        int i = from;
        if (v.tokenIs(i, "and") && v.token(i + 1) != null && v.token(i + 1).isWord()) {
            i += 2;
        }
        if (!v.tokenIs(i, "on")) {
            return null;
        }
        int start = i + 1;
        int end = start;
        while (end < limit) {
            Token t = v.token(end);
            boolean dateStarts = v.dates.stream().anyMatch(d -> d.start() == t.start());
            boolean listComma = t.is(",") && v.token(end + 1) != null && v.token(end + 1).isWord()
                    && !v.token(end + 1).isCapitalised() && !TOPIC_STOPS.contains(v.token(end + 1).norm())
                    && !(v.tokenIs(end + 1, "co") && v.tokenIs(end + 2, "-")); // "on evictions, co-organised by"
            // "persons with disabilities" keeps its "with"
            boolean withinTopic = t.is("with") && (v.tokenIs(end + 1, "disabilities") || v.tokenIs(end + 1, "disability"));
            if (!t.isWord() && !t.is("-") && !t.is("'") && !listComma || dateStarts
                    || TOPIC_STOPS.contains(t.norm()) && !withinTopic
                    && !(t.is("and") && end > start && !startsMention(v, end + 1))) {
                break;
            }
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static boolean startsMention(SentenceView v, int tok) {
        return v.mentions.stream().anyMatch(m -> m.tokStart() == tok && Roles.PARTY.test(m));
    }

    static boolean topicHasState(SentenceView v, String topic, int from, int to) {
        for (Mention m : v.mentionsIn(from, to, mm -> mm.kind() == MentionKind.STATE)) {
            if (topic.contains(m.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "a workshop on regional cooperation ... in the Asia-Pacific region": an international exchange by its topic. */
    static boolean internationalTopic(SentenceView v, String topic) {
        if (topic == null) {
            return false;
        }
        for (String word : topic.split("[\\s]+")) {
            if (v.kb.words("international-topic-words").contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Only one state, or only bodies of one state, on every side. */
    static boolean looksDomestic(List<Mention> sides, List<Mention> partners) {
        Set<String> states = new HashSet<>();
        for (Mention m : sides) {
            if (m.kind() == MentionKind.ORG) {
                return false;
            }
            states.add(m.actingState());
        }
        for (Mention m : partners) {
            if (m.kind() == MentionKind.ORG) {
                return false;
            }
            states.add(m.actingState());
        }
        return states.size() <= 1;
    }

    /**
     * "the South-South Human Rights Forum ..., attended by officials from over 80 countries", "the International
     * Symposium on ...": a titled exchange whose name or attendance says it is international, and nothing in its name
     * that it is a national body's ("the Second Session of the 13th National People's Congress").
     */
    static boolean internationalByName(SentenceView v, int nameStart, int nameEnd, int ce) {
        boolean international = false;
        for (int i = Math.max(0, nameStart - 3); i < nameEnd; i++) {
            if (v.kb.words("domestic-name-words").contains(v.token(i).norm())) {
                return false;
            }
            international |= v.kb.words("international-name-words").contains(v.token(i).norm())
                    || "INTL".equals(NounPhrase.nonTopicValue(v, i));
        }
        for (int i = nameEnd; !international && i < ce; i++) {
            international = v.kb.words("international-name-words").contains(v.token(i).norm()); // "attended by ... from 80 countries"
        }
        return international;
    }
}
