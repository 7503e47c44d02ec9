package org.pvcoder.coding.memory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory files: a header naming {@code verbatim} and {@code llt_code} (or {@code code}), comma- or
 * tab-separated, one pair a row.
 */
public final class MemoryCsv {

    public static final String VERBATIM = "verbatim";
    public static final List<String> CODE_COLUMNS = List.of("llt_code", "code");

    private MemoryCsv() {
    }

    public static List<MemoryRow> read(Reader reader, boolean tabSeparated) {
        CSVFormat format = (tabSeparated ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            String codeColumn = CODE_COLUMNS.stream().filter(header::contains).findFirst().orElse(null);
            if (!header.contains(VERBATIM) || codeColumn == null) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "The header must name the columns verbatim and llt_code; it names " + header,
                        List.of(new Problem.FieldError("line 1", "header must name verbatim and llt_code", null)));
            }
            List<MemoryRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String verbatim = record.isSet(VERBATIM) ? record.get(VERBATIM) : "";
                String code = record.isSet(codeColumn) ? record.get(codeColumn) : "";
                rows.add(new MemoryRow(line, verbatim, code));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The file is not valid CSV: " + e.getMessage());
        }
    }

    public static void write(Writer writer, String codeColumn, List<CodingMemoryEntry> entries) {
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(VERBATIM, codeColumn).get())) {
            for (CodingMemoryEntry e : entries) {
                printer.printRecord(e.verbatim, e.termCode);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
