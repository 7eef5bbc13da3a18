package id.sinergi.agency;

/** One kind of use that keeps an agency from being deleted: message key (with {0}) and how many. */
public record AgencyUse(String messageKey, long count) {
}
