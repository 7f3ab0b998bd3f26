package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether an exchange is international (by its topic, its title, its sides) rather than a state's domestic event. */
final class InternationalScope {

    private InternationalScope() {
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
