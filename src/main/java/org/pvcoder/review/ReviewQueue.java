package org.pvcoder.review;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pvcoder.cases.Page;
import org.pvcoder.cases.coding.CaseTermCoder;
import org.pvcoder.cases.coding.CaseTermsCoded;
import org.pvcoder.cases.coding.CodableItemRef;
import org.pvcoder.cases.coding.ItemToReview;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The queue of coding tasks: filling it from case coding, listing, and handing out work. */
@ApplicationScoped
public class ReviewQueue {

    /**
     * One statement for H2 and PostgreSQL: the row lock with SKIP LOCKED lets any number of coders and
     * service instances claim at once without two getting the same task or waiting on each other.
     */
    private static final String NEXT_OPEN = "select id from coding_task where status = 'OPEN' and (assignee is null or assignee = ?1)"
            + " order by priority, due_date nulls last, created_at, id limit 1 for update skip locked";

    private final EntityManager em;
    private final TaskFactory factory;
    private final TaskJson json;

    public ReviewQueue(EntityManager em, TaskFactory factory, TaskJson json) {
        this.em = em;
        this.factory = factory;
        this.json = json;
    }

    /**
     * Runs in the transaction that stored the case version: opens a task for each item that needs a person
     * (unless one is pending for that item), and cancels pending tasks whose item is gone or now coded. A pending
     * task whose item's verbatim changed is left as it is: the coder's decision on it is refused (409) and the
     * task refreshed then, so nobody codes a verbatim they did not see.
     */
    void onCaseCoded(@Observes CaseTermsCoded event) {
        Map<String, CodableItemRef> items = CodableItemRef.all(event.report()).stream()
                .collect(Collectors.toMap(CodableItemRef::pointer, ref -> ref));
        List<CodingTask> pending = CodingTask.list("caseId = ?1 and status in ?2", event.caseId(), Set.of(TaskStatus.OPEN, TaskStatus.CLAIMED));
        Map<String, CodingTask> stillPending = new HashMap<>();
        for (CodingTask task : pending) {
            CodableItemRef item = items.get(task.itemRef);
            boolean settled = item == null || codeFor(task.system, item) != null;
            if (settled) {
                task.status = TaskStatus.CANCELLED;
                task.decisionReason = "The case item was coded or removed in case version " + event.caseVersion();
                task.updatedAt = Instant.now();
            } else {
                task.caseVersion = event.caseVersion();
                stillPending.put(task.system + " " + task.itemRef, task);
            }
        }
        event.results().forEach(result -> CodingOutcome.record(result.system(), result.decision().name()));
        for (ItemToReview item : event.needsReview()) {
            if (!stillPending.containsKey(item.result().system() + " " + item.pointer())) {
                factory.forCaseItem(event.caseId(), event.caseVersion(), event.report(), item).persist();
            }
        }
    }

    /** The code an item holds in the task's terminology: an indication's ICD-10 code for "icd10", else its LLT. */
    private static String codeFor(String system, CodableItemRef item) {
        if (CaseTermCoder.ICD10.equals(system)) {
            return item.item() instanceof org.pvcoder.cases.model.Indication indication ? indication.icd10Code() : "n/a";
        }
        return item.item().lltCode();
    }

    @Transactional
    public TaskView openForBatch(CodingResult result) {
        CodingTask task = factory.forBatchVerbatim(result);
        task.persist();
        return json.view(task);
    }

    @Transactional
    public TaskView get(long id) {
        return json.view(require(id));
    }

    @Transactional
    public Page<TaskView> list(TaskFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.assignee() != null) {
            clauses.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.priority() != null) {
            clauses.add("priority = :priority");
            params.put("priority", filter.priority());
        }
        if (filter.caseId() != null) {
            clauses.add("caseId = :caseId");
            params.put("caseId", filter.caseId());
        }
        if (filter.terminology() != null) {
            clauses.add("system = :system");
            params.put("system", filter.terminology());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            clauses.add("lower(verbatim) like :text");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        Sort order = Sort.ascending("priority", "dueDate", "createdAt", "id");
        var query = clauses.isEmpty() ? CodingTask.<CodingTask>findAll(order)
                : CodingTask.<CodingTask>find(String.join(" and ", clauses), order, params);
        List<TaskView> items = query.page(page, size).list().stream().map(json::view).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public Map<TaskStatus, Long> counts() {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = em.createQuery("select t.status, count(t) from CodingTask t group by t.status", Object[].class).getResultList();
        rows.forEach(row -> counts.put((TaskStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Claims the next open task for the user: serious first, then earliest due date, then oldest. */
    @Transactional
    public Optional<TaskView> claimNext(String user) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(NEXT_OPEN).setParameter(1, user).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        CodingTask task = CodingTask.findById(ids.get(0).longValue());
        task.status = TaskStatus.CLAIMED;
        task.assignee = user;
        task.updatedAt = Instant.now();
        return Optional.of(json.view(task));
    }

    /** Gives a claimed task back to the queue. Only its assignee or a reviewer may. */
    @Transactional
    public TaskView release(long id, String user, boolean reviewer) {
        CodingTask task = require(id);
        if (task.status != TaskStatus.CLAIMED) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + id + " is " + task.status + ", not CLAIMED");
        }
        requireAssigneeOrReviewer(task, user, reviewer);
        task.status = TaskStatus.OPEN;
        task.assignee = null;
        task.updatedAt = Instant.now();
        return json.view(task);
    }

    /** Hands a pending task to another coder (reviewers only, checked by the resource). */
    @Transactional
    public TaskView reassign(long id, String assignee) {
        CodingTask task = require(id);
        if (!task.status.isPending()) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + id + " is " + task.status + "; only open or claimed tasks can be reassigned");
        }
        task.assignee = assignee;
        task.status = TaskStatus.CLAIMED;
        task.updatedAt = Instant.now();
        return json.view(task);
    }

    static CodingTask require(long id) {
        return CodingTask.<CodingTask>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Task", id));
    }

    static void requireAssigneeOrReviewer(CodingTask task, String user, boolean reviewer) {
        if (task.status == TaskStatus.CLAIMED && !user.equals(task.assignee) && !reviewer) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + task.id + " is claimed by " + task.assignee);
        }
    }
}
