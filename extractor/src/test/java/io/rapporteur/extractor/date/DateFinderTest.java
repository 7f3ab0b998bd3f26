package io.rapporteur.extractor.date;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static List<String> iso(String sentence) {
        return DateFinder.find(sentence, 0, sentence.length()).stream().map(DateMention::iso).toList();
    }

    @Test
    void keepsThePrecisionTheTextGives() {
        assertEquals(List.of("2001-02-28"), iso("On February 28, 2001, the covenant was ratified."));
        assertEquals(List.of("2001-02-28"), iso("On 28 February 2001 it was ratified."));
        assertEquals(List.of("1997-10", "1998-10"), iso("in October 1997 and October 1998, respectively"));
        assertEquals(List.of("2000"), iso("In 2000, China held consultations."));
        assertEquals(List.of("2000"), iso("in early 2000"));
    }

    @Test
    void statedSpansBecomeIntervals() {
        assertEquals(List.of("2016-05-16/2016-05-27"), iso("from 16 to 27 May 2016"));
        assertEquals(List.of("2016-05-16/2016-05-27"), iso("16-27 May 2016"));
        assertEquals(List.of("2016-05-30/2016-06-02"), iso("from 30 May to 2 June 2016"));
        assertEquals(List.of("2005-08-28/2005-09-02"), iso("from August 28 to September 2, 2005"));
        // whatever part of each month: the months
        assertEquals(List.of("1993-03/1993-04"), iso("From late March to early April 1993, China attended"));
        assertEquals(List.of("2010-05/2010-06"), iso("from May to mid-June 2010"));
        assertEquals(List.of("2005/2008"), iso("for the 2005-2008 term"));
        assertEquals(List.of("2005/2008"), iso("from 2005 to 2008"));
        assertEquals(List.of("2022-12-28/2023-01-04"), iso("from 28 December 2022 to 4 January 2023"));
        assertEquals(List.of("2020-03-03/2020-03-05"), iso("from 3 March 2020 to 5 March 2020"));
        assertEquals(List.of("2019-12/2020-01"), iso("from December 2019 to January 2020"));
        assertEquals(List.of("2001-02-28", "2002-03-03"), iso("on 28 February 2001 and 3 March 2002, respectively"));
    }

    @Test
    void aMonthAloneWaitsForItsYear() {
        List<DateMention> found = DateFinder.find("In October, China and Canada held", 0, 33);
        assertEquals(1, found.size());
        assertTrue(found.get(0).isMonthWithoutYear());
        assertNull(found.get(0).iso());
        assertEquals("2000-10", found.get(0).withYear(2000).iso());
    }

    @Test
    void yearlessSpansWaitForTheirYearAndBetweenJoinsYears() {
        List<DateMention> found = DateFinder.find("from November 20 to December 2", 0, 30);
        assertEquals(1, found.size());
        assertEquals("2005-11-20/2005-12-02", found.get(0).withYear(2005).iso());
        assertEquals("2005-11-20/2005-12-02", DateFinder.find("from 20 November to 2 December.", 0, 31).get(0)
                .withYear(2005).iso());
        assertEquals(List.of("1997/2005"), iso("Between 1997 and 2005, China held nine rounds."));
        assertEquals(List.of("2004", "2015"), iso("in 2004 and 2015 respectively"));
    }

    @Test
    void aYearAfterTheIsTheEditionsYear() {
        assertEquals(List.of("2010"), iso("The 2010 Beijing Forum on Human Rights"));
    }

    @Test
    void aYearInsideANameIsNoDate() {
        assertEquals(List.of(), iso("the Forum -- Ministerial Conference Beijing 2000 in Beijing"));
        assertFalse(DateFinder.find("the 20th meeting", 0, 16).stream().anyMatch(d -> d.iso() != null));
    }

    @Test
    void theModalMayIsNoMonth() {
        assertEquals(List.of(), iso("May the talks continue."));
        assertEquals(List.of("2000-05"), iso("In May 2000, China and Norway met."));
    }
}
