package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(KnowledgeBase.load());

    private static List<String> ids(String text, PersonRegistry people) {
        return FINDER.find(text, Tokenizer.tokenize(text, 0, text.length()), people).stream()
                .filter(m -> m.id() != null).map(Mention::id).toList();
    }

    @Test
    void statesBodiesAndTreatiesByAlias() {
        assertEquals(List.of("CHN", "GBR", "LAO", "HKG"),
                ids("The Chinese government, Britain, Lao PDR and the Hong Kong SAR", new PersonRegistry()));
        assertEquals(List.of("org:SR-FORB", "org:UNDP", "treaty:CAT"), ids(
                "the Special Rapporteur on Religious Intolerance, the UN Development Program, the Convention against Torture",
                new PersonRegistry()));
    }

    @Test
    void nationalBodiesFromAStateAndAKindOfBody() {
        assertEquals(List.of("org:CHN-MFA"), ids("the Chinese Foreign Ministry", new PersonRegistry()));
        assertEquals(List.of("org:NOR-MFA"), ids("the Ministry of Foreign Affairs of Norway", new PersonRegistry()));
        assertEquals(List.of("org:CHN-NPCSC"), ids("the Ninth NPC Standing Committee", new PersonRegistry()));
    }

    @Test
    void peopleIntroducedByATitleAndMentionedAgain() {
        PersonRegistry people = new PersonRegistry();
        assertEquals(List.of("person:volker-turk"), ids("UN High Commissioner for Human Rights Volker Türk said", people));
        assertEquals(List.of("person:mary-robinson"), ids("Mary Robinson, the UN High Commissioner for Human Rights, came", people));
        assertEquals(List.of("person:olivier-de-schutter"), ids("Special Rapporteur Olivier De Schutter visited", people));
        assertEquals(List.of("person:jiang-zemin"), ids("Chinese President Jiang Zemin wrote", people));
        assertEquals(List.of("person:volker-turk", "person:mary-robinson"), ids("Mr. Türk and Robinson met", people));
        assertTrue(ids("The Special Rapporteur on torture has visited", people).contains("org:SR-TORTURE"));
    }

    /** A mandate the knowledge base does not list still introduces its holder, named between commas. */
    @Test
    void theHolderOfAnUnlistedMandateNamedAfterIt() {
        PersonRegistry people = new PersonRegistry();
        // (mandates kb/bodies.tsv does not list: a thematic one with accents in its holder's name, a country one)
        assertEquals(List.of("person:jose-francisco-cali-tzay", "BRA"), ids("The UN Special Rapporteur on the right "
                + "to social security, José Francisco Calí Tzay, will visit Brazil", people));
        assertEquals(List.of("GNQ", "person:tom-andrews", "THA"), ids("The Special Rapporteur on the situation of human "
                + "rights in Equatorial Guinea, Tom Andrews, visited Thailand", people));
        // no comma closing the name: not an appositive, nobody is invented
        assertTrue(ids("The Independent Expert on sexual orientation, Human Rights Watch said", new PersonRegistry())
                .stream().noneMatch(id -> id.startsWith("person:")));
    }
}
