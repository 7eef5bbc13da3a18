package id.sinergi.user;

import id.sinergi.base.BusinessRuleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Password rules: at least 12 characters, at most bcrypt's 72 bytes, not a commonly used password. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = loadCommon();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Throws with a message key when the password breaks a rule. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessRuleException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessRuleException("password.error.tooLong", MAX_BYTES);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("password.error.common");
        }
    }

    /** A random password for first logins and resets; the user must change it. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Set<String> loadCommon() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in != null) {
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                        .forEach(s -> words.add(s.toLowerCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return words;
    }
}
