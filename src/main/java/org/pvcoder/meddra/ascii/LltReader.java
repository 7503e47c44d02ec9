package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads llt.asc. llt_currency is Y (current) or N (kept for legacy data, not for new coding). */
public final class LltReader extends AscFileReader<Rows.Llt> {

    public static final String FILE = "llt.asc";

    public LltReader() {
        super(FILE, List.of("llt_code", "llt_name", "pt_code", "llt_whoart_code", "llt_harts_code", "llt_costart_sym",
                "llt_icd9_code", "llt_icd9cm_code", "llt_icd10_code", "llt_currency", "llt_jart_code"));
    }

    @Override
    protected Rows.Llt parse(AscRow row) {
        return new Rows.Llt(row.line(), row.code("llt_code"), row.requiredText("llt_name"), row.code("pt_code"),
                row.flag("llt_currency"));
    }

    @Override
    protected Object uniqueKey(Rows.Llt record) {
        return record.code();
    }
}
