package id.sinergi.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.sinergi.audit.AuditService;
import id.sinergi.security.ui.LoginView;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web and method security: Vaadin's configurer with our login view, the throttled password login with its second
 * step, login sessions checked on every request, and security headers (a Content-Security-Policy that Vaadin Flow
 * tolerates: it needs inline and eval'd scripts and inline styles).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableScheduling
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionService sessions, UserDetailsService users, AuditService audit,
                                            Clock clock, RequestUtil requestUtil) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        http.authenticationManager(authenticationManager);
        http.sessionManagement(session -> session.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new SessionRegistration(sessions)))));
        http.addFilterAfter(new SessionValidityFilter(sessions), SecurityContextHolderFilter.class);
        http.addFilterBefore(new SecondFactorCompletionFilter(users, contexts, sessions, clock), AuthorizationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // before the response is written, so that Vaadin's own (weaker) X-Frame-Options never goes first
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Vaadin's own CSRF setup also exempts the login form; we keep the token on it (no login CSRF) and exempt only
        // Vaadin's internal requests, which carry Vaadin's own CSRF token
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        audit.recordStandalone("LOGOUT", authentication.getName(), "address: " + request.getRemoteAddr());
                    }
                }));
        // after Vaadin's configurer, so that its login view is known before the form login initialises
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /** bcrypt through Spring's delegating encoder, so stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottlingAuthenticationProvider throttlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                                      LoginThrottling throttling,
                                                                      SecondFactorRequirement secondFactors,
                                                                      AuditService audit, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttling, secondFactors, audit, clock);
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottlingAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /** Publishes refused method calls and requests as events, which {@link AccessRefusals} audits. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
