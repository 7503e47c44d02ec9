package org.pvcoder.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.CaseView;
import org.pvcoder.cases.coding.CodableItemRef;
import org.pvcoder.cases.model.Coding;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.coding.memory.MemoryStatus;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.security.Roles;
import org.pvcoder.meddra.read.MeddraBrowser;
import org.pvcoder.meddra.read.MeddraSearch;
import org.pvcoder.review.DecisionRequest;
import org.pvcoder.review.ReviewQueue;
import org.pvcoder.review.ReviewStats;
import org.pvcoder.review.SynonymService;
import org.pvcoder.review.TaskDecisions;
import org.pvcoder.review.TaskFilter;
import org.pvcoder.review.TaskStatus;
import org.pvcoder.review.TaskView;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The coders' web pages: queue, task, synonyms, case. Server-rendered; every action is a form post answered
 * with a redirect, so the browser's back button and reload never repeat a decision.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class UiResource {

    private static final int CANDIDATES_SHOWN = 9;

    private final ReviewQueue queue;
    private final TaskDecisions decisions;
    private final ReviewStats stats;
    private final SynonymService synonyms;
    private final CaseService cases;
    private final MeddraBrowser browser;
    private final MeddraSearch search;
    private final SecurityIdentity identity;

    public UiResource(ReviewQueue queue, TaskDecisions decisions, ReviewStats stats, SynonymService synonyms, CaseService cases,
                      MeddraBrowser browser, MeddraSearch search, SecurityIdentity identity) {
        this.queue = queue;
        this.decisions = decisions;
        this.stats = stats;
        this.synonyms = synonyms;
        this.cases = cases;
        this.browser = browser;
        this.search = search;
        this.identity = identity;
    }

    @GET
    @Path("/login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") boolean failed) {
        return UiPages.login(failed);
    }

    @POST
    @Path("/logout")
    @PermitAll
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/ui/login")).cookie(expired).build();
    }

    @GET
    @Authenticated
    public Response home() {
        return Response.seeOther(URI.create("/ui/queue")).build();
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("q") String q,
                                  @QueryParam("message") String message, @QueryParam("error") String error) {
        TaskStatus chosen = parseStatus(status);
        List<TaskView> tasks = chosen == null
                ? pendingTasks(q)
                : queue.list(new TaskFilter(chosen, null, null, null, q, null), 0, 200).items();
        ReviewStats.Stats figures = stats.stats();
        return UiPages.queue(user(), message, error, figures(figures), tasks.stream().map(UiResource::row).toList(),
                Arrays.asList(TaskStatus.values()), chosen == null ? "" : chosen.name(), q);
    }

    @POST
    @Path("/tasks/next")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response next() {
        return queue.claimNext(user())
                .map(task -> Response.seeOther(URI.create("/ui/tasks/" + task.id())).build())
                .orElseGet(() -> redirect("/ui/queue", "message", "No open task is waiting"));
    }

    @GET
    @Path("/tasks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public TemplateInstance task(@PathParam("id") long id, @QueryParam("search") String searchText,
                                 @QueryParam("message") String message, @QueryParam("error") String error) {
        TaskView task = queue.get(id);
        List<UiRows.CandidateRow> candidates = task.candidates().stream().limit(CANDIDATES_SHOWN).map(c -> {
            int key = task.candidates().indexOf(c) + 1;
            return new UiRows.CandidateRow(key, c.code(), c.name(), UiRows.decimal(c.score()), path(task, c.code()));
        }).toList();
        List<UiRows.SearchHit> hits = searchText == null || searchText.isBlank() ? null
                : search.search(task.version(), searchText, 0, 20).hits().stream()
                .filter(h -> "LLT".equals(h.level()) && h.current())
                .map(h -> new UiRows.SearchHit(h.code(), h.name(), h.ptName())).toList();
        boolean pending = TaskStatus.valueOf(task.status()).isPending();
        return UiPages.task(user(), message, error, task, pending, UiRows.decimal(task.context().confidence()), candidates,
                searchText, hits);
    }

    @POST
    @Path("/tasks/{id}/accept")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response accept(@PathParam("id") long id, @FormParam("lltCode") String code) {
        return decide(id, new DecisionRequest(DecisionRequest.Action.ACCEPT, code, null, null), "coded as " + code);
    }

    @POST
    @Path("/tasks/{id}/query")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response query(@PathParam("id") long id, @FormParam("question") String question) {
        return decide(id, new DecisionRequest(DecisionRequest.Action.QUERY, null, question, null), "queried");
    }

    @POST
    @Path("/tasks/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response reject(@PathParam("id") long id, @FormParam("reason") String reason) {
        return decide(id, new DecisionRequest(DecisionRequest.Action.REJECT, null, null, reason), "rejected");
    }

    @POST
    @Path("/tasks/{id}/release")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response release(@PathParam("id") long id) {
        return attempt("/ui/tasks/" + id, () -> {
            queue.release(id, user(), isReviewer());
            return redirect("/ui/queue", "message", "Task " + id + " is back in the queue");
        });
    }

    @POST
    @Path("/tasks/bulk-accept")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response bulkAccept(@FormParam("taskId") List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return redirect("/ui/queue", "error", "Select the tasks to accept first");
        }
        return attempt("/ui/queue", () -> {
            decisions.acceptTopCandidates(ids, user(), isReviewer());
            return redirect("/ui/queue", "message", ids.size() + " task(s) coded with their top candidate");
        });
    }

    @GET
    @Path("/synonyms")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public TemplateInstance synonymsPage(@QueryParam("status") String status, @QueryParam("message") String message,
                                         @QueryParam("error") String error) {
        MemoryStatus chosen = status == null || status.isBlank() ? MemoryStatus.PROPOSED : MemoryStatus.valueOf(status);
        return UiPages.synonyms(user(), message, error, synonyms.list(chosen, "meddra", 0, 200).items(),
                Arrays.stream(MemoryStatus.values()).map(Enum::name).toList(), chosen.name(), isReviewer());
    }

    @POST
    @Path("/synonyms/{id}/{action:approve|retire}")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public Response changeSynonym(@PathParam("id") long id, @PathParam("action") String action) {
        return attempt("/ui/synonyms", () -> {
            SynonymService.SynonymView changed = action.equals("approve") ? synonyms.approve(id, user()) : synonyms.retire(id, user());
            return redirect("/ui/synonyms", "message", "“" + changed.verbatim() + "” is now " + changed.status());
        });
    }

    @GET
    @Path("/cases/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public TemplateInstance caseView(@PathParam("id") long id, @QueryParam("message") String message) {
        CaseView view = cases.get(id);
        List<UiRows.ItemRow> items = CodableItemRef.all(view.content()).stream().map(ref -> {
            Coding c = ref.item().coding();
            return new UiRows.ItemRow(ref.kind().name(), ref.item().verbatim(), ref.item().lltCode(), c == null ? null : c.lltName(),
                    c == null ? null : c.ptName(), c == null || c.status() == null ? (ref.item().lltCode() == null ? "UNCODED" : "AS_REPORTED") : c.status().name(),
                    c == null ? null : c.stage(), c == null ? "" : UiRows.decimal(c.confidence()), icd10Of(ref));
        }).toList();
        return UiPages.caseView(user(), message, null, view, items);
    }

    /** An indication's ICD-10 code and status beside its MedDRA code, e.g. "I10 (AUTO_CODED)". */
    private static String icd10Of(CodableItemRef ref) {
        if (!(ref.item() instanceof Indication indication)) {
            return null;
        }
        String status = indication.icd10Coding() == null || indication.icd10Coding().status() == null
                ? "" : " (" + indication.icd10Coding().status() + ")";
        return (indication.icd10Code() == null ? "–" : indication.icd10Code()) + status;
    }

    private Response decide(long id, DecisionRequest request, String done) {
        return attempt("/ui/tasks/" + id, () -> {
            decisions.decide(id, user(), isReviewer(), request);
            return redirect("/ui/queue", "message", "Task " + id + " " + done);
        });
    }

    /** Runs an action; a refusal (a problem) goes back to the page with its detail shown. */
    private static Response attempt(String backTo, Supplier<Response> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            return redirect(backTo, "error", e.problem().detail());
        }
    }

    private static Response redirect(String path, String param, String text) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam(param, text).build()).build();
    }

    private List<TaskView> pendingTasks(String q) {
        List<TaskView> open = queue.list(new TaskFilter(TaskStatus.CLAIMED, null, null, null, q, null), 0, 100).items();
        List<TaskView> all = new java.util.ArrayList<>(open);
        all.addAll(queue.list(new TaskFilter(TaskStatus.OPEN, null, null, null, q, null), 0, 200).items());
        return all;
    }

    private List<org.pvcoder.meddra.api.TermRef> path(TaskView task, String code) {
        try {
            return browser.llt(task.version(), code).primaryPath();
        } catch (ProblemException e) {
            return List.of();
        }
    }

    private static UiRows.Figures figures(ReviewStats.Stats s) {
        long lastDayDecisions = s.decisionsPerDay().isEmpty() ? 0 : s.decisionsPerDay().get(s.decisionsPerDay().size() - 1).count();
        String autoRate = s.autoCodingPerDay().isEmpty() ? "–"
                : UiRows.percent(s.autoCodingPerDay().get(s.autoCodingPerDay().size() - 1).autoCodedRate());
        String agreement = s.agreement().decided() == 0 ? "–" : UiRows.percent(s.agreement().rate()) + " of " + s.agreement().decided();
        return new UiRows.Figures(s.openTasks(), String.format(java.util.Locale.ROOT, "%.1f h", s.medianOpenAgeHours()),
                lastDayDecisions, autoRate, agreement);
    }

    private static UiRows.TaskRow row(TaskView t) {
        boolean hasTop = !t.candidates().isEmpty();
        Duration age = Duration.between(t.createdAt(), Instant.now());
        String ageText = age.toDays() > 0 ? age.toDays() + " d" : age.toHours() > 0 ? age.toHours() + " h" : age.toMinutes() + " min";
        return new UiRows.TaskRow(t.id(), t.verbatim(), hasTop ? t.candidates().get(0).name() : "–",
                hasTop ? UiRows.decimal(t.candidates().get(0).score()) : "", t.caseId(), t.serious(), t.status(), t.assignee(), ageText,
                TaskStatus.valueOf(t.status()).isPending());
    }

    private static TaskStatus parseStatus(String status) {
        return status == null || status.isBlank() ? null : TaskStatus.valueOf(status);
    }

    private String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN);
    }
}
