package org.pvcoder.cases.coding;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.CodableItem;
import org.pvcoder.cases.model.Drug;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a codable item sits in a case document, as a JSON pointer ("/reactions/0",
 * "/patient/medicalHistory/1", "/drugs/2/indications/0"), with what kind of item it is.
 */
public record CodableItemRef(String pointer, Kind kind, CodableItem item) {

    public enum Kind { REACTION, MEDICAL_HISTORY, INDICATION }

    /** Every codable item of a case, reactions first. */
    public static List<CodableItemRef> all(CaseReport report) {
        List<CodableItemRef> refs = new ArrayList<>();
        for (int i = 0; i < report.reactions().size(); i++) {
            refs.add(new CodableItemRef("/reactions/" + i, Kind.REACTION, report.reactions().get(i)));
        }
        if (report.patient() != null) {
            for (int i = 0; i < report.patient().medicalHistory().size(); i++) {
                refs.add(new CodableItemRef("/patient/medicalHistory/" + i, Kind.MEDICAL_HISTORY, report.patient().medicalHistory().get(i)));
            }
        }
        for (int k = 0; k < report.drugs().size(); k++) {
            Drug drug = report.drugs().get(k);
            for (int i = 0; i < drug.indications().size(); i++) {
                refs.add(new CodableItemRef("/drugs/" + k + "/indications/" + i, Kind.INDICATION, drug.indications().get(i)));
            }
        }
        return refs;
    }
}
