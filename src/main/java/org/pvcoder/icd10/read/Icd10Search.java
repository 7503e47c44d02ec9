package org.pvcoder.icd10.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.SearchKey;
import org.pvcoder.icd10.api.SearchPage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Search over the codes, titles and synonyms of one release. A title or synonym matches when each query word starts
 * one of its words (accents, case and punctuation ignored); a query shaped like a code also matches codes starting
 * with it. Exact matches rank first, then prefixes, then word matches; within a rank billable codes come first, then
 * tabular order. Each code appears once, with the best of its matches.
 */
@ApplicationScoped
public class Icd10Search {

    public static final int MAX_SIZE = 100;
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z][0-9][0-9A-Za-z]?(\\.?[0-9A-Za-z]{0,4})?");
    private static final String[] MATCH = {"exact", "prefix", "words"};

    @Inject
    Icd10ReleaseStore releases;
    @Inject
    Sql sql;

    public SearchPage search(String edition, String version, String query, int page, int size) {
        if (query == null || query.isBlank()) {
            throw invalid("q", "give the words or the code to search for");
        }
        if (page < 0) {
            throw invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        String key = SearchKey.of(query);
        if (key.isBlank()) {
            throw invalid("q", "holds no letters or digits");
        }
        ReleaseRef release = releases.resolve(edition, version);
        List<Object> parameters = new ArrayList<>();
        String matches = matches(release.id(), query.trim(), key, parameters);
        long total = sql.one("select count(distinct code) from (" + matches + ") m", r -> r.getLong(1),
                parameters.toArray()).orElse(0L);
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(release.id());
        pageParameters.add(size);
        pageParameters.add((long) page * size);
        List<SearchPage.Hit> hits = sql.list("select b.rnk, b.src, b.name, c.code, c.title, c.billable, c.category from ("
                        + " select m.*, row_number() over (partition by m.code order by m.rnk, m.src) pick from (" + matches + ") m"
                        + ") b join icd10_code c on c.code = b.code and c.release_id = ?"
                        + " where b.pick = 1 order by b.rnk, c.billable desc, c.sort_order limit ? offset ?",
                r -> new SearchPage.Hit(r.getString("code"), r.getString("title"), r.getBoolean("billable"),
                        r.getString("category"), r.getInt("src") == 0 ? "code" : MATCH[r.getInt("rnk")],
                        r.getInt("src") == 2 ? r.getString("name") : null),
                pageParameters.toArray());
        return new SearchPage(release.edition(), release.version(), query, page, size, total, hits);
    }

    /** Rows (code, rnk, src, name): src 0 = the code, 1 = the title, 2 = a synonym. */
    private static String matches(long releaseId, String query, String key, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (CODE_LIKE.matcher(query).matches()) {
            String codeKey = Icd10Codes.key(query);
            sql.append("select code, case when code_key = ? then 0 else 1 end rnk, 0 src, cast(null as varchar(1000)) name")
                    .append(" from icd10_code where release_id = ? and code_key like ? escape '!' union all ");
            parameters.add(codeKey);
            parameters.add(releaseId);
            parameters.add(escape(codeKey) + "%");
        }
        sql.append(nameBranch("title_key", "1", "cast(null as varchar(1000))", "icd10_code", releaseId, key, parameters));
        sql.append(" union all ");
        sql.append(nameBranch("name_key", "2", "name", "icd10_synonym", releaseId, key, parameters));
        return sql.toString();
    }

    private static String nameBranch(String column, String source, String name, String table, long releaseId, String key,
                                     List<Object> parameters) {
        parameters.add(key);
        parameters.add(escape(key) + "%");
        parameters.add(releaseId);
        StringBuilder where = new StringBuilder("release_id = ?");
        for (String word : key.trim().split(" ")) {
            where.append(" and ").append(column).append(" like ? escape '!'");
            parameters.add("% " + escape(word) + "%");
        }
        return "select code, case when " + column + " = ? then 0 when " + column + " like ? escape '!' then 1 else 2 end rnk, "
                + source + " src, " + name + " name from " + table + " where " + where;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, parameter + ": " + message,
                List.of(new Problem.FieldError(parameter, message, null)));
    }
}
