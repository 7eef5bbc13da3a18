package id.sinergi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets (TOTP seeds) with AES-256-GCM before they reach the database. The key comes from
 * {@code SINERGI_SECRET_KEY} (base64 of 32 bytes; required when several nodes share one database), otherwise from
 * {@code <data dir>/secret.key}, created on first use and readable by the owner only.
 */
@Component
class SecretCipher {

    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    SecretCipher(@Value("${sinergi.secret-key:}") String configuredKey, @Value("${sinergi.data-dir:./data}") String dataDir) {
        byte[] raw = configuredKey.isBlank() ? keyFile(Path.of(dataDir, "secret.key")) : Base64.getDecoder().decode(configuredKey.trim());
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException("sinergi.secret-key must be the base64 encoding of exactly 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Encrypts, binding the result to {@code context} (e.g. the owner's id) so it cannot be moved to another row. */
    String encrypt(byte[] plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    byte[] decrypt(String encrypted, String context) {
        try {
            byte[] in = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt: wrong key or tampered value", e);
        }
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file);
                    restrictToOwner(file);
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                    LOG.warn("Created the secret key file {}. Back it up with the database; several app nodes must share "
                            + "one key: set SINERGI_SECRET_KEY to its content on every node.", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // created meanwhile by another start: use that one
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Cannot restrict the permissions of {} on this file system", file);
        }
    }
}
