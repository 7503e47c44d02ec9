package org.pvcoder.e2b;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.code.E2B;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The E2B(R3) element → case field mapping, read from the {@link E2B} annotations of the case model, so the
 * documentation (docs/e2b.md) and the model cannot drift apart unnoticed.
 */
public final class MappingTable {

    /** One mapped field: E2B element number, JSON path in the case ({@code reactions[].lltCode}), Java type. */
    public record Row(String element, String field, String type) {
        public String markdown() {
            return "| " + element + " | `" + field + "` | " + type + " |";
        }
    }

    private MappingTable() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        walk(CaseReport.class, "", rows);
        return rows;
    }

    private static void walk(Class<?> record, String prefix, List<Row> rows) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> type = component.getType();
            Type generic = component.getGenericType();
            boolean list = List.class.isAssignableFrom(type);
            Class<?> element = list ? elementType(generic) : type;
            E2B e2b = component.getAnnotation(E2B.class);
            if (element.isRecord() && element.getPackageName().startsWith("org.pvcoder.cases")) {
                walk(element, path + (list ? "[]." : "."), rows);
            } else if (e2b != null) {
                rows.add(new Row(e2b.value(), path + (list ? "[]" : ""), element.getSimpleName()));
            }
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> c) {
                return c;
            }
            if (argument instanceof java.lang.reflect.AnnotatedType annotated && annotated.getType() instanceof Class<?> c) {
                return c;
            }
        }
        return Object.class;
    }
}
