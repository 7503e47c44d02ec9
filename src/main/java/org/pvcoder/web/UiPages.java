package org.pvcoder.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.pvcoder.cases.CaseView;
import org.pvcoder.review.SynonymService;
import org.pvcoder.review.TaskStatus;
import org.pvcoder.review.TaskView;

import java.util.List;

/** The type-checked page templates under templates/UiPages. */
@CheckedTemplate
final class UiPages {

    private UiPages() {
    }

    static native TemplateInstance login(boolean failed);

    static native TemplateInstance queue(String user, String message, String error, UiRows.Figures figures,
                                         List<UiRows.TaskRow> tasks, List<TaskStatus> statuses, String status, String q);

    static native TemplateInstance task(String user, String message, String error, TaskView task, boolean pending,
                                        String confidence, List<UiRows.CandidateRow> candidates, String search,
                                        List<UiRows.SearchHit> hits);

    static native TemplateInstance synonyms(String user, String message, String error, List<SynonymService.SynonymView> synonyms,
                                            List<String> statuses, String status, boolean reviewer);

    static native TemplateInstance caseView(String user, String message, String error, CaseView view, List<UiRows.ItemRow> items);
}
