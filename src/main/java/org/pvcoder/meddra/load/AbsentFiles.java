package org.pvcoder.meddra.load;

import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.ascii.HlgtHltReader;
import org.pvcoder.meddra.ascii.HlgtReader;
import org.pvcoder.meddra.ascii.HltPtReader;
import org.pvcoder.meddra.ascii.HltReader;
import org.pvcoder.meddra.ascii.IntlOrdReader;
import org.pvcoder.meddra.ascii.MdhierReader;
import org.pvcoder.meddra.ascii.SmqContentReader;
import org.pvcoder.meddra.ascii.SmqListReader;
import org.pvcoder.meddra.ascii.SocHlgtReader;
import org.pvcoder.meddra.ascii.SocReader;

import java.util.List;

/** Says, for each optional file a release lacks, what the loaded release will be without it. */
final class AbsentFiles {

    private AbsentFiles() {
    }

    static List<LoadReport.AbsentFile> describe(ParsedRelease release) {
        boolean mdhier = release.has(MdhierReader.FILE);
        String noPaths = "paths stop at the PT";
        return release.absentFiles().stream().map(file -> new LoadReport.AbsentFile(file, switch (file) {
            case MdhierReader.FILE -> "primary SOC taken from pt.asc's pt_soc_code"
                    + (hasAllLinks(release) ? "; paths built from the link files" : "; " + noPaths);
            case SocReader.FILE -> "no SOC names; " + noPaths;
            case HlgtReader.FILE -> "no HLGTs; " + noPaths;
            case HltReader.FILE -> "no HLTs; " + noPaths;
            case SocHlgtReader.FILE, HlgtHltReader.FILE, HltPtReader.FILE -> mdhier
                    ? "links taken from mdhier.asc" : "no links at this level; " + noPaths;
            case IntlOrdReader.FILE -> "SOCs listed alphabetically, not in the international order";
            case SmqListReader.FILE -> "no SMQs";
            case SmqContentReader.FILE -> "SMQs have no terms";
            default -> "not used";
        })).toList();
    }

    private static boolean hasAllLinks(ParsedRelease release) {
        return release.has(SocHlgtReader.FILE) && release.has(HlgtHltReader.FILE) && release.has(HltPtReader.FILE);
    }
}
