package org.pvcoder.meddra.load;

import org.pvcoder.common.load.LoadProblems;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.meddra.ascii.AscFileReader;
import org.pvcoder.meddra.ascii.HlgtHltReader;
import org.pvcoder.meddra.ascii.HlgtReader;
import org.pvcoder.meddra.ascii.HltPtReader;
import org.pvcoder.meddra.ascii.HltReader;
import org.pvcoder.meddra.ascii.IntlOrdReader;
import org.pvcoder.meddra.ascii.LltReader;
import org.pvcoder.meddra.ascii.MdhierReader;
import org.pvcoder.meddra.ascii.PtReader;
import org.pvcoder.meddra.ascii.ReleaseFiles;
import org.pvcoder.meddra.ascii.ReleaseInfoReader;
import org.pvcoder.meddra.ascii.Rows;
import org.pvcoder.meddra.ascii.SmqContentReader;
import org.pvcoder.meddra.ascii.SmqListReader;
import org.pvcoder.meddra.ascii.SocHlgtReader;
import org.pvcoder.meddra.ascii.SocReader;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every file of a release with its reader. The required files are checked before anything is parsed;
 * the release's language decides the encoding of the other files.
 */
@ApplicationScoped
public class ReleaseParser {

    public static final List<String> REQUIRED = List.of(ReleaseInfoReader.FILE, LltReader.FILE, PtReader.FILE);

    /** Reads the release; problems are added to {@code problems} and the result is null when there were any. */
    public ParsedRelease parse(ReleaseFiles files, LoadProblems problems) throws IOException {
        Optional<Rows.ReleaseInfo> info = readInfo(files, problems);
        if (info.isEmpty()) {
            return null;
        }
        Charset charset = charsetOf(info.get().language());
        Set<String> absent = new LinkedHashSet<>();
        var parsed = new ParsedRelease(info.get(), charset, files.source(), absent,
                read(new SocReader(), files, charset, problems, absent),
                read(new HlgtReader(), files, charset, problems, absent),
                read(new HltReader(), files, charset, problems, absent),
                read(new PtReader(), files, charset, problems, absent),
                read(new LltReader(), files, charset, problems, absent),
                read(new SocHlgtReader(), files, charset, problems, absent),
                read(new HlgtHltReader(), files, charset, problems, absent),
                read(new HltPtReader(), files, charset, problems, absent),
                read(new MdhierReader(), files, charset, problems, absent),
                read(new IntlOrdReader(), files, charset, problems, absent),
                read(new SmqListReader(), files, charset, problems, absent),
                read(new SmqContentReader(), files, charset, problems, absent));
        return problems.isEmpty() ? parsed : null;
    }

    /** Only meddra_release.asc, after checking the required files are there: enough to know the version. */
    public Optional<Rows.ReleaseInfo> readInfo(ReleaseFiles files, LoadProblems problems) throws IOException {
        for (String required : REQUIRED) {
            if (!files.has(required)) {
                problems.add(required, "required file is missing from " + files.source());
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        // version and language are plain ASCII whatever the language of the release
        List<Rows.ReleaseInfo> rows = new ReleaseInfoReader().read(files, StandardCharsets.ISO_8859_1, problems)
                .orElse(List.of());
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ReleaseInfoReader.FILE, "has no row version$language$");
        }
        return problems.isEmpty() ? Optional.of(rows.get(0)) : Optional.empty();
    }

    /** MSSO ships the English release in Latin-1 ("extended ASCII") and other languages in UTF-8. */
    public static Charset charsetOf(String language) {
        return language.equalsIgnoreCase("English") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    private static <T> List<T> read(AscFileReader<T> reader, ReleaseFiles files, Charset charset,
                                    LoadProblems problems, Set<String> absent) throws IOException {
        Optional<List<T>> rows = reader.read(files, charset, problems);
        if (rows.isEmpty()) {
            absent.add(reader.fileName());
        }
        return rows.orElse(List.of());
    }
}
