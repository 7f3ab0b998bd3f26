package io.rapporteur.query.series;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.query.readmodel.FactSummaries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialogueSeriesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static FactSummaries.Summary exchange(String id, String participants, Integer ordinal, String topic, String date)
            throws Exception {
        String json = "{\"type\":\"EXCHANGE\",\"format\":\"DIALOGUE\",\"participants\":" + participants
                + (ordinal == null ? "" : ",\"ordinal\":" + ordinal)
                + (topic == null ? "" : ",\"topic\":\"" + topic + "\"") + ",\"date\":\"" + date + "\"}";
        return new FactSummaries.Summary(id, MAPPER.readTree(json), List.of());
    }

    @Test
    void roundsGroupBySidesFormatAndTopicWithGapsBetweenOrdinals() throws Exception {
        String chinaEu = "[{\"id\":\"org:EU\"},{\"id\":\"CHN\"}]";
        String euChina = "[{\"id\":\"CHN\"},{\"id\":\"org:EU\"}]";
        List<DialogueSeries.Series> series = DialogueSeries.of(List.of(
                exchange("a", chinaEu, 10, "human rights", "2000-09"),
                exchange("b", euChina, 7, "Human Rights", "1999-02"),
                exchange("c", euChina, 9, null, "2000-02"),
                exchange("d", "[{\"id\":\"CHN\"},{\"id\":\"AUS\"}]", null, "human rights", "2000-08")));
        assertEquals(1, series.size(), "a single unnumbered exchange is not a series");
        DialogueSeries.Series chinaEuSeries = series.get(0);
        assertEquals(List.of("CHN", "org:EU"), chinaEuSeries.participants());
        assertEquals(List.of("b", "c", "a"), chinaEuSeries.rounds().stream().map(DialogueSeries.Round::factId).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 8), chinaEuSeries.missingRounds());
    }
}
