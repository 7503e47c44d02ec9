package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.TimeUnit;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.math.BigDecimal;

/** Reads an effectiveTime written as IVL_TS, PIVL_TS or an SXPR_TS of those: start, end, duration, period. */
final class EffectiveTimeReader {

    record Times(String start, String end, BigDecimal duration, TimeUnit durationUnit, BigDecimal period, TimeUnit periodUnit) {
    }

    private EffectiveTimeReader() {
    }

    static Times read(XmlNode effectiveTime, ReadContext ctx, String startElement, String endElement,
                      String durationElement, String periodElement) {
        Times times = new Times(null, null, null, null, null, null);
        if (!effectiveTime.exists()) {
            return times;
        }
        if ("SXPR_TS".equals(effectiveTime.attr("xsi:type"))) {
            for (XmlNode comp : effectiveTime.children("comp")) {
                times = merge(times, part(comp, ctx, startElement, endElement, durationElement, periodElement));
            }
            return times;
        }
        return part(effectiveTime, ctx, startElement, endElement, durationElement, periodElement);
    }

    private static Times part(XmlNode node, ReadContext ctx, String startElement, String endElement,
                              String durationElement, String periodElement) {
        XmlNode width = node.child("width");
        XmlNode period = node.child("period");
        return new Times(ctx.date(node.child("low"), "value", startElement), ctx.date(node.child("high"), "value", endElement),
                ctx.decimal(width, "value", durationElement), ctx.code(TimeUnit.class, width.attr("unit"), width, durationElement),
                ctx.decimal(period, "value", periodElement), ctx.code(TimeUnit.class, period.attr("unit"), period, periodElement));
    }

    private static Times merge(Times a, Times b) {
        return new Times(first(a.start(), b.start()), first(a.end(), b.end()), first(a.duration(), b.duration()),
                first(a.durationUnit(), b.durationUnit()), first(a.period(), b.period()), first(a.periodUnit(), b.periodUnit()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
