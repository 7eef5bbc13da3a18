package id.sinergi.agency;

import id.sinergi.base.BusinessRuleException;
import java.util.List;

/**
 * An agency that is still used cannot be deleted. The message key takes the agency's abbreviation ({0}) and the list
 * of uses ({1}); the UI translates each use with {@link #uses()} and joins them.
 */
public class AgencyInUseException extends BusinessRuleException {

    public static final String MESSAGE_KEY = "agency.error.inUse";

    private final transient List<AgencyUse> uses;

    AgencyInUseException(String abbreviation, List<AgencyUse> uses) {
        super(MESSAGE_KEY, abbreviation, uses.stream().mapToLong(AgencyUse::count).sum());
        this.uses = List.copyOf(uses);
    }

    public String abbreviation() {
        return (String) arguments()[0];
    }

    public List<AgencyUse> uses() {
        return uses;
    }
}
