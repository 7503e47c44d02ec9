package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads hlgt_hlt.asc: hlgt_code$hlt_code$ */
public final class HlgtHltReader extends AscFileReader<Rows.Link> {

    public static final String FILE = "hlgt_hlt.asc";

    public HlgtHltReader() {
        super(FILE, List.of("hlgt_code", "hlt_code"));
    }

    @Override
    protected Rows.Link parse(AscRow row) {
        return new Rows.Link(row.line(), row.code("hlgt_code"), row.code("hlt_code"));
    }
}
