package org.pvcoder.e2b.export;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test result values (F.r.3.2) and normal ranges (F.r.4/F.r.5) are text in the model and numbers in E2B:
 * {@code "4.46"}, or with a qualifier {@code "<5"}, {@code ">=10"}. Anything else cannot be sent as a value.
 */
public final class TestValues {

    private static final Pattern FORM = Pattern.compile("\\s*(<=|>=|<|>)?\\s*([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*");

    public enum Qualifier {
        EXACT(""), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        private final String symbol;

        Qualifier(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public record Value(Qualifier qualifier, BigDecimal number) {
        public boolean inclusive() {
            return qualifier == Qualifier.LESS_OR_EQUAL || qualifier == Qualifier.GREATER_OR_EQUAL;
        }

        public String text() {
            return qualifier.symbol() + number.toPlainString();
        }
    }

    private TestValues() {
    }

    public static Optional<Value> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Qualifier qualifier = switch (m.group(1) == null ? "" : m.group(1)) {
            case "<" -> Qualifier.LESS;
            case "<=" -> Qualifier.LESS_OR_EQUAL;
            case ">" -> Qualifier.GREATER;
            case ">=" -> Qualifier.GREATER_OR_EQUAL;
            default -> Qualifier.EXACT;
        };
        return Optional.of(new Value(qualifier, new BigDecimal(m.group(2))));
    }

    public static boolean isSendable(String text) {
        return text == null || parse(text).isPresent();
    }
}
