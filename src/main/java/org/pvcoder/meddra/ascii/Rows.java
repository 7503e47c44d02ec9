package org.pvcoder.meddra.ascii;

/** The records the readers make of rows; each keeps its line number for messages about links. */
public final class Rows {

    private Rows() {
    }

    /** meddra_release.asc */
    public record ReleaseInfo(String version, String language) {
    }

    /** soc.asc */
    public record Soc(int line, int code, String name, String abbrev) {
    }

    /** hlgt.asc and hlt.asc */
    public record Term(int line, int code, String name) {
    }

    /** pt.asc; {@code socCode} is pt_soc_code, the primary SOC, null when empty. */
    public record Pt(int line, int code, String name, Integer socCode) {
    }

    /** llt.asc */
    public record Llt(int line, int code, String name, int ptCode, boolean current) {
    }

    /** soc_hlgt.asc, hlgt_hlt.asc, hlt_pt.asc: a parent code and a child code. */
    public record Link(int line, int parent, int child) {
    }

    /** mdhier.asc: one PT -> HLT -> HLGT -> SOC path. */
    public record Path(int line, int pt, int hlt, int hlgt, int soc, boolean primary) {
    }

    /** intl_ord.asc */
    public record IntlOrder(int line, int order, int soc) {
    }

    /** smq_list.asc */
    public record Smq(int line, int code, String name, int level, String description, String source, String note,
                      String meddraVersion, String status, String algorithm) {
    }

    /** smq_content.asc */
    public record SmqTerm(int line, int smq, int term, int level, int scope, String category, Integer weight,
                          String status, String additionVersion, String lastModifiedVersion) {
    }
}
