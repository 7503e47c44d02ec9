package org.pvcoder.meddra.load;

import org.pvcoder.meddra.ascii.Rows;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;

/** Every row of a release as read, before it is checked and stored. A file the release lacks gives an empty list. */
public record ParsedRelease(
        Rows.ReleaseInfo info,
        Charset charset,
        String source,
        Set<String> absentFiles,
        List<Rows.Soc> socs,
        List<Rows.Term> hlgts,
        List<Rows.Term> hlts,
        List<Rows.Pt> pts,
        List<Rows.Llt> llts,
        List<Rows.Link> socHlgt,
        List<Rows.Link> hlgtHlt,
        List<Rows.Link> hltPt,
        List<Rows.Path> mdhier,
        List<Rows.IntlOrder> intlOrder,
        List<Rows.Smq> smqs,
        List<Rows.SmqTerm> smqTerms) {

    public boolean has(String file) {
        return !absentFiles.contains(file);
    }
}
