package org.pvcoder.meddra.load;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.meddra.ascii.HlgtHltReader;
import org.pvcoder.meddra.ascii.HltPtReader;
import org.pvcoder.meddra.ascii.MdhierReader;
import org.pvcoder.meddra.ascii.Rows;
import org.pvcoder.meddra.ascii.SocHlgtReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the hierarchy together from what the release has. Paths: mdhier.asc when present (it marks the primary
 * SOC); otherwise every chain of hlt_pt -> hlgt_hlt -> soc_hlgt, the primary being the one ending in the PT's
 * pt_soc_code. Links: the link files when present; otherwise taken from mdhier.asc.
 */
@ApplicationScoped
public class HierarchyBuilder {

    public Hierarchy build(ParsedRelease release) {
        boolean mdhier = release.has(MdhierReader.FILE);
        Collection<Hierarchy.Link> socHlgt = links(release, SocHlgtReader.FILE, release.socHlgt(),
                p -> new Hierarchy.Link(p.soc(), p.hlgt()));
        Collection<Hierarchy.Link> hlgtHlt = links(release, HlgtHltReader.FILE, release.hlgtHlt(),
                p -> new Hierarchy.Link(p.hlgt(), p.hlt()));
        Collection<Hierarchy.Link> hltPt = links(release, HltPtReader.FILE, release.hltPt(),
                p -> new Hierarchy.Link(p.hlt(), p.pt()));
        Collection<Hierarchy.Path> paths = mdhier
                ? distinct(release.mdhier().stream().map(Hierarchy.Path::of).toList())
                : derivePaths(release.pts(), socHlgt, hlgtHlt, hltPt);
        return new Hierarchy(socHlgt, hlgtHlt, hltPt, paths);
    }

    private static Collection<Hierarchy.Link> links(ParsedRelease release, String file, List<Rows.Link> rows,
                                                    Function<Rows.Path, Hierarchy.Link> fromPath) {
        if (release.has(file)) {
            return distinct(rows.stream().map(r -> new Hierarchy.Link(r.parent(), r.child())).toList());
        }
        return distinct(release.mdhier().stream().map(fromPath).toList());
    }

    private static Collection<Hierarchy.Path> derivePaths(List<Rows.Pt> pts, Collection<Hierarchy.Link> socHlgt,
                                                          Collection<Hierarchy.Link> hlgtHlt,
                                                          Collection<Hierarchy.Link> hltPt) {
        Map<Integer, List<Integer>> hltsOfPt = parentsByChild(hltPt);
        Map<Integer, List<Integer>> hlgtsOfHlt = parentsByChild(hlgtHlt);
        Map<Integer, List<Integer>> socsOfHlgt = parentsByChild(socHlgt);
        Map<Integer, Integer> primarySoc = new HashMap<>();
        for (Rows.Pt pt : pts) {
            if (pt.socCode() != null) {
                primarySoc.put(pt.code(), pt.socCode());
            }
        }
        List<Hierarchy.Path> paths = new ArrayList<>();
        for (var entry : hltsOfPt.entrySet()) {
            int pt = entry.getKey();
            for (int hlt : entry.getValue()) {
                for (int hlgt : hlgtsOfHlt.getOrDefault(hlt, List.of())) {
                    for (int soc : socsOfHlgt.getOrDefault(hlgt, List.of())) {
                        paths.add(new Hierarchy.Path(pt, hlt, hlgt, soc, primarySoc.getOrDefault(pt, -1) == soc));
                    }
                }
            }
        }
        return paths;
    }

    private static Map<Integer, List<Integer>> parentsByChild(Collection<Hierarchy.Link> links) {
        Map<Integer, List<Integer>> parents = new LinkedHashMap<>();
        for (Hierarchy.Link link : links) {
            parents.computeIfAbsent(link.child(), k -> new ArrayList<>()).add(link.parent());
        }
        return parents;
    }

    private static <T> Collection<T> distinct(List<T> items) {
        Set<T> set = new LinkedHashSet<>(items);
        return set;
    }
}
