package org.pvcoder.meddra.load;

import org.pvcoder.common.load.LoadProblems;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.meddra.ascii.HlgtHltReader;
import org.pvcoder.meddra.ascii.HltPtReader;
import org.pvcoder.meddra.ascii.IntlOrdReader;
import org.pvcoder.meddra.ascii.LltReader;
import org.pvcoder.meddra.ascii.MdhierReader;
import org.pvcoder.meddra.ascii.PtReader;
import org.pvcoder.meddra.ascii.Rows;
import org.pvcoder.meddra.ascii.SmqContentReader;
import org.pvcoder.meddra.ascii.SocHlgtReader;
import org.pvcoder.meddra.ascii.SocReader;
import org.pvcoder.meddra.ascii.HlgtReader;
import org.pvcoder.meddra.ascii.HltReader;
import org.pvcoder.meddra.ascii.SmqListReader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Checks what no single file can: every code a row points to exists in the file that defines it.
 * A link to a term whose file the release lacks is a link to a missing term.
 */
@ApplicationScoped
public class ReleaseValidator {

    public void validate(ParsedRelease release, LoadProblems problems) {
        Set<Integer> socs = codes(release.socs(), Rows.Soc::code);
        Set<Integer> hlgts = codes(release.hlgts(), Rows.Term::code);
        Set<Integer> hlts = codes(release.hlts(), Rows.Term::code);
        Set<Integer> pts = codes(release.pts(), Rows.Pt::code);
        Set<Integer> llts = codes(release.llts(), Rows.Llt::code);
        Set<Integer> smqs = codes(release.smqs(), Rows.Smq::code);

        for (Rows.Llt llt : release.llts()) {
            requirePresent(pts, llt.ptCode(), LltReader.FILE, llt.line(), "PT", PtReader.FILE, problems);
        }
        if (release.has(SocReader.FILE)) {
            for (Rows.Pt pt : release.pts()) {
                if (pt.socCode() != null) {
                    requirePresent(socs, pt.socCode(), PtReader.FILE, pt.line(), "primary SOC", SocReader.FILE, problems);
                }
            }
        }
        links(release.socHlgt(), socs, hlgts, SocHlgtReader.FILE, "SOC", SocReader.FILE, "HLGT", HlgtReader.FILE, problems);
        links(release.hlgtHlt(), hlgts, hlts, HlgtHltReader.FILE, "HLGT", HlgtReader.FILE, "HLT", HltReader.FILE, problems);
        links(release.hltPt(), hlts, pts, HltPtReader.FILE, "HLT", HltReader.FILE, "PT", PtReader.FILE, problems);
        for (Rows.Path path : release.mdhier()) {
            requirePresent(pts, path.pt(), MdhierReader.FILE, path.line(), "PT", PtReader.FILE, problems);
            requirePresent(hlts, path.hlt(), MdhierReader.FILE, path.line(), "HLT", HltReader.FILE, problems);
            requirePresent(hlgts, path.hlgt(), MdhierReader.FILE, path.line(), "HLGT", HlgtReader.FILE, problems);
            requirePresent(socs, path.soc(), MdhierReader.FILE, path.line(), "SOC", SocReader.FILE, problems);
        }
        for (Rows.IntlOrder order : release.intlOrder()) {
            requirePresent(socs, order.soc(), IntlOrdReader.FILE, order.line(), "SOC", SocReader.FILE, problems);
        }
        for (Rows.SmqTerm term : release.smqTerms()) {
            requirePresent(smqs, term.smq(), SmqContentReader.FILE, term.line(), "SMQ", SmqListReader.FILE, problems);
            if (term.level() == 0) {
                requirePresent(smqs, term.term(), SmqContentReader.FILE, term.line(), "sub-SMQ", SmqListReader.FILE, problems);
            } else if (!llts.contains(term.term()) && !pts.contains(term.term())) {
                problems.add(SmqContentReader.FILE, term.line(),
                        "term " + term.term() + " is neither in " + PtReader.FILE + " nor in " + LltReader.FILE);
            }
        }
    }

    private static void links(List<Rows.Link> links, Set<Integer> parents, Set<Integer> children, String file,
                              String parentLevel, String parentFile, String childLevel, String childFile,
                              LoadProblems problems) {
        for (Rows.Link link : links) {
            requirePresent(parents, link.parent(), file, link.line(), parentLevel, parentFile, problems);
            requirePresent(children, link.child(), file, link.line(), childLevel, childFile, problems);
        }
    }

    private static void requirePresent(Set<Integer> codes, int code, String file, int line, String level,
                                       String definingFile, LoadProblems problems) {
        if (!codes.contains(code)) {
            problems.add(file, line, level + " " + code + " does not exist in " + definingFile);
        }
    }

    private static <T> Set<Integer> codes(List<T> rows, ToIntFunction<T> code) {
        return rows.stream().map(code::applyAsInt).collect(Collectors.toCollection(HashSet::new));
    }
}
