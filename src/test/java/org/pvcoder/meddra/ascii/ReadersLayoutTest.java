package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One row per file in MSSO's layout, read by its reader: the columns land where the format says. */
class ReadersLayoutTest {

    private final LoadProblems problems = new LoadProblems();

    private <T> T first(AscFileReader<T> reader, String row) throws IOException {
        Optional<List<T>> rows = reader.read(new BytesReleaseFiles().with(reader.fileName(), row, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1, problems);
        assertTrue(problems.isEmpty(), problems.summary());
        return rows.orElseThrow().get(0);
    }

    @Test
    void ptKeepsThePrimarySocOrNoneWhenEmpty() throws IOException {
        assertEquals(new Rows.Pt(1, 10028813, "Nausea", 10017947),
                first(new PtReader(), "10028813$Nausea$$10017947$$$$$$$$\n"));
        assertEquals(new Rows.Pt(1, 10000059, "Abdominal discomfort", null),
                first(new PtReader(), "10000059$Abdominal discomfort$$$$$$$$$$\n"));
    }

    @Test
    void socHlgtHlt() throws IOException {
        assertEquals(new Rows.Soc(1, 10017947, "Gastrointestinal disorders", "Gastr"),
                first(new SocReader(), "10017947$Gastrointestinal disorders$Gastr$$$$$$$$\n"));
        assertEquals(new Rows.Term(1, 90100058, "Gastrointestinal signs and symptoms"),
                first(new HlgtReader(), "90100058$Gastrointestinal signs and symptoms$$$$$$$$\n"));
        assertEquals(new Rows.Term(1, 90200001, "Urinary tract infections"),
                first(new HltReader(), "90200001$Urinary tract infections$$$$$$$$\n"));
    }

    @Test
    void links() throws IOException {
        assertEquals(new Rows.Link(1, 10017947, 90100058), first(new SocHlgtReader(), "10017947$90100058$\n"));
        assertEquals(new Rows.Link(1, 90100058, 90200093), first(new HlgtHltReader(), "90100058$90200093$\n"));
        assertEquals(new Rows.Link(1, 90200093, 10000081), first(new HltPtReader(), "90200093$10000081$\n"));
        assertEquals(new Rows.IntlOrder(1, 14, 10017947), first(new IntlOrdReader(), "14$10017947$\n"));
    }

    @Test
    void mdhierWithPrimaryFlag() throws IOException {
        assertEquals(new Rows.Path(1, 10046571, 90200135, 90100080, 10038359, false), first(new MdhierReader(),
                "10046571$90200135$90100080$10038359$Urinary tract infection$Urinary tract infections NEC"
                        + "$Urinary tract infections and inflammations$Renal and urinary disorders$Renal$$10021881$N$\n"));
    }

    @Test
    void smqListAndContent() throws IOException {
        assertEquals(new Rows.Smq(1, 90900001, "Anaphylactic reaction (SMQ)", 1, "Anaphylaxis", "Demo", null, "0.1",
                        "A", "A or (B and C)"),
                first(new SmqListReader(), "90900001$Anaphylactic reaction (SMQ)$1$Anaphylaxis$Demo$$0.1$A$A or (B and C)$\n"));
        assertEquals(new Rows.SmqTerm(1, 90900001, 10002198, 4, 2, "A", 0, "A", "0.1", "0.1"),
                first(new SmqContentReader(), "90900001$10002198$4$2$A$0$A$0.1$0.1$\n"));
    }

    @Test
    void releaseInfoWithExtraFields() throws IOException {
        assertEquals(new Rows.ReleaseInfo("27.1", "English"), first(new ReleaseInfoReader(), "27.1$English$$\n"));
    }

    @Test
    void smqContentRefusesUnknownLevels() throws IOException {
        new SmqContentReader().read(new BytesReleaseFiles().with(SmqContentReader.FILE,
                "90900001$10002198$3$2$A$0$A$0.1$0.1$\n", StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, problems);
        assertEquals("smq_content.asc:1", problems.listed().get(0).pointer());
    }
}
