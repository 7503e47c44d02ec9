package org.pvcoder.meddra.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic release of real MedDRA size in the ASCII layout (CRLF, trailing $, Latin-1), for benchmarks:
 * 27 SOCs, 340 HLGTs, 1,700 HLTs, 27,000 PTs, 80,000 LLTs, 30,000 mdhier paths, 220 SMQs with 200,000 terms.
 * Names are made of random medical-sounding words; nothing in it is MedDRA content.
 */
public final class GeneratedRelease {

    public static final int SOCS = 27;
    public static final int HLGTS = 340;
    public static final int HLTS = 1_700;
    public static final int PTS = 27_000;
    public static final int LLTS = 80_000;
    public static final int SECONDARY_PATHS = 3_000;
    public static final int SMQS = 220;
    public static final int SMQ_TERMS = 200_000;

    private static final String[] WORDS = {"abdominal", "acute", "allergic", "anaemia", "arterial", "bleeding", "blood",
            "bone", "cardiac", "cerebral", "chronic", "colitis", "decreased", "disorder", "dysfunction", "erythema",
            "failure", "gastric", "haemorrhage", "hepatic", "increased", "infection", "inflammation", "injury", "joint",
            "lesion", "lung", "muscle", "necrosis", "neoplasm", "nerve", "oedema", "pain", "pulmonary", "rash", "renal",
            "skin", "spasm", "syndrome", "thrombosis", "toxicity", "ulcer", "urinary", "vascular", "viral", "weakness"};

    private final Random random = new Random(42);

    private GeneratedRelease() {
    }

    public static Path write(Path folder, String version) throws IOException {
        new GeneratedRelease().writeAll(Files.createDirectories(folder), version);
        return folder;
    }

    static int soc(int i) {
        return 91_000_001 + i;
    }

    static int hlgt(int i) {
        return 92_000_001 + i;
    }

    static int hlt(int i) {
        return 93_000_001 + i;
    }

    static int pt(int i) {
        return 94_000_001 + i;
    }

    static int llt(int i) {
        return 95_000_001 + i;
    }

    static int smq(int i) {
        return 96_000_001 + i;
    }

    private void writeAll(Path folder, String version) throws IOException {
        try (var out = writer(folder, "meddra_release.asc")) {
            row(out, version, "English", "");
        }
        try (var soc = writer(folder, "soc.asc"); var order = writer(folder, "intl_ord.asc")) {
            for (int i = 0; i < SOCS; i++) {
                row(soc, soc(i), name(3) + " disorders", "S" + i, "", "", "", "", "", "", "");
                row(order, i + 1, soc(i));
            }
        }
        try (var hlgt = writer(folder, "hlgt.asc"); var links = writer(folder, "soc_hlgt.asc")) {
            for (int i = 0; i < HLGTS; i++) {
                row(hlgt, hlgt(i), name(3) + " conditions", "", "", "", "", "", "", "");
                row(links, soc(i % SOCS), hlgt(i));
            }
        }
        try (var hlt = writer(folder, "hlt.asc"); var links = writer(folder, "hlgt_hlt.asc")) {
            for (int i = 0; i < HLTS; i++) {
                row(hlt, hlt(i), name(3) + " NEC", "", "", "", "", "", "", "");
                row(links, hlgt(i % HLGTS), hlt(i));
            }
        }
        writeTerms(folder);
        writeSmqs(folder, version);
    }

    private void writeTerms(Path folder) throws IOException {
        try (var pt = writer(folder, "pt.asc"); var llt = writer(folder, "llt.asc"); var hltPt = writer(folder, "hlt_pt.asc");
             var mdhier = writer(folder, "mdhier.asc")) {
            String[] ptNames = new String[PTS];
            for (int i = 0; i < PTS; i++) {
                int hlt = i % HLTS;
                int hlgt = hlt % HLGTS;
                int soc = hlgt % SOCS;
                ptNames[i] = name(2 + random.nextInt(3));
                row(pt, pt(i), ptNames[i], "", soc(soc), "", "", "", "", "", "", "");
                row(hltPt, hlt(hlt), pt(i));
                row(mdhier, pt(i), hlt(hlt), hlgt(hlgt), soc(soc), ptNames[i], "", "", "", "", "", soc(soc), "Y");
                // the LLT with the PT's own code and name, as in MedDRA
                row(llt, pt(i), ptNames[i], pt(i), "", "", "", "", "", "", "Y", "");
            }
            for (int i = 0; i < SECONDARY_PATHS; i++) {
                int hlt = (i % HLTS + 7) % HLTS;
                int hlgt = hlt % HLGTS;
                int primarySoc = (i % HLTS) % HLGTS % SOCS;
                if (hlgt % SOCS == primarySoc) {
                    hlt = (hlt + 1) % HLTS;
                    hlgt = hlt % HLGTS;
                }
                row(hltPt, hlt(hlt), pt(i));
                row(mdhier, pt(i), hlt(hlt), hlgt(hlgt), soc(hlgt % SOCS), ptNames[i], "", "", "", "", "", soc(primarySoc), "N");
            }
            for (int i = 0; i < LLTS - PTS; i++) {
                row(llt, llt(i), name(2 + random.nextInt(4)), pt(i % PTS), "", "", "", "", "", "", i % 12 == 0 ? "N" : "Y", "");
            }
        }
    }

    private void writeSmqs(Path folder, String version) throws IOException {
        try (var list = writer(folder, "smq_list.asc"); var content = writer(folder, "smq_content.asc")) {
            int perSmq = SMQ_TERMS / SMQS;
            int written = 0;
            for (int i = 0; i < SMQS; i++) {
                row(list, smq(i), name(3) + " (SMQ)", 1, "Generated query " + i, "benchmark", "", version, "A", "N");
                int count = i == SMQS - 1 ? SMQ_TERMS - written : perSmq;
                for (int t = 0; t < count; t++) {
                    int index = (i * 131 + t) % (PTS + LLTS - PTS);
                    boolean isPt = index < PTS;
                    int code = isPt ? pt(index) : llt(index - PTS);
                    row(content, smq(i), code, isPt ? 4 : 5, t % 3 == 0 ? 2 : 1, "A", 0, "A", version, version);
                }
                written += count;
            }
        }
    }

    private String name(int words) {
        StringBuilder name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            name.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return name.toString();
    }

    private static BufferedWriter writer(Path folder, String file) throws IOException {
        return Files.newBufferedWriter(folder.resolve(file), StandardCharsets.ISO_8859_1);
    }

    private static void row(BufferedWriter out, Object... fields) throws IOException {
        for (Object field : fields) {
            out.write(String.valueOf(field));
            out.write('$');
        }
        out.write("\r\n");
    }
}
