package org.pvcoder.meddra.ascii;

import java.util.List;

/**
 * Reads smq_content.asc: the terms (and sub-SMQs) of each SMQ. term_level 0 is a sub-SMQ, 4 a PT, 5 an LLT;
 * term_scope 1 is broad, 2 narrow, 0 not applicable.
 */
public final class SmqContentReader extends AscFileReader<Rows.SmqTerm> {

    public static final String FILE = "smq_content.asc";

    public SmqContentReader() {
        super(FILE, List.of("smq_code", "term_code", "term_level", "term_scope", "term_category", "term_weight",
                "term_status", "term_addition_version", "term_last_modified_version"));
    }

    @Override
    protected Rows.SmqTerm parse(AscRow row) {
        int level = row.code("term_level");
        if (level != 0 && level != 4 && level != 5) {
            row.fail("term_level " + level + " is none of 0 (SMQ), 4 (PT), 5 (LLT)");
        }
        int scope = row.code("term_scope");
        if (scope > 2) {
            row.fail("term_scope " + scope + " is none of 0, 1 (broad), 2 (narrow)");
        }
        return new Rows.SmqTerm(row.line(), row.code("smq_code"), row.code("term_code"), level, scope,
                row.optionalText("term_category"), row.optionalNumber("term_weight"), row.requiredText("term_status"),
                row.optionalText("term_addition_version"), row.optionalText("term_last_modified_version"));
    }
}
