package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads hlgt.asc: hlgt_code$hlgt_name$ and the legacy cross-reference columns, which are not kept. */
public final class HlgtReader extends AscFileReader<Rows.Term> {

    public static final String FILE = "hlgt.asc";

    public HlgtReader() {
        super(FILE, List.of("hlgt_code", "hlgt_name", "hlgt_whoart_code", "hlgt_harts_code", "hlgt_costart_sym",
                "hlgt_icd9_code", "hlgt_icd9cm_code", "hlgt_icd10_code", "hlgt_jart_code"));
    }

    @Override
    protected Rows.Term parse(AscRow row) {
        return new Rows.Term(row.line(), row.code("hlgt_code"), row.requiredText("hlgt_name"));
    }

    @Override
    protected Object uniqueKey(Rows.Term record) {
        return record.code();
    }
}
