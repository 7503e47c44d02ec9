package org.pvcoder.meddra.ascii;

import java.util.List;

/** Reads intl_ord.asc: the internationally agreed order of the SOCs. */
public final class IntlOrdReader extends AscFileReader<Rows.IntlOrder> {

    public static final String FILE = "intl_ord.asc";

    public IntlOrdReader() {
        super(FILE, List.of("intl_ord_code", "soc_code"));
    }

    @Override
    protected Rows.IntlOrder parse(AscRow row) {
        return new Rows.IntlOrder(row.line(), row.code("intl_ord_code"), row.code("soc_code"));
    }

    @Override
    protected Object uniqueKey(Rows.IntlOrder record) {
        return record.soc();
    }
}
