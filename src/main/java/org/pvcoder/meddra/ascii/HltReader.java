package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads hlt.asc: hlt_code$hlt_name$ and the legacy cross-reference columns, which are not kept. */
public final class HltReader extends AscFileReader<Rows.Term> {

    public static final String FILE = "hlt.asc";

    public HltReader() {
        super(FILE, List.of("hlt_code", "hlt_name", "hlt_whoart_code", "hlt_harts_code", "hlt_costart_sym",
                "hlt_icd9_code", "hlt_icd9cm_code", "hlt_icd10_code", "hlt_jart_code"));
    }

    @Override
    protected Rows.Term parse(AscRow row) {
        return new Rows.Term(row.line(), row.code("hlt_code"), row.requiredText("hlt_name"));
    }

    @Override
    protected Object uniqueKey(Rows.Term record) {
        return record.code();
    }
}
