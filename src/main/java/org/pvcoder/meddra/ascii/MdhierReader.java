package org.pvcoder.meddra.ascii;

import java.util.List;

/**
 * Reads mdhier.asc: every PT -> HLT -> HLGT -> SOC path with primary_soc_fg. The names repeated in the
 * file are not kept; they come from the term files.
 */
public final class MdhierReader extends AscFileReader<Rows.Path> {

    public static final String FILE = "mdhier.asc";

    public MdhierReader() {
        super(FILE, List.of("pt_code", "hlt_code", "hlgt_code", "soc_code", "pt_name", "hlt_name", "hlgt_name",
                "soc_name", "soc_abbrev", "null_field", "pt_soc_code", "primary_soc_fg"));
    }

    @Override
    protected Rows.Path parse(AscRow row) {
        return new Rows.Path(row.line(), row.code("pt_code"), row.code("hlt_code"), row.code("hlgt_code"),
                row.code("soc_code"), row.flag("primary_soc_fg"));
    }

    @Override
    protected Object uniqueKey(Rows.Path record) {
        return record.pt() + ">" + record.hlt() + ">" + record.hlgt() + ">" + record.soc();
    }

    @Override
    protected String keyLabel() {
        return "path";
    }
}
