package org.pvcoder.users;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pvcoder.common.security.Roles;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * On the first start (no users yet) creates {@code admin} with {@code pv.admin.password}
 * (environment PV_ADMIN_PASSWORD), or with a generated password printed once.
 */
@jakarta.enterprise.context.ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent start, UserService users,
                 @ConfigProperty(name = "pv.admin.password") Optional<String> configured) {
        if (users.anyUser()) {
            return;
        }
        String password = configured.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::generate);
        users.create("admin", password, List.of(Roles.ADMIN));
        if (configured.isPresent()) {
            LOG.info("Created user 'admin' with the password from pv.admin.password");
        } else {
            LOG.warnf("Created user 'admin' with the generated password %s ; it is shown only this once", password);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
