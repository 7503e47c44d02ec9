package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads soc.asc: soc_code$soc_name$soc_abbrev$ and the legacy cross-reference columns, which are not kept. */
public final class SocReader extends AscFileReader<Rows.Soc> {

    public static final String FILE = "soc.asc";

    public SocReader() {
        super(FILE, List.of("soc_code", "soc_name", "soc_abbrev", "soc_whoart_code", "soc_harts_code",
                "soc_costart_sym", "soc_icd9_code", "soc_icd9cm_code", "soc_icd10_code", "soc_jart_code"));
    }

    @Override
    protected Rows.Soc parse(AscRow row) {
        return new Rows.Soc(row.line(), row.code("soc_code"), row.requiredText("soc_name"), row.optionalText("soc_abbrev"));
    }

    @Override
    protected Object uniqueKey(Rows.Soc record) {
        return record.code();
    }
}
