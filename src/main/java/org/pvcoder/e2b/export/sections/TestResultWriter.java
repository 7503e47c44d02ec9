package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.TestResult;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.TestValues;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** F.r: tests and procedures, an organizer of category 3. */
public final class TestResultWriter {

    private TestResultWriter() {
    }

    public static void write(XmlOut out, List<TestResult> tests) {
        if (tests.isEmpty()) {
            return;
        }
        out.typed("subjectOf2", "SBJ").act("organizer", "CATEGORY", "EVN").code("code", "3", Oids.CATEGORY);
        for (TestResult test : tests) {
            writeTest(out, test);
        }
        out.end().end();
    }

    private static void writeTest(XmlOut out, TestResult test) {
        out.typed("component", "COMP").act("observation", "OBS", "EVN");
        out.meddra("code", false, test.lltCode(), test.meddraVersion(), test.testName(), null);
        out.date("effectiveTime", test.date());
        TestValues.parse(test.value()).ifPresent(value -> writeValue(out, value, test.unit()));
        if (test.resultText() != null) {
            out.textValue("ED", test.resultText(), null);
        }
        if (test.resultCode() != null) {
            out.code("interpretationCode", test.resultCode().code(), Oids.TEST_RESULT);
        }
        referenceRange(out, test.normalLow(), test.unit(), "L");
        referenceRange(out, test.normalHigh(), test.unit(), "H");
        if (test.comments() != null) {
            related(out, 10).textValue("ED", test.comments(), null).end().end();
        }
        if (test.moreInformationAvailable() != null) {
            related(out, 25).booleanValue(test.moreInformationAvailable(), null).end().end();
        }
        out.end().end();
    }

    /** F.r.3.2/F.r.3.3: a plain number as the interval's center, a qualified one ("<5") as an open bound. */
    private static void writeValue(XmlOut out, TestValues.Value value, String unit) {
        out.start("value").xsiType("IVL_PQ");
        switch (value.qualifier()) {
            case EXACT -> out.quantity("center", null, value.number(), unit);
            case LESS, LESS_OR_EQUAL -> {
                out.empty("low", "nullFlavor", "NINF");
                out.quantity("high", null, value.number(), unit).attr("inclusive", String.valueOf(value.inclusive()));
            }
            case GREATER, GREATER_OR_EQUAL -> {
                out.quantity("low", null, value.number(), unit).attr("inclusive", String.valueOf(value.inclusive()));
                out.empty("high", "nullFlavor", "PINF");
            }
        }
        out.end();
    }

    private static void referenceRange(XmlOut out, String bound, String unit, String interpretation) {
        TestValues.parse(bound).filter(v -> v.qualifier() == TestValues.Qualifier.EXACT).ifPresent(v -> {
            out.typed("referenceRange", "REFV").act("observationRange", "OBS", "EVN.CRT");
            out.quantity("value", "PQ", v.number(), unit);
            out.code("interpretationCode", interpretation, Oids.HL7_INTERPRETATION);
            out.end().end();
        });
    }

    private static XmlOut related(XmlOut out, int code) {
        return out.typed("outboundRelationship2", "REFR").act("observation", "OBS", "EVN").observationCode(code);
    }
}
