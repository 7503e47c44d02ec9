package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.VerbatimChangedException;
import org.pvcoder.cases.audit.ChangeReason;
import org.pvcoder.cases.model.Coding;
import org.pvcoder.coding.CodingService;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.terminology.CodableTerm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What people decide on tasks, and its effects: the code written onto the case item (a new, audited case
 * version), the same decision for other pending tasks with the same normalized verbatim, and the memory taught.
 */
@ApplicationScoped
public class TaskDecisions {

    private final CaseService cases;
    private final CodingService coding;
    private final TermChecks terms;
    private final SynonymService synonyms;
    private final TaskFactory factory;
    private final TaskJson json;
    private final ReviewConfig config;
    private final ChangeReason changeReason;

    public TaskDecisions(CaseService cases, CodingService coding, TermChecks terms, SynonymService synonyms,
                         TaskFactory factory, TaskJson json, ReviewConfig config, ChangeReason changeReason) {
        this.cases = cases;
        this.coding = coding;
        this.terms = terms;
        this.synonyms = synonyms;
        this.factory = factory;
        this.json = json;
        this.config = config;
        this.changeReason = changeReason;
    }

    /** A refused decision still keeps the task refreshed for the changed verbatim. */
    @Transactional(dontRollbackOn = VerbatimChangedException.class)
    public TaskView decide(long id, String user, boolean reviewer, DecisionRequest request) {
        CodingTask task = ReviewQueue.require(id);
        requirePending(task);
        ReviewQueue.requireAssigneeOrReviewer(task, user, reviewer);
        switch (request.action()) {
            case ACCEPT -> accept(task, user, reviewer, request.lltCode());
            case QUERY -> query(task, user, request.question());
            case REJECT -> reject(task, user, request.reason());
        }
        return json.view(task);
    }

    /** Accepts the top candidate of each task; stops at the first that cannot be accepted. */
    @Transactional
    public List<TaskView> acceptTopCandidates(List<Long> ids, String user, boolean reviewer) {
        return ids.stream().map(id -> {
            CodingTask task = ReviewQueue.require(id);
            requirePending(task);
            ReviewQueue.requireAssigneeOrReviewer(task, user, reviewer);
            List<TaskCandidate> candidates = json.candidates(task);
            if (candidates.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "Task " + id + " has no candidate to accept");
            }
            accept(task, user, reviewer, candidates.get(0).code());
            return json.view(task);
        }).toList();
    }

    /** The sender answered a query: the task goes back to the queue with the answer beside it. */
    @Transactional
    public TaskView answer(long id, String answer) {
        CodingTask task = ReviewQueue.require(id);
        if (task.status != TaskStatus.QUERIED) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + id + " is " + task.status + ", not QUERIED");
        }
        task.answer = answer;
        task.status = TaskStatus.OPEN;
        task.assignee = null;
        task.updatedAt = Instant.now();
        return json.view(task);
    }

    private void accept(CodingTask task, String user, boolean reviewer, String code) {
        if (code == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "ACCEPT needs an lltCode",
                    List.of(new Problem.FieldError("/lltCode", "is required to accept", null)));
        }
        CodableTerm term = terms.currentTerm(task.system, task.version, code, "/lltCode");
        if (changeReason.get() == null) {
            changeReason.set("Coding decision on task " + task.id);
        }
        codeCaseItem(task, term, user);
        settle(task, TaskStatus.CODED, user, term.code(), null);
        synonyms.learn(task.system, task.version, task.verbatim, term.code(), user, reviewer);
        if (config.propagateDecisions()) {
            List<CodingTask> same = CodingTask.list("system = ?1 and version = ?2 and normalized = ?3 and status in ?4 and id <> ?5",
                    task.system, task.version, task.normalized, List.of(TaskStatus.OPEN, TaskStatus.CLAIMED), task.id);
            for (CodingTask other : same) {
                if (sameVerbatimOnCase(other)) {
                    codeCaseItem(other, term, user);
                    settle(other, TaskStatus.CODED, user, term.code(), "Same verbatim as task " + task.id);
                }
            }
        }
    }

    private void query(CodingTask task, String user, String question) {
        if (question == null || question.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "QUERY needs a question",
                    List.of(new Problem.FieldError("/question", "is required to query", null)));
        }
        task.question = question;
        task.answer = null;
        task.status = TaskStatus.QUERIED;
        task.assignee = user;
        task.updatedAt = Instant.now();
    }

    private void reject(CodingTask task, String user, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "REJECT needs a reason",
                    List.of(new Problem.FieldError("/reason", "is required to reject", null)));
        }
        settle(task, TaskStatus.REJECTED, user, null, reason);
    }

    private void codeCaseItem(CodingTask task, CodableTerm term, String user) {
        if (task.caseId == null) {
            return;
        }
        Optional<String> current = cases.itemVerbatim(task.caseId, task.itemRef);
        if (current.isEmpty() || !current.get().equals(task.verbatim)) {
            if (current.isPresent()) {
                factory.refresh(task, coding.code(task.system, List.of(current.get())).get(0));
            } else {
                settle(task, TaskStatus.CANCELLED, user, null, "The case item is gone");
            }
            throw new VerbatimChangedException(task.caseId, task.itemRef, current.orElse(null));
        }
        Coding stamp = new Coding(Coding.CodingStatus.HUMAN_CODED, "HUMAN", 1.0, term.name(), term.groupCode(), term.groupName(),
                user, Instant.now());
        task.caseVersion = (org.pvcoder.cases.coding.CaseTermCoder.ICD10.equals(task.system)
                ? cases.applyCoding(task.caseId, task.itemRef, task.verbatim, org.pvcoder.cases.coding.CaseTermCoder.ICD10_FIELDS,
                task.version, term.code(), stamp)
                : cases.applyCoding(task.caseId, task.itemRef, task.verbatim, task.version, term.code(), stamp)).version();
    }

    private boolean sameVerbatimOnCase(CodingTask task) {
        return task.caseId == null || cases.itemVerbatim(task.caseId, task.itemRef).filter(task.verbatim::equals).isPresent();
    }

    private static void settle(CodingTask task, TaskStatus status, String user, String code, String reason) {
        task.status = status;
        task.decisionCode = code;
        task.decisionReason = reason;
        task.decidedBy = user;
        task.decidedAt = Instant.now();
        task.updatedAt = task.decidedAt;
    }

    private static void requirePending(CodingTask task) {
        if (!task.status.isPending()) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + task.id + " is " + task.status + " and cannot be decided");
        }
    }
}
