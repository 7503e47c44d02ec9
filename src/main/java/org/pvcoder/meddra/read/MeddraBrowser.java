package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.meddra.MeddraLevel;
import org.pvcoder.meddra.api.Children;
import org.pvcoder.meddra.api.LltDetail;
import org.pvcoder.meddra.api.PtDetail;
import org.pvcoder.meddra.api.SocList;
import org.pvcoder.meddra.api.TermRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers questions about the hierarchy of one release: an LLT, a PT, the children of a term, the SOCs. */
@ApplicationScoped
public class MeddraBrowser {

    private static final String PATHS = "select p.primary_soc, h.code hlt_code, h.name hlt_name, g.code hlgt_code,"
            + " g.name hlgt_name, s.code soc_code, s.name soc_name from meddra_path p"
            + " join meddra_hlt h on h.release_id = p.release_id and h.code = p.hlt_code"
            + " join meddra_hlgt g on g.release_id = p.release_id and g.code = p.hlgt_code"
            + " join meddra_soc s on s.release_id = p.release_id and s.code = p.soc_code"
            + " where p.release_id = ? and p.pt_code = ?"
            + " order by p.primary_soc desc, s.intl_order, s.name, g.name, h.name";

    @Inject
    MeddraReleaseStore releases;
    @Inject
    Sql sql;

    public LltDetail llt(String version, String code) {
        ReleaseRef release = releases.resolve(version);
        int lltCode = Codes.parse(code, "LLT");
        record Llt(String code, String name, boolean current, int ptCode, String ptName, Integer ptSocCode) {
        }
        Llt llt = sql.one("select l.code, l.name, l.is_current, p.code pt_code, p.name pt_name, p.soc_code"
                        + " from meddra_llt l join meddra_pt p on p.release_id = l.release_id and p.code = l.pt_code"
                        + " where l.release_id = ? and l.code = ?",
                r -> new Llt(r.getString("code"), r.getString("name"), r.getBoolean("is_current"), r.getInt("pt_code"),
                        r.getString("pt_name"), Sql.integer(r, "soc_code")), release.id(), lltCode)
                .orElseThrow(() -> ProblemException.notFound("LLT", code + " in MedDRA " + release.version()));
        TermRef pt = new TermRef("PT", String.valueOf(llt.ptCode()), llt.ptName());
        List<TermRef> path = new ArrayList<>(List.of(new TermRef("LLT", llt.code(), llt.name()), pt));
        Optional<PtDetail.HierarchyPath> primary = paths(release, llt.ptCode()).stream()
                .filter(PtDetail.HierarchyPath::primary).findFirst();
        primary.ifPresent(p -> path.addAll(List.of(p.hlt(), p.hlgt(), p.soc())));
        TermRef primarySoc = primary.map(PtDetail.HierarchyPath::soc).orElseGet(() -> soc(release, llt.ptSocCode()));
        return new LltDetail(release.version(), llt.code(), llt.name(), llt.current(), pt, primarySoc, path);
    }

    public PtDetail pt(String version, String code) {
        ReleaseRef release = releases.resolve(version);
        int ptCode = Codes.parse(code, "PT");
        record Pt(String name, Integer socCode) {
        }
        Pt pt = sql.one("select name, soc_code from meddra_pt where release_id = ? and code = ?",
                        r -> new Pt(r.getString("name"), Sql.integer(r, "soc_code")), release.id(), ptCode)
                .orElseThrow(() -> ProblemException.notFound("PT", code + " in MedDRA " + release.version()));
        List<PtDetail.HierarchyPath> paths = paths(release, ptCode);
        TermRef primarySoc = paths.stream().filter(PtDetail.HierarchyPath::primary).map(PtDetail.HierarchyPath::soc)
                .findFirst().orElseGet(() -> soc(release, pt.socCode()));
        List<PtDetail.LltRef> llts = sql.list("select code, name, is_current from meddra_llt where release_id = ? and pt_code = ?"
                        + " order by is_current desc, name",
                r -> new PtDetail.LltRef(r.getString("code"), r.getString("name"), r.getBoolean("is_current")),
                release.id(), ptCode);
        return new PtDetail(release.version(), String.valueOf(ptCode), pt.name(), primarySoc, paths, llts);
    }

    public Children children(String version, MeddraLevel level, String code) {
        ReleaseRef release = releases.resolve(version);
        int parent = Codes.parse(code, level.name());
        ChildLink link = switch (level) {
            case SOC -> new ChildLink("meddra_soc", "meddra_soc_hlgt", "soc_code", "hlgt_code", "meddra_hlgt", MeddraLevel.HLGT);
            case HLGT -> new ChildLink("meddra_hlgt", "meddra_hlgt_hlt", "hlgt_code", "hlt_code", "meddra_hlt", MeddraLevel.HLT);
            case HLT -> new ChildLink("meddra_hlt", "meddra_hlt_pt", "hlt_code", "pt_code", "meddra_pt", MeddraLevel.PT);
            default -> throw ProblemException.notFound("Level with children", level.name().toLowerCase());
        };
        String name = sql.one("select name from " + link.parentTable() + " where release_id = ? and code = ?",
                        r -> r.getString(1), release.id(), parent)
                .orElseThrow(() -> ProblemException.notFound(level.name(), code + " in MedDRA " + release.version()));
        List<TermRef> children = sql.list("select c.code, c.name from " + link.linkTable() + " l join " + link.childTable()
                        + " c on c.release_id = l.release_id and c.code = l." + link.childColumn()
                        + " where l.release_id = ? and l." + link.parentColumn() + " = ? order by c.name",
                r -> new TermRef(link.childLevel().name(), r.getString("code"), r.getString("name")), release.id(), parent);
        return new Children(release.version(), new TermRef(level.name(), String.valueOf(parent), name), children);
    }

    /** How a level's link table joins a term to its children. */
    private record ChildLink(String parentTable, String linkTable, String parentColumn, String childColumn,
                             String childTable, MeddraLevel childLevel) {
    }

    public SocList socs(String version) {
        ReleaseRef release = releases.resolve(version);
        List<SocList.Soc> socs = sql.list("select code, name, abbrev, intl_order from meddra_soc where release_id = ?"
                        + " order by case when intl_order is null then 1 else 0 end, intl_order, name",
                r -> new SocList.Soc(r.getString("code"), r.getString("name"), r.getString("abbrev"),
                        Sql.integer(r, "intl_order")), release.id());
        return new SocList(release.version(), socs);
    }

    private List<PtDetail.HierarchyPath> paths(ReleaseRef release, int ptCode) {
        return sql.list(PATHS, r -> new PtDetail.HierarchyPath(r.getBoolean("primary_soc"),
                new TermRef("HLT", r.getString("hlt_code"), r.getString("hlt_name")),
                new TermRef("HLGT", r.getString("hlgt_code"), r.getString("hlgt_name")),
                new TermRef("SOC", r.getString("soc_code"), r.getString("soc_name"))), release.id(), ptCode);
    }

    /** The SOC a PT names in pt_soc_code; a code without a name when the release has no soc.asc. */
    private TermRef soc(ReleaseRef release, Integer socCode) {
        if (socCode == null) {
            return null;
        }
        String name = sql.one("select name from meddra_soc where release_id = ? and code = ?", r -> r.getString(1),
                release.id(), socCode).orElse(null);
        return new TermRef("SOC", String.valueOf(socCode), name);
    }
}
