package org.pvcoder.coding.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A line listing in CSV: read its rows and verbatim column, write it back with the coding columns appended. */
final class LineListingCsv {

    static final List<String> CODING_COLUMNS = List.of("normalized", "decision", "confidence", "stage",
            "llt_code", "llt_name", "pt_code", "pt_name");

    record Listing(List<String> header, List<CSVRecord> rows, List<String> verbatims) {
    }

    private LineListingCsv() {
    }

    static Listing read(Reader reader, String column) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains(column)) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "The header has no column " + column + "; it names " + header,
                        List.of(new Problem.FieldError("column", "no column " + column + " in the header", null)));
            }
            List<CSVRecord> rows = parser.getRecords();
            List<String> verbatims = new ArrayList<>(rows.size());
            for (CSVRecord row : rows) {
                verbatims.add(row.isSet(column) ? row.get(column) : "");
            }
            return new Listing(header, rows, verbatims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The file is not valid CSV: " + e.getMessage());
        }
    }

    static String write(Listing listing, List<CodingResult> results) {
        List<String> header = new ArrayList<>(listing.header());
        header.addAll(CODING_COLUMNS);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (int i = 0; i < listing.rows().size(); i++) {
                List<String> values = new ArrayList<>(listing.rows().get(i).toList());
                while (values.size() < listing.header().size()) {
                    values.add("");
                }
                CodingResult r = results.get(i);
                values.add(r.normalized());
                values.add(r.decision().name());
                values.add(String.format(Locale.ROOT, "%.4f", r.confidence()));
                values.add(r.stage().name());
                values.add(r.llt() == null ? "" : r.llt().code());
                values.add(r.llt() == null ? "" : r.llt().name());
                values.add(r.pt() == null ? "" : r.pt().code());
                values.add(r.pt() == null ? "" : r.pt().name());
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
