package org.pvcoder.e2b.validation;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;

import java.util.List;

/**
 * The ICH E2B(R3) business rules the schema cannot check, over a case: mandatory and conditional elements,
 * dates and their precision, code lists, MedDRA codes with their version. Blocking findings stop an export
 * or an import of that case; the others are warnings.
 */
@ApplicationScoped
public class BusinessRules {

    private final List<CaseRule> rules = List.of(new ReportRules(), new AnnotatedValueRules(), new PatientRules(),
            new ReactionRules(), new MeddraPairRules(), new TestResultRules(), new DrugRules());

    public List<Finding> check(CaseReport report) {
        Findings findings = new Findings();
        for (CaseRule rule : rules) {
            rule.check(report, findings);
        }
        return findings.list();
    }
}
