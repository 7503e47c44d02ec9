package org.pvcoder.e2b;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Dosage;
import org.pvcoder.cases.model.Sender;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The records that gained E2B fields keep a constructor of their old shape; JSON still binds every field. */
class ModelJsonCompatibilityTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void fullCaseSurvivesJson() throws Exception {
        CaseReport report = FullCase.build();
        assertEquals(report, json.readValue(json.writeValueAsString(report), CaseReport.class));
    }

    @Test
    void newFieldsBindFromJson() throws Exception {
        Sender sender = json.readValue("{\"type\":\"OTHER\",\"organisation\":\"O\",\"state\":\"Kent\",\"fax\":\"1\",\"title\":\"Dr\"}", Sender.class);
        assertEquals("Kent", sender.state());
        assertEquals("Dr", sender.title());
        Dosage dosage = json.readValue("{\"route\":\"Oral\",\"routeTermId\":\"20053000\"}", Dosage.class);
        assertEquals("20053000", dosage.routeTermId());
    }
}
