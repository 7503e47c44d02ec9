package org.pvcoder.review.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pvcoder.cases.Page;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.common.security.Roles;
import org.pvcoder.review.DecisionRequest;
import org.pvcoder.review.ReviewQueue;
import org.pvcoder.review.ReviewStats;
import org.pvcoder.review.TaskDecisions;
import org.pvcoder.review.TaskFilter;
import org.pvcoder.review.TaskStatus;
import org.pvcoder.review.TaskView;

import java.util.List;
import java.util.Map;

/** The coding task queue: list, claim, decide. */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewTaskResource {

    public record Answer(@NotBlank @Size(max = 2000) String answer) {
    }

    public record Reassignment(@NotBlank @Size(max = 100) String assignee) {
    }

    public record BulkAccept(@NotEmpty @Size(max = 500) List<@NotNull Long> taskIds) {
    }

    private final ReviewQueue queue;
    private final TaskDecisions decisions;
    private final ReviewStats stats;
    private final SecurityIdentity identity;

    public ReviewTaskResource(ReviewQueue queue, TaskDecisions decisions, ReviewStats stats, SecurityIdentity identity) {
        this.queue = queue;
        this.decisions = decisions;
        this.stats = stats;
        this.identity = identity;
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public Page<TaskView> list(@QueryParam("status") TaskStatus status, @QueryParam("assignee") String assignee,
                               @QueryParam("priority") Integer priority, @QueryParam("caseId") Long caseId,
                               @QueryParam("q") String text, @QueryParam("terminology") String terminology,
                               @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "page must be ≥ 0 and size between 1 and 500");
        }
        return queue.list(new TaskFilter(status, assignee, priority, caseId, text, terminology), page, size);
    }

    @GET
    @Path("/tasks/counts")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public Map<TaskStatus, Long> counts() {
        return queue.counts();
    }

    @GET
    @Path("/tasks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public TaskView get(@PathParam("id") long id) {
        return queue.get(id);
    }

    @POST
    @Path("/tasks/next")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public Response next() {
        return queue.claimNext(user()).map(task -> Response.ok(task).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("/tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public TaskView decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest decision) {
        return decisions.decide(id, user(), isReviewer(), decision);
    }

    @POST
    @Path("/tasks/bulk-accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public List<TaskView> bulkAccept(@Valid @NotNull BulkAccept body) {
        return decisions.acceptTopCandidates(body.taskIds(), user(), isReviewer());
    }

    @POST
    @Path("/tasks/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.INTAKE})
    public TaskView answer(@PathParam("id") long id, @Valid @NotNull Answer body) {
        return decisions.answer(id, body.answer());
    }

    @POST
    @Path("/tasks/{id}/release")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER})
    public TaskView release(@PathParam("id") long id) {
        return queue.release(id, user(), isReviewer());
    }

    @POST
    @Path("/tasks/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public TaskView reassign(@PathParam("id") long id, @Valid @NotNull Reassignment body) {
        return queue.reassign(id, body.assignee());
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public ReviewStats.Stats stats() {
        return stats.stats();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN);
    }
}
