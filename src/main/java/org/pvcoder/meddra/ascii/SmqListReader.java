package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads smq_list.asc: one row per Standardised MedDRA Query. */
public final class SmqListReader extends AscFileReader<Rows.Smq> {

    public static final String FILE = "smq_list.asc";

    public SmqListReader() {
        super(FILE, List.of("smq_code", "smq_name", "smq_level", "smq_description", "smq_source", "smq_note",
                "MedDRA_version", "status", "smq_algorithm"));
    }

    @Override
    protected Rows.Smq parse(AscRow row) {
        return new Rows.Smq(row.line(), row.code("smq_code"), row.requiredText("smq_name"), row.code("smq_level"),
                row.optionalText("smq_description"), row.optionalText("smq_source"), row.optionalText("smq_note"),
                row.optionalText("MedDRA_version"), row.requiredText("status"), row.optionalText("smq_algorithm"));
    }

    @Override
    protected Object uniqueKey(Rows.Smq record) {
        return record.code();
    }
}
