package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How text becomes search terms: the same rules for what is indexed and what is searched. */
class SearchTermsTest {

    @Test
    void wordsAreLowerCaseDistinctAndAtLeastTwoCharacters() {
        assertEquals(List.of("camat", "memasang", "baliho", "pasangan", "calon", "ktp", "di", "kantor"),
                SearchTerms.words("Camat memasang BALIHO pasangan-calon (e-KTP) di kantor; camat."));
        assertEquals(List.of("wa", "ode", "sinarsih"), SearchTerms.words("Wa Ode  Sinarsih"));
        assertEquals(List.of("netralitas", "asn"), SearchTerms.words("Netralitas ASN"));
        assertEquals(List.of(), SearchTerms.words("%_%! a"));
        assertEquals(List.of(), SearchTerms.words(null));
    }

    @Test
    void numbersStayWholeAndLongTermsAreCutAlike() {
        assertEquals("017/reg/lp/pl/kota/28.00/i/2024", SearchTerms.whole(" 017/Reg/LP/PL/Kota/28.00/I/2024 "));
        assertNull(SearchTerms.whole("  "));
        String longWord = "a".repeat(150);
        assertEquals(SearchTerms.MAX_LENGTH, SearchTerms.words(longWord).get(0).length());
        assertEquals(SearchTerms.MAX_LENGTH, SearchTerms.whole(longWord).length());
        assertEquals(Set.of("net-2026-000123", "b-3/bkn/2026", "kepala", "desa", "wa", "ode"),
                SearchTerms.of(java.util.Arrays.asList("NET-2026-000123", null, "B-3/BKN/2026"),
                        List.of("Kepala desa", "Wa Ode")));
    }

    @Test
    void aTextWithDigitsAndNoSpacesIsANumber() {
        assertTrue(SearchTerms.looksLikeNumber("NET-2026-000123"));
        assertTrue(SearchTerms.looksLikeNumber(" 017/Reg/LP "));
        assertTrue(SearchTerms.looksLikeNumber("2024"));
        assertFalse(SearchTerms.looksLikeNumber("sinarsih"));
        assertFalse(SearchTerms.looksLikeNumber("kode 12"));
        assertFalse(SearchTerms.looksLikeNumber("e-ktp"));
    }
}
