package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads hlt_pt.asc: hlt_code$pt_code$ */
public final class HltPtReader extends AscFileReader<Rows.Link> {

    public static final String FILE = "hlt_pt.asc";

    public HltPtReader() {
        super(FILE, List.of("hlt_code", "pt_code"));
    }

    @Override
    protected Rows.Link parse(AscRow row) {
        return new Rows.Link(row.line(), row.code("hlt_code"), row.code("pt_code"));
    }
}
