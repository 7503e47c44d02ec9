package org.pvcoder.icd10.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.api.CodeDetail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One code of a release with its place in the classification, its notes and synonyms. */
@ApplicationScoped
public class Icd10Browser {

    @Inject
    Icd10ReleaseStore releases;
    @Inject
    Sql sql;

    /** {@code code}: with or without its dot, any case. */
    public CodeDetail code(String edition, String version, String code) {
        ReleaseRef release = releases.resolve(edition, version);
        String key = Icd10Codes.key(code);
        StoredCode found = stored(release, key)
                .orElseThrow(() -> ProblemException.notFound("ICD-10 code", code + " in " + release.edition() + " " + release.version()));
        CodeDetail.CodeRef category = stored(release, found.category)
                .map(c -> new CodeDetail.CodeRef(c.code, c.title, c.billable)).orElse(null);
        List<CodeDetail.CodeRef> children = sql.list("select code, title, billable from icd10_code where release_id = ?"
                + " and parent_code = ? order by sort_order", r -> new CodeDetail.CodeRef(r.getString("code"), r.getString("title"),
                r.getBoolean("billable")), release.id(), found.code);
        List<CodeDetail.Note> notes = sql.list("select kind, text from icd10_note where release_id = ? and code = ?"
                + " order by sort_order", r -> new CodeDetail.Note(r.getString("kind"), r.getString("text")), release.id(), found.code);
        List<String> synonyms = sql.list("select name from icd10_synonym where release_id = ? and code = ? order by name",
                r -> r.getString(1), release.id(), found.code);
        return new CodeDetail(release.edition(), release.version(), found.code, found.title, found.shortTitle, found.billable,
                category, path(release, found), children, notes, synonyms);
    }

    /** Chapter, the block(s) it sits in (widest first), then each code from the category down to this one. */
    private List<CodeDetail.PathStep> path(ReleaseRef release, StoredCode code) {
        List<CodeDetail.PathStep> codes = new ArrayList<>();
        for (Optional<StoredCode> at = Optional.of(code); at.isPresent();
             at = at.get().parent == null ? Optional.empty() : stored(release, Icd10Codes.key(at.get().parent))) {
            StoredCode step = at.get();
            codes.add(new CodeDetail.PathStep(step.parent == null ? "category" : "code", step.code, step.title));
        }
        Collections.reverse(codes);
        List<CodeDetail.PathStep> path = new ArrayList<>();
        if (code.chapter != null) {
            sql.one("select code, title from icd10_chapter where release_id = ? and code = ?",
                    r -> new CodeDetail.PathStep("chapter", r.getString(1), r.getString(2)), release.id(), code.chapter)
                    .ifPresent(path::add);
        }
        path.addAll(blocks(release, code.block));
        path.addAll(codes);
        return path;
    }

    private List<CodeDetail.PathStep> blocks(ReleaseRef release, String blockCode) {
        List<CodeDetail.PathStep> blocks = new ArrayList<>();
        String at = blockCode;
        while (at != null && blocks.size() < 10) {
            Optional<String[]> block = sql.one("select code, title, parent_block from icd10_block where release_id = ? and code = ?",
                    r -> new String[] {r.getString(1), r.getString(2), r.getString(3)}, release.id(), at);
            if (block.isEmpty()) {
                break;
            }
            blocks.add(0, new CodeDetail.PathStep("block", block.get()[0], block.get()[1]));
            at = block.get()[2];
        }
        return blocks;
    }

    private Optional<StoredCode> stored(ReleaseRef release, String key) {
        return sql.one("select code, title, short_title, billable, parent_code, category, block_code, chapter_code"
                + " from icd10_code where release_id = ? and code_key = ?", r -> new StoredCode(r.getString("code"),
                r.getString("title"), r.getString("short_title"), r.getBoolean("billable"), r.getString("parent_code"),
                r.getString("category"), r.getString("block_code"), r.getString("chapter_code")), release.id(), key);
    }

    private record StoredCode(String code, String title, String shortTitle, boolean billable, String parent, String category,
                              String block, String chapter) {
    }
}
