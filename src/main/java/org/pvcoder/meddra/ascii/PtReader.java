package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads pt.asc. pt_soc_code (the primary SOC) may be empty. */
public final class PtReader extends AscFileReader<Rows.Pt> {

    public static final String FILE = "pt.asc";

    public PtReader() {
        super(FILE, List.of("pt_code", "pt_name", "null_field", "pt_soc_code", "pt_whoart_code", "pt_harts_code",
                "pt_costart_sym", "pt_icd9_code", "pt_icd9cm_code", "pt_icd10_code", "pt_jart_code"));
    }

    @Override
    protected Rows.Pt parse(AscRow row) {
        return new Rows.Pt(row.line(), row.code("pt_code"), row.requiredText("pt_name"), row.optionalCode("pt_soc_code"));
    }

    @Override
    protected Object uniqueKey(Rows.Pt record) {
        return record.code();
    }
}
