package org.pvcoder.users;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.pvcoder.common.security.Roles;

import java.util.List;
import java.util.TreeSet;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    public record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only") String username,
            @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String password,
            @NotEmpty List<@Pattern(regexp = "admin|intake|coder|reviewer|viewer", message = "must be one of admin, intake, coder, reviewer, viewer") String> roles) {
    }

    public record Me(String username, TreeSet<String> roles) {
    }

    private final UserService users;
    private final SecurityIdentity identity;

    public UserResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid NewUser body) {
        UserService.UserView created = users.create(body.username(), body.password(), body.roles());
        return Response.created(UriBuilder.fromPath("/api/users/{name}").build(created.username())).entity(created).build();
    }

    @GET
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    public UserService.UserView get(@jakarta.ws.rs.PathParam("username") String username) {
        return users.get(username);
    }

    @GET
    @Path("/me")
    @Authenticated
    public Me me() {
        return new Me(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }
}
