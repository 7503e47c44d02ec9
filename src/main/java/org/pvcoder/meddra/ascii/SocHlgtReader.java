package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads soc_hlgt.asc: soc_code$hlgt_code$ */
public final class SocHlgtReader extends AscFileReader<Rows.Link> {

    public static final String FILE = "soc_hlgt.asc";

    public SocHlgtReader() {
        super(FILE, List.of("soc_code", "hlgt_code"));
    }

    @Override
    protected Rows.Link parse(AscRow row) {
        return new Rows.Link(row.line(), row.code("soc_code"), row.code("hlgt_code"));
    }
}
