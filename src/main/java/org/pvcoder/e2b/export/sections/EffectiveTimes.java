package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.TimeUnit;
import org.pvcoder.e2b.export.XmlOut;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@code effectiveTime} from up to three parts: a period (PIVL_TS), a start/end interval (IVL_TS) and a
 * duration (IVL_TS width). One part is written as that type; several as an SXPR_TS of components, as E.i.4–6 and
 * G.k.4.r.2–6 use it.
 */
final class EffectiveTimes {

    private EffectiveTimes() {
    }

    static void write(XmlOut out, String start, String end, BigDecimal duration, TimeUnit durationUnit,
                      BigDecimal period, TimeUnit periodUnit) {
        List<Part> parts = new ArrayList<>();
        if (period != null || periodUnit != null) {
            parts.add(new Part("PIVL_TS", o -> o.quantity("period", null, period, unit(periodUnit))));
        }
        if (start != null || end != null) {
            parts.add(new Part("IVL_TS", o -> o.date("low", start).date("high", end)));
        }
        if (duration != null || durationUnit != null) {
            parts.add(new Part("IVL_TS", o -> o.quantity("width", null, duration, unit(durationUnit))));
        }
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1) {
            out.start("effectiveTime").xsiType(parts.get(0).type());
            parts.get(0).body().write(out);
            out.end();
            return;
        }
        out.start("effectiveTime").xsiType("SXPR_TS");
        for (int i = 0; i < parts.size(); i++) {
            out.start("comp").xsiType(parts.get(i).type());
            if (i > 0) {
                out.attr("operator", "A");
            }
            parts.get(i).body().write(out);
            out.end();
        }
        out.end();
    }

    static String unit(TimeUnit unit) {
        return unit == null ? null : unit.code();
    }

    private record Part(String type, Body body) {
    }

    @FunctionalInterface
    private interface Body {
        void write(XmlOut out);
    }
}
