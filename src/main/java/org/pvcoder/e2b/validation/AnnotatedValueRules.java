package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;
import org.pvcoder.common.validation.CountryValidator;
import org.pvcoder.common.validation.Language;
import org.pvcoder.common.validation.LanguageValidator;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;
import org.pvcoder.common.validation.PartialDates;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Value formats, driven by the model's annotations: every {@link PartialDate} is a valid, non-future date at the
 * precision its element needs; every {@link Country} an ISO 3166 code (or EU); every {@link Language} an ISO 639
 * code; every {@link MeddraVersion} of the ICH form N.N. The walk covers the whole case, so a field added to the
 * model with its annotation is checked without touching this class.
 */
public final class AnnotatedValueRules implements CaseRule {

    /** Minimum precision by element, from the ICH business rules ("minimum precision required is the day"). */
    private static final Map<String, PartialDates.Precision> MIN_PRECISION = Map.of(
            "C.1.4", PartialDates.Precision.DAY,
            "C.1.5", PartialDates.Precision.DAY,
            "D.2.1", PartialDates.Precision.DAY);

    private static final CountryValidator COUNTRIES = new CountryValidator();
    private static final LanguageValidator LANGUAGES = new LanguageValidator();

    @Override
    public void check(CaseReport report, Findings findings) {
        walk(report, "", findings);
    }

    private void walk(Object value, String path, Findings findings) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "/" + i, findings);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord() || !value.getClass().getPackageName().startsWith("org.pvcoder.cases")) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String fieldPath = path + "/" + component.getName();
            E2B e2b = component.getAnnotation(E2B.class);
            String element = e2b == null ? null : e2b.value();
            if (field instanceof String text) {
                checkText(component, text, element, fieldPath, findings);
            } else {
                walk(field, fieldPath, findings);
            }
        }
    }

    private void checkText(RecordComponent component, String text, String element, String path, Findings findings) {
        if (component.isAnnotationPresent(PartialDate.class)) {
            checkDate(text, element, path, findings);
        }
        if (component.isAnnotationPresent(Country.class) && !COUNTRIES.isValid(text, null)) {
            findings.block("ICH.COUNTRY", element, path, "'" + text + "' is not an ISO 3166-1 alpha-2 country code (or EU)");
        }
        if (component.isAnnotationPresent(Language.class) && !LANGUAGES.isValid(text, null)) {
            findings.block("ICH.LANGUAGE", element, path, "'" + text + "' is not an ISO 639 language code");
        }
        if (component.isAnnotationPresent(MeddraVersion.class) && !text.matches("\\d{1,2}\\.\\d")) {
            findings.warn("ICH.MEDDRA.VERSION-FORM", element, path,
                    "MedDRA version '" + text + "' is not of the ICH form N.N (e.g. 26.1); it is kept as sent");
        }
    }

    private void checkDate(String text, String element, String path, Findings findings) {
        var parsed = PartialDates.parse(text);
        if (parsed.isEmpty()) {
            findings.block("ICH.DATE.FORMAT", element, path, "'" + text + "' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or with time)");
            return;
        }
        if (parsed.get().isInFuture()) {
            findings.block("ICH.DATE.FUTURE", element, path, "'" + text + "' is in the future");
        }
        PartialDates.Precision needed = MIN_PRECISION.get(element);
        if (needed != null && parsed.get().precision().compareTo(needed) < 0) {
            findings.block("ICH.DATE.PRECISION", element, path,
                    "'" + text + "' is given to the " + parsed.get().precision().name().toLowerCase()
                            + "; " + element + " needs at least the " + needed.name().toLowerCase());
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
