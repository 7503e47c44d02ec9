package org.pvcoder.meddra.ascii;

import java.util.List;

/**
 * Reads meddra_release.asc: one row, version$language$ followed by fields not used here.
 * The version must read like the MedDRA versions cases carry (27.0, 26.1).
 */
public final class ReleaseInfoReader extends AscFileReader<Rows.ReleaseInfo> {

    public static final String FILE = "meddra_release.asc";

    public ReleaseInfoReader() {
        super(FILE, List.of("version", "language"));
    }

    @Override
    protected boolean fieldCountFits(String[] fields) {
        return fields.length >= 2;
    }

    @Override
    protected Rows.ReleaseInfo parse(AscRow row) {
        String version = row.requiredText("version");
        if (!version.isEmpty() && !version.matches("\\d{1,2}\\.\\d")) {
            row.fail("version '" + version + "' is not a MedDRA version such as 27.0");
        }
        return new Rows.ReleaseInfo(version, row.requiredText("language"));
    }
}
