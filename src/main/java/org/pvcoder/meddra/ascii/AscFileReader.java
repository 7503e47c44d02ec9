package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one file of MSSO's distribution format. Each subclass names its file and its columns in
 * the published order (the one place the layout is written down) and turns a row into a record.
 * Rows end with a trailing {@code $}; fields are never quoted, so splitting on {@code $} keeping empty
 * fields is exact.
 *
 * @param <T> the record one row becomes
 */
public abstract class AscFileReader<T> {

    private final String fileName;
    private final List<String> columns;

    protected AscFileReader(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The rows of the file, or empty when the release does not have it. Problems go to {@code problems}. */
    public Optional<List<T>> read(ReleaseFiles files, Charset charset, LoadProblems problems) throws IOException {
        Optional<InputStream> in = files.open(fileName);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        List<T> rows = new ArrayList<>();
        Map<Object, Integer> firstLineOfKey = new HashMap<>();
        try (InputStream stream = in.get()) {
            AscLines.read(stream, charset, fileName, problems, (number, text) -> {
                String[] fields = text.split("\\$", -1);
                if (!fieldCountFits(fields)) {
                    problems.add(fileName, number, "has " + fieldCount(fields) + " fields, expected " + columns.size()
                            + " (" + String.join("$", columns) + "$)");
                    return;
                }
                AscRow row = new AscRow(fileName, number, columns, fields, problems);
                T record = parse(row);
                if (row.broken()) {
                    return;
                }
                Object key = uniqueKey(record);
                if (key != null) {
                    Integer first = firstLineOfKey.putIfAbsent(key, number);
                    if (first != null) {
                        problems.add(fileName, number, "duplicate " + keyLabel() + " " + key + " (first on line " + first + ")");
                        return;
                    }
                }
                rows.add(record);
            });
        }
        return Optional.of(rows);
    }

    /** Exactly the columns, with or without the trailing {@code $} that MedDRA writes after the last one. */
    protected boolean fieldCountFits(String[] fields) {
        return fields.length == columns.size()
                || fields.length == columns.size() + 1 && fields[fields.length - 1].isEmpty();
    }

    private static int fieldCount(String[] fields) {
        return fields.length > 1 && fields[fields.length - 1].isEmpty() ? fields.length - 1 : fields.length;
    }

    protected abstract T parse(AscRow row);

    /** What must be unique in the file (the term code), or null when rows need not be unique. */
    protected Object uniqueKey(T record) {
        return null;
    }

    /** What the unique key is called in messages. */
    protected String keyLabel() {
        return "code";
    }
}
