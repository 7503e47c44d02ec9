package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.meddra.api.SmqDetail;
import org.pvcoder.meddra.api.SmqList;

import java.util.List;

/** The Standardised MedDRA Queries of a release and their terms. */
@ApplicationScoped
public class MeddraSmqs {

    @Inject
    MeddraReleaseStore releases;
    @Inject
    Sql sql;

    public SmqList list(String version) {
        ReleaseRef release = releases.resolve(version);
        return new SmqList(release.version(), sql.list("select code, name, smq_level, status from meddra_smq"
                + " where release_id = ? order by name", MeddraSmqs::summary, release.id()));
    }

    public SmqDetail smq(String version, String code) {
        ReleaseRef release = releases.resolve(version);
        int smqCode = Codes.parse(code, "SMQ");
        record Smq(String name, int level, String description, String source, String note, String algorithm,
                   String status) {
        }
        Smq smq = sql.one("select * from meddra_smq where release_id = ? and code = ?",
                        r -> new Smq(r.getString("name"), r.getInt("smq_level"), r.getString("description"),
                                r.getString("source"), r.getString("note"), r.getString("algorithm"), r.getString("status")),
                        release.id(), smqCode)
                .orElseThrow(() -> ProblemException.notFound("SMQ", code + " in MedDRA " + release.version()));
        // a term of level 4 is a PT, of level 5 an LLT; names come from the matching table
        List<SmqDetail.Term> terms = sql.list("select t.term_level, t.term_code, coalesce(p.name, l.name) name,"
                        + " t.term_scope, t.term_category, t.term_weight, t.term_status from meddra_smq_term t"
                        + " left join meddra_pt p on t.term_level = 4 and p.release_id = t.release_id and p.code = t.term_code"
                        + " left join meddra_llt l on t.term_level = 5 and l.release_id = t.release_id and l.code = t.term_code"
                        + " where t.release_id = ? and t.smq_code = ? and t.term_level <> 0"
                        + " order by t.term_scope desc, name",
                r -> new SmqDetail.Term(r.getInt("term_level") == 4 ? "PT" : "LLT", r.getString("term_code"),
                        r.getString("name"), scope(r.getInt("term_scope")), r.getString("term_category"),
                        Sql.integer(r, "term_weight"), "A".equalsIgnoreCase(r.getString("term_status")) ? "active" : "inactive"),
                release.id(), smqCode);
        List<SmqList.SmqSummary> subSmqs = sql.list("select s.code, s.name, s.smq_level, s.status from meddra_smq_term t"
                        + " join meddra_smq s on s.release_id = t.release_id and s.code = t.term_code"
                        + " where t.release_id = ? and t.smq_code = ? and t.term_level = 0 order by s.name",
                MeddraSmqs::summary, release.id(), smqCode);
        return new SmqDetail(release.version(), String.valueOf(smqCode), smq.name(), smq.level(), smq.description(),
                smq.source(), smq.note(), smq.algorithm(), smq.status(), terms, subSmqs);
    }

    private static String scope(int scope) {
        return switch (scope) {
            case 2 -> "narrow";
            case 1 -> "broad";
            default -> "n/a";
        };
    }

    private static SmqList.SmqSummary summary(java.sql.ResultSet r) throws java.sql.SQLException {
        return new SmqList.SmqSummary(r.getString("code"), r.getString("name"), r.getInt("smq_level"), r.getString("status"));
    }
}
