package org.pvcoder.icd10;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.coding.rest.CandidateDetails;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.icd10.api.CodeDetail;
import org.pvcoder.icd10.read.Icd10Browser;

import java.util.Optional;

/** ICD-10 coding candidates with billable flag and path chapter → block → category → code, from the browse service. */
@ApplicationScoped
public class Icd10CandidateDetails implements CandidateDetails {

    @Inject
    Icd10Browser browser;

    @Override
    public String system() {
        return Icd10TerminologySource.SYSTEM;
    }

    @Override
    public Optional<Detail> detail(String version, String code) {
        try {
            CodeDetail d = browser.code(null, version, code);
            return Optional.of(new Detail(d.title(), d.billable(),
                    d.path().stream().map(p -> new PathStep(p.level(), p.code(), p.title())).toList()));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }
}
