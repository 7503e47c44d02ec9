package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.meddra.MeddraLevel;
import org.pvcoder.meddra.NameKey;
import org.pvcoder.meddra.api.SearchPage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Name search over every level of one release. A name matches when each query word starts one of its words
 * (accents, case and punctuation ignored). Exact names rank first, then names starting with the query, then
 * the rest; within a rank current terms come before non-current LLTs, and LLTs before higher levels.
 */
@ApplicationScoped
public class MeddraSearch {

    public static final int MAX_SIZE = 100;
    private static final String[] MATCH = {"exact", "prefix", "words"};

    @Inject
    MeddraReleaseStore releases;
    @Inject
    Sql sql;

    public SearchPage search(String version, String query, int page, int size) {
        if (query == null || query.isBlank()) {
            throw invalid("q", "give the words to search for");
        }
        if (page < 0) {
            throw invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        ReleaseRef release = releases.resolve(version);
        String key = NameKey.of(query);
        if (key.isBlank()) {
            throw invalid("q", "holds no letters or digits");
        }
        List<Object> parameters = new ArrayList<>();
        String union = union(release.id(), key, parameters);
        long total = sql.one("select count(*) from (" + union + ") t", r -> r.getLong(1), parameters.toArray()).orElse(0L);
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(size);
        pageParameters.add((long) page * size);
        List<SearchPage.Hit> hits = sql.list("select * from (" + union + ") t"
                        + " order by rnk, cur desc, lvl, name, code limit ? offset ?",
                r -> new SearchPage.Hit(MeddraLevel.values()[r.getInt("lvl")].name(), r.getString("code"),
                        r.getString("name"), r.getBoolean("cur"), MATCH[r.getInt("rnk")], r.getString("pt_code"),
                        r.getString("pt_name")),
                pageParameters.toArray());
        return new SearchPage(release.version(), query, page, size, total, hits);
    }

    private static String union(long releaseId, String key, List<Object> parameters) {
        String[] words = key.trim().split(" ");
        StringBuilder sql = new StringBuilder();
        sql.append(branch("meddra_llt k join meddra_pt p on p.release_id = k.release_id and p.code = k.pt_code",
                0, "k.is_current", "p.code", "p.name", words, releaseId, key, parameters));
        sql.append(" union all ").append(branch("meddra_pt k", 1, "true", "k.code", "k.name", words, releaseId, key, parameters));
        String noPt = "cast(null as integer)";
        String noName = "cast(null as varchar(250))";
        sql.append(" union all ").append(branch("meddra_hlt k", 2, "true", noPt, noName, words, releaseId, key, parameters));
        sql.append(" union all ").append(branch("meddra_hlgt k", 3, "true", noPt, noName, words, releaseId, key, parameters));
        sql.append(" union all ").append(branch("meddra_soc k", 4, "true", noPt, noName, words, releaseId, key, parameters));
        return sql.toString();
    }

    private static String branch(String from, int level, String current, String ptCode, String ptName, String[] words,
                                 long releaseId, String key, List<Object> parameters) {
        parameters.add(key);
        parameters.add(escape(key) + "%");
        parameters.add(releaseId);
        StringBuilder where = new StringBuilder("k.release_id = ?");
        for (String word : words) {
            where.append(" and k.name_key like ? escape '!'");
            parameters.add("% " + escape(word) + "%");
        }
        return "select " + level + " lvl, k.code, k.name, " + current + " cur, " + ptCode + " pt_code, " + ptName + " pt_name,"
                + " case when k.name_key = ? then 0 when k.name_key like ? escape '!' then 1 else 2 end rnk"
                + " from " + from + " where " + where;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, parameter + ": " + message,
                Collections.singletonList(new Problem.FieldError(parameter, message, null)));
    }
}
