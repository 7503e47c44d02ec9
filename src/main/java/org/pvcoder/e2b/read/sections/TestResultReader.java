package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.TestResult;
import org.pvcoder.cases.model.TestResultCode;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** F.r: tests and procedures, the organizer of category 3. */
public final class TestResultReader {

    private TestResultReader() {
    }

    public static List<TestResult> read(XmlNode primaryRole, ReadContext ctx) {
        List<TestResult> tests = new ArrayList<>();
        for (XmlNode component : PatientReader.organizer(primaryRole, "3").children("component")) {
            XmlNode observation = component.child("observation");
            if (observation.exists()) {
                tests.add(readTest(observation, ctx));
            }
        }
        return tests;
    }

    private static TestResult readTest(XmlNode observation, ReadContext ctx) {
        XmlNode code = observation.child("code");
        String value = null;
        String unit = null;
        String text = null;
        for (XmlNode v : observation.children("value")) {
            if ("IVL_PQ".equals(v.attr("xsi:type"))) {
                XmlNode bound = bound(v);
                value = qualifier(v) + bound.attr("value");
                unit = bound.attr("unit");
            } else if ("ED".equals(v.attr("xsi:type"))) {
                text = v.text();
            }
        }
        XmlNode result = XmlNode.MISSING;
        for (XmlNode interpretation : observation.children("interpretationCode")) {
            if (Oids.TEST_RESULT.equals(interpretation.attr("codeSystem"))) {
                result = interpretation;
            }
        }
        List<XmlNode> related = observation.children("outboundRelationship2");
        return new TestResult(ctx.date(observation.child("effectiveTime"), "value", "F.r.1"),
                code.child("originalText").text(), code.attr("codeSystemVersion"), code.attr("code"),
                ctx.code(TestResultCode.class, result.attr("code"), result, "F.r.3.1"),
                value, unit, text, range(observation, "L"), range(observation, "H"),
                ReadContext.related(related, "observation", 10).child("value").text(),
                ctx.bool(ReadContext.related(related, "observation", 25).child("value"), "F.r.7"));
    }

    /** The bound that holds the number: center, or the finite end of an open interval. */
    private static XmlNode bound(XmlNode value) {
        if (value.child("center").exists()) {
            return value.child("center");
        }
        return "NINF".equals(value.child("low").attr("nullFlavor")) ? value.child("high") : value.child("low");
    }

    private static String qualifier(XmlNode value) {
        if (value.child("center").exists()) {
            return "";
        }
        boolean below = "NINF".equals(value.child("low").attr("nullFlavor"));
        boolean inclusive = "true".equals(bound(value).attr("inclusive"));
        return (below ? "<" : ">") + (inclusive ? "=" : "");
    }

    private static String range(XmlNode observation, String interpretation) {
        for (XmlNode reference : observation.children("referenceRange")) {
            XmlNode range = reference.child("observationRange");
            if (interpretation.equals(range.child("interpretationCode").attr("code"))) {
                return range.child("value").attr("value");
            }
        }
        return null;
    }
}
