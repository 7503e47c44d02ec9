package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Edition;
import org.pvcoder.icd10.files.ClamlReader;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.SafeXml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells from the file names (and, for XML, the root element) which edition a set of files is and which file plays
 * which part. ICD-10-CM files are named {@code icd10cm_<part>_<version>.<ext>} as CDC/CMS ship them; the version
 * is the part after the second underscore ("2025"). A WHO release is a ClaML file; its version is its Title's.
 */
public final class DistributionDetector {

    private static final Pattern CM_FILE = Pattern.compile("icd10cm_(order|codes|tabular|index)_(.+)\\.(txt|xml)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private DistributionDetector() {
    }

    /** The layout, or null with the reasons in {@code problems}. */
    public static DistributionLayout detect(DistributionFiles files, LoadProblems problems) throws IOException {
        String order = null;
        String codes = null;
        String tabular = null;
        String index = null;
        String version = null;
        List<String> claml = new ArrayList<>();
        for (String name : files.names()) {
            Matcher cm = CM_FILE.matcher(name);
            if (cm.matches() && extensionFits(cm.group(1), cm.group(3))) {
                String part = cm.group(1).toLowerCase(Locale.ROOT);
                if (version != null && !version.equals(cm.group(2))) {
                    problems.add(name, "is of version " + cm.group(2) + " but the other ICD-10-CM files are of version " + version);
                    continue;
                }
                version = cm.group(2);
                switch (part) {
                    case "order" -> order = name;
                    case "codes" -> codes = name;
                    case "tabular" -> tabular = name;
                    default -> index = name;
                }
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".xml") && ClamlReader.ROOT.equals(SafeXml.rootElement(files, name))) {
                claml.add(name);
            }
        }
        boolean isCm = order != null || codes != null || tabular != null;
        if (isCm && !claml.isEmpty()) {
            problems.add(files.source(), "holds both ICD-10-CM files and a ClaML file (" + claml.get(0) + "); load them apart");
        } else if (claml.size() > 1) {
            problems.add(files.source(), "holds several ClaML files (" + String.join(", ", claml) + "); load them one by one");
        } else if (isCm) {
            return new DistributionLayout(Edition.CM, version, order, codes, tabular, index, null);
        } else if (claml.size() == 1) {
            return new DistributionLayout(Edition.WHO, clamlVersion(files, claml.get(0)), null, null, null, null, claml.get(0));
        } else {
            problems.add(files.source(), "holds no ICD-10 file: expected icd10cm_order_YYYY.txt, icd10cm_codes_YYYY.txt or"
                    + " icd10cm_tabular_YYYY.xml (ICD-10-CM), or a WHO ClaML .xml file"
                    + (index != null ? " (an index file alone gives no codes)" : ""));
        }
        return null;
    }

    private static boolean extensionFits(String part, String extension) {
        boolean text = part.equalsIgnoreCase("order") || part.equalsIgnoreCase("codes");
        return text == extension.equalsIgnoreCase("txt");
    }

    /** The Title's version, else a year in the file name, else null (then the load request must name one). */
    private static String clamlVersion(DistributionFiles files, String name) throws IOException {
        String version = ClamlReader.readVersion(files, name);
        if (version != null && !version.isBlank()) {
            return version.trim();
        }
        Matcher year = YEAR.matcher(name);
        return year.find() ? year.group() : null;
    }
}
