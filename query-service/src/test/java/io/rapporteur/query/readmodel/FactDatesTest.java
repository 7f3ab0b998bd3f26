package io.rapporteur.query.readmodel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FactDatesTest {

    @Test
    void aDateStartsOnTheFirstDayItDenotes() {
        assertEquals(LocalDate.of(2000, 1, 1), FactDates.start("2000"));
        assertEquals(LocalDate.of(2000, 2, 1), FactDates.start("2000-02"));
        assertEquals(LocalDate.of(2001, 2, 28), FactDates.start("2001-02-28"));
        assertEquals(LocalDate.of(2005, 1, 1), FactDates.start("2005/2008"));
        assertEquals(LocalDate.of(2016, 5, 17), FactDates.start("2016-05-17/2016-05-20"));
    }

    @Test
    void missingOrUnreadableDatesHaveNoStart() {
        assertNull(FactDates.start(null));
        assertNull(FactDates.start(""));
        assertNull(FactDates.start("spring 2000"));
        assertNull(FactDates.start("2000-02-30"));
    }

    @Test
    void filterBoundsOpenAndCloseAtTheirPrecision() {
        assertEquals(LocalDate.of(2000, 1, 1), FactDates.firstDay("2000"));
        assertEquals(LocalDate.of(2000, 12, 31), FactDates.lastDay("2000"));
        assertEquals(LocalDate.of(2000, 2, 29), FactDates.lastDay("2000-02"));
        assertEquals(LocalDate.of(2000, 2, 3), FactDates.lastDay("2000-02-03"));
        assertThrows(IllegalArgumentException.class, () -> FactDates.firstDay("20"));
    }
}
