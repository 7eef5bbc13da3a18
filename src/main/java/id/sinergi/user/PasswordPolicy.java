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

/**
 * Password rules: at least 12 characters, at most bcrypt's 72 bytes, not a commonly used password (the bundled list
 * plus, optionally, an operator's list in the file named by {@code SINERGI_PASSWORD_BLOCKLIST}), and not made only of the
 * username or words of Sinergi's context plus digits and punctuation. Any characters are allowed; no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final int MIN_OTHER_LETTERS = 6;
    private static final Set<String> COMMON = loadCommon();
    private static final java.util.List<String> CONTEXT_WORDS = loadWords("/password-context-words.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Throws with a message key when the password breaks a rule. */
    public static void check(String password) {
        check(password, null);
    }

    /** As {@link #check(String)}, and the password must not be built only from the username and context words. */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessRuleException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessRuleException("password.error.tooLong", MAX_BYTES);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("password.error.common");
        }
        if (onlyContextWords(password, username)) {
            throw new BusinessRuleException("password.error.context");
        }
    }

    private static boolean onlyContextWords(String password, String username) {
        String rest = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3) {
            rest = rest.replace(username.toLowerCase(Locale.ROOT), " ");
            for (String part : username.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                rest = part.length() >= 4 ? rest.replace(part, " ") : rest;
            }
        }
        for (String word : CONTEXT_WORDS) {
            rest = rest.replace(word, " ");
        }
        return rest.codePoints().filter(Character::isLetter).count() < MIN_OTHER_LETTERS;
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
        Set<String> words = new HashSet<>(loadWords("/common-passwords.txt"));
        String extra = System.getenv("SINERGI_PASSWORD_BLOCKLIST");
        if (extra != null && !extra.isBlank()) {
            try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(extra))) {
                words.addAll(read(in));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read SINERGI_PASSWORD_BLOCKLIST " + extra, e);
            }
        }
        return words;
    }

    private static java.util.List<String> loadWords(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            return in == null ? java.util.List.of() : read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> read(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
