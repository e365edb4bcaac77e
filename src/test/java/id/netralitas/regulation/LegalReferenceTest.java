package id.netralitas.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.FieldViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

    @Test
    void rendersAsIndonesianCitations() {
        assertEquals("PP 94/2021 Pasal 5 huruf n angka 7",
                new LegalReference("PP-94-2021", "5", null, "n", "7").render("PP 94/2021"));
        assertEquals("UU 5/2014 Pasal 87 ayat (4) huruf c",
                new LegalReference("UU-5-2014", "87", "4", "c", null).render("UU 5/2014"));
        assertEquals("PP 53/2010 Pasal 4 angka 15", new LegalReference("PP-53-2010", "4", null, null, "15").render("PP 53/2010"));
        assertEquals("Perpres 92/2024", LegalReference.toRegulation("PERPRES-92-2024").render("Perpres 92/2024"));
    }

    @Test
    void keyFormRoundTrips() {
        LegalReference ref = LegalReference.parse("UU-5-2014/pasal-87-ayat-4-huruf-c");
        assertEquals(new LegalReference("UU-5-2014", "87", "4", "c", null), ref);
        assertEquals("UU-5-2014/pasal-87-ayat-4-huruf-c", ref.key());
        assertEquals("pasal-87-ayat-4-huruf-c", ref.articleKey());
        LegalReference whole = LegalReference.parse("SKB-2022");
        assertTrue(whole.isWholeRegulation());
        assertNull(whole.articleKey());
        assertEquals("SKB-2022", whole.key());
        assertEquals("PP-94-2021/pasal-6A-ayat-2a", new LegalReference("PP-94-2021", "6A", "2a", null, null).key());
    }

    @Test
    void blankPartsAreAbsent() {
        LegalReference ref = new LegalReference("PP-94-2021", "14", " ", "i", "");
        assertNull(ref.ayat());
        assertNull(ref.angka());
        assertEquals("PP-94-2021/pasal-14-huruf-i", ref.key());
    }

    @Test
    void malformedPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("pp-94-2021", "5", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("PP-94-2021", "0", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("PP-94-2021", "5", "(2)", null, null));
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("PP-94-2021", "5", null, "N", null));
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("PP-94-2021", "5", null, "abc", null));
        assertThrows(IllegalArgumentException.class, () -> new LegalReference("PP-94-2021", null, "2", null, null));
        assertThrows(IllegalArgumentException.class, () -> LegalReference.parse("PP-94-2021/pasal-5-hurufn"));
        assertNull(LegalReference.parseArticleKey("pasal-5-angka-7-huruf-n"), "parts come in the order pasal, ayat, huruf, angka");
        assertNull(LegalReference.parseArticleKey("Pasal-5"));
    }

    @Test
    void checkNamesEveryBadPartWithItsField() {
        List<FieldViolation> problems = LegalReference.check("x", "0", "(2)", "N", "07", "legalBasis[1].");
        List<String> fields = problems.stream().map(FieldViolation::field).toList();
        assertEquals(List.of("legalBasis[1].regulationCode", "legalBasis[1].pasal", "legalBasis[1].ayat",
                "legalBasis[1].huruf", "legalBasis[1].angka"), fields);
        assertEquals("PASAL_REQUIRED", LegalReference.check("UU-7-2017", null, null, "a", null, "").get(0).code());
        assertTrue(LegalReference.check("UU-7-2017", "454", "6", null, null, "").isEmpty());
    }

    @Test
    void sortKeysFollowReadingOrder() {
        List<String[]> inOrder = List.of(
                new String[] {"5", null, null, null},
                new String[] {"5", null, "n", null},
                new String[] {"5", null, "n", "2"},
                new String[] {"5", null, "n", "10"},
                new String[] {"6", null, null, null},
                new String[] {"6A", null, null, null},
                new String[] {"8", "2", null, null},
                new String[] {"8", "2", "z", null},
                new String[] {"8", "2", "aa", null},
                new String[] {"8", "2a", null, null},
                new String[] {"8", "10", null, null},
                new String[] {"14", null, "i", null},
                new String[] {"454", "8", null, null});
        List<String[]> shuffled = new ArrayList<>(inOrder);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Comparator.comparing(p -> LegalReference.sortKey(p[0], p[1], p[2], p[3])));
        for (int i = 0; i < inOrder.size(); i++) {
            assertEquals(LegalReference.articleKey(inOrder.get(i)[0], inOrder.get(i)[1], inOrder.get(i)[2], inOrder.get(i)[3]),
                    LegalReference.articleKey(shuffled.get(i)[0], shuffled.get(i)[1], shuffled.get(i)[2], shuffled.get(i)[3]));
        }
        assertTrue(LegalReference.sortKey("5", null, "n", "7").chars().allMatch(Character::isDigit),
                "digits only, so every database collation sorts it alike");
        assertFalse(LegalReference.sortKey("5", null, null, null).equals(LegalReference.sortKey("5", "1", null, null)));
    }

    @Test
    void defaultCitationsFollowTheKindLabel() {
        assertEquals("Perbawaslu 7/2022", RegulationService.defaultCitation(RegulationKind.PERBAWASLU, "7", 2022));
        assertEquals("Putusan MK 121/PUU-XXII/2024",
                RegulationService.defaultCitation(RegulationKind.PUTUSAN_MK, "121/PUU-XXII/2024", 2024));
        assertEquals("Peraturan BKN 6/2022", RegulationService.defaultCitation(RegulationKind.PERATURAN_BKN, "6", 2022));
    }
}
