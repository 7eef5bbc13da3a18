package id.sinergi.user;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts. Administration is for ADMIN only; every user may change their own password and language. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final AuditService audit;
    private final PasswordVerifier passwordVerifier;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Validator validator,
                AuditService audit, PasswordVerifier passwordVerifier, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordVerifier = passwordVerifier;
        this.events = events;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<User> list(String filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return users.search(likePattern(filter), sorted).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String filter) {
        return users.countSearch(likePattern(filter));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<User> findById(long id) {
        return users.findById(id);
    }

    /** Creates an account with an initial password that the user must change at first login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public User create(User user, String initialPassword) {
        if (!user.isNew()) {
            throw new IllegalArgumentException("Not a new user");
        }
        checkRules(user);
        PasswordPolicy.check(initialPassword, user.getUsername());
        if (users.existsByUsername(user.getUsername())) {
            throw new BusinessRuleException("user.error.usernameTaken", user.getUsername());
        }
        user.setPasswordHash(passwordEncoder.encode(initialPassword));
        user.setMustChangePassword(true);
        User saved = users.save(user);
        audit.record("USER_CREATE", "User", saved.getId(), "username: " + saved.getUsername() + "\nrole: "
                + saved.getRole() + "\nagency: " + agencyName(saved));
        return saved;
    }

    /** Saves role, agency, name, language and enabled flag; a stale version is refused (optimistic locking). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public User update(User user) {
        if (user.isNew()) {
            throw new IllegalArgumentException("New user: use create");
        }
        checkRules(user);
        User stored = users.findById(user.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != user.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(User.class, user.getId());
        }
        if (!stored.getUsername().equals(user.getUsername())) {
            throw new BusinessRuleException("user.error.usernameFixed");
        }
        boolean self = stored.getId() == currentUser.require().userId();
        if (self && (!user.isEnabled() || user.getRole() != Role.ADMIN)) {
            throw new BusinessRuleException("user.error.selfLockout");
        }
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("fullName", new AuditService.Change(stored.getFullName(), user.getFullName()));
        changes.put("role", new AuditService.Change(stored.getRole(), user.getRole()));
        changes.put("agency", new AuditService.Change(agencyName(stored), agencyName(user)));
        changes.put("enabled", new AuditService.Change(stored.isEnabled(), user.isEnabled()));
        changes.put("language", new AuditService.Change(stored.getPreferredLanguage(), user.getPreferredLanguage()));
        audit.recordChange("USER_UPDATE", "User", stored.getId(), changes);
        if (stored.isEnabled() && !user.isEnabled()) {
            events.publishEvent(new AccountSecurityChanged(stored.getId(), "DISABLED", false));
        } else if (stored.getRole() != user.getRole() || !agencyName(stored).equals(agencyName(user))) {
            events.publishEvent(new AccountSecurityChanged(stored.getId(), "ROLE_CHANGED", false));
        }
        stored.setFullName(user.getFullName());
        stored.setRole(user.getRole());
        stored.setAgency(user.getAgency());
        stored.setEnabled(user.isEnabled());
        stored.setPreferredLanguage(user.getPreferredLanguage());
        return users.saveAndFlush(stored);
    }

    /** Sets a new random password, returned once, that the user must change at next login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        String password = PasswordPolicy.generate();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(true);
        audit.record("USER_PASSWORD_RESET", "User", user.getId(), "username: " + user.getUsername());
        events.publishEvent(new AccountSecurityChanged(user.getId(), "PASSWORD_RESET", false));
        return password;
    }

    /** The caller's own account. */
    public User findCurrent() {
        return users.findById(currentUser.require().userId())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    /** Needs the current password (checked under the login throttle); ends the user's other sessions. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        User user = findCurrent();
        passwordVerifier.verify(user.getUsername(), currentPassword);
        PasswordPolicy.check(newPassword, user.getUsername());
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.error.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        audit.record("PASSWORD_CHANGE", "User", user.getId(), "username: " + user.getUsername());
        events.publishEvent(new AccountSecurityChanged(user.getId(), "PASSWORD_CHANGED", true));
    }

    @Transactional
    public void changeOwnLanguage(String language) {
        if (!"id".equals(language) && !"en".equals(language)) {
            throw new BusinessRuleException("error.invalid");
        }
        findCurrent().setPreferredLanguage(language);
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** For the first start and demo data, run by the system itself (no logged-in user). */
    @Transactional
    public User createBySystem(User user, String password, boolean mustChange) {
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(mustChange);
        return users.save(user);
    }

    private void checkRules(User user) {
        if (!validator.validate(user).isEmpty()) {
            throw new BusinessRuleException("error.invalid");
        }
        if (user.getRole() == Role.LIAISON && user.getAgency() == null) {
            throw new BusinessRuleException("user.error.agencyRequired");
        }
    }

    private static String agencyName(User user) {
        return user.getAgency() == null ? "-" : user.getAgency().getAbbreviation();
    }

    private static String likePattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String escaped = filter.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
