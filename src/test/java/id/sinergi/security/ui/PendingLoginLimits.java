package id.sinergi.security.ui;

/** The limit of the second step, as the tests of this package see it. */
final class PendingLoginLimits {

    static final int MAX_WRONG_CODES = 5;

    private PendingLoginLimits() {
    }
}
