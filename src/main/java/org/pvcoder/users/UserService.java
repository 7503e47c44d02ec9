package org.pvcoder.users;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Creates users; passwords are stored only as bcrypt hashes. */
@ApplicationScoped
public class UserService {

    /** Public view of a user, never with the hash. */
    public record UserView(String username, Set<String> roles) {
        static UserView of(AppUser user) {
            return new UserView(user.username, new TreeSet<>(Arrays.asList(user.roles.split(","))));
        }
    }

    @Transactional
    public UserView create(String username, String password, List<String> roles) {
        if (AppUser.findByUsername(username).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "User '" + username + "' already exists");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = String.join(",", new TreeSet<>(roles));
        user.createdAt = Instant.now();
        user.persist();
        return UserView.of(user);
    }

    @Transactional
    public UserView get(String username) {
        return AppUser.findByUsername(username).map(UserView::of).orElseThrow(() -> ProblemException.notFound("User", username));
    }

    @Transactional
    public boolean anyUser() {
        return AppUser.count() > 0;
    }
}
