package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.coding.ItemToReview;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.DrugRole;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;

import java.time.Instant;
import java.util.List;

/** Builds tasks from what the autocoder left undecided, with the context a coder needs. */
@ApplicationScoped
public class TaskFactory {

    private final TaskJson json;

    public TaskFactory(TaskJson json) {
        this.json = json;
    }

    public CodingTask forCaseItem(long caseId, int caseVersion, CaseReport report, ItemToReview item) {
        CodingTask task = fromResult(item.result(), CodingTask.ItemKind.valueOf(item.kind().name()));
        task.caseId = caseId;
        task.caseVersion = caseVersion;
        task.itemRef = item.pointer();
        task.serious = report.serious();
        task.priority = task.serious ? CodingTask.PRIORITY_SERIOUS : CodingTask.PRIORITY_NON_SERIOUS;
        task.context = json.write(contextOf(report, item));
        return task;
    }

    public CodingTask forBatchVerbatim(CodingResult result) {
        CodingTask task = fromResult(result, CodingTask.ItemKind.BATCH);
        task.priority = CodingTask.PRIORITY_NON_SERIOUS;
        task.context = json.write(TaskContext.none(result.stage().name(), result.confidence()));
        return task;
    }

    /** New candidates for a task whose verbatim changed under it. */
    public void refresh(CodingTask task, CodingResult result) {
        task.verbatim = result.verbatim();
        task.normalized = result.normalized();
        task.version = result.version();
        task.candidates = json.write(candidates(result));
        task.suggestedCode = result.candidates().isEmpty() ? null : result.candidates().get(0).llt().code();
        task.updatedAt = Instant.now();
    }

    private CodingTask fromResult(CodingResult result, CodingTask.ItemKind kind) {
        CodingTask task = new CodingTask();
        task.system = result.system();
        task.itemKind = kind;
        task.status = TaskStatus.OPEN;
        task.createdAt = Instant.now();
        refresh(task, result);
        return task;
    }

    private static List<TaskCandidate> candidates(CodingResult result) {
        return result.candidates().stream().map(TaskFactory::candidate).toList();
    }

    private static TaskCandidate candidate(Candidate c) {
        return new TaskCandidate(c.llt().code(), c.llt().name(), c.pt() == null ? null : c.pt().code(),
                c.pt() == null ? null : c.pt().name(), c.score());
    }

    private static TaskContext contextOf(CaseReport report, ItemToReview item) {
        List<String> suspects = report.drugs().stream()
                .filter(d -> d.role() == DrugRole.SUSPECT || d.role() == DrugRole.INTERACTING)
                .map(d -> d.productName()).toList();
        List<String> otherReactions = report.reactions().stream().map(Reaction::verbatim)
                .filter(v -> v != null && !v.equals(item.verbatim())).toList();
        String language = report.reactions().stream().map(Reaction::verbatimLanguage).filter(l -> l != null).findFirst().orElse(null);
        return new TaskContext(report.report().reportType().name(), report.serious(), suspects, otherReactions, language,
                item.result().stage().name(), item.result().confidence());
    }
}
