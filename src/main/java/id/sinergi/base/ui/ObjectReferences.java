package id.sinergi.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.security.access.AccessDeniedException;

/**
 * Resolves a record id taken from the URL ({@code meetings/:id}) through a service method that checks the user's rights
 * every time. A malformed id, a missing record and a record the user may not see all end on the same "not found" page,
 * so a URL reveals nothing about records of other agencies. Use it in {@code beforeEnter}:
 * <pre>{@code
 * ObjectReferences.resolve(event, "id", meetingService::findReadable).ifPresent(this::show);
 * }</pre>
 * The loader must itself refuse (AccessDeniedException) or return empty for what the caller may not read.
 */
public final class ObjectReferences {

    private ObjectReferences() {
    }

    public static <T> Optional<T> resolve(BeforeEnterEvent event, String parameter, LongFunction<Optional<T>> loader) {
        Optional<Long> id = event.getRouteParameters().get(parameter).flatMap(ObjectReferences::parse);
        Optional<T> found = Optional.empty();
        if (id.isPresent()) {
            try {
                found = loader.apply(id.get());
            } catch (AccessDeniedException refused) {
                found = Optional.empty();
            }
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }

    static Optional<Long> parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
