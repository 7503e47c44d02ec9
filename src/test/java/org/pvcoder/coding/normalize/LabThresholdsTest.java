package org.pvcoder.coding.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabThresholdsTest {

    private static final VerbatimNormalizer NORMALIZER = VerbatimNormalizer.english();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "bilirubin > 2 x ULN|bilirubin increased",
            "creatinine greater than or equal to 1.5 mg/dL|creatinine increased",
            "potassium less than 3.0 mmol/L|potassium decreased",
            "haemoglobin < 8 g/dL|hemoglobin decreased",
            "white cells below 2.0 x 10^9/L|white cells decreased",
            "CrCl 40% lower than baseline|creatinine renal clearance decreased",
            "GGT 5 times the upper limit of normal|gamma glutamyltransferase increased",
            "glucose ≤ 3.9 mmol/L|glucose decreased",
            "systolic BP above 180 mmHg|systolic blood pressure increased",
    })
    void aCutOffBecomesTheDirectionMeddraNames(String verbatim, String expanded) {
        assertEquals(expanded, NORMALIZER.normalize(verbatim).expanded());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rash above the knee|rash above the knee",
            "less than usual appetite|less than usual appetite",
            "swelling below the eyes|swelling below the eyes",
            "fever for 3 days|fever for 3 days",
    })
    void wordsOfComparisonWithoutAQuantityStay(String verbatim, String unchanged) {
        assertEquals(unchanged, LabThresholds.rewrite(verbatim).strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALT > 3 x ULN",
            "QTc greater than 500 ms",
    })
    void theWordsAsWrittenStayTheLiteralText(String verbatim) {
        assertEquals(VerbatimNormalizer.literal(verbatim), NORMALIZER.normalize(verbatim).literal());
    }
}
