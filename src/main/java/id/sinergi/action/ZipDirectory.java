package id.sinergi.action;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The entry names of a zip file, read from its central directory without decompressing anything, so that a crafted
 * archive (a zip bomb) costs no more than reading its directory. Enough to tell office documents apart.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;
    private static final int MAX_ENTRIES = 100_000;

    private final byte[] zip;
    private final Set<String> names;

    private ZipDirectory(byte[] zip, Set<String> names) {
        this.zip = zip;
        this.names = names;
    }

    /** The directory, or empty when the bytes are not a well-formed (non-ZIP64) zip file. */
    static Optional<ZipDirectory> read(byte[] zip) {
        int end = findEnd(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (count > MAX_ENTRIES || offset >= zip.length) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        int position = (int) offset;
        for (int i = 0; i < count; i++) {
            if (position + ENTRY_SIZE > zip.length || i32(zip, position) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = u16(zip, position + 28);
            int next = position + ENTRY_SIZE + nameLength + u16(zip, position + 30) + u16(zip, position + 32);
            if (next > zip.length) {
                return Optional.empty();
            }
            names.add(new String(zip, position + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
            position = next;
        }
        return Optional.of(new ZipDirectory(zip, names));
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** The text of the first entry if it has this name and is stored uncompressed (OpenDocument's "mimetype"). */
    Optional<String> storedFirstEntry(String name) {
        if (zip.length < 30 || i32(zip, 0) != LOCAL_SIGNATURE || u16(zip, 8) != 0) {
            return Optional.empty();
        }
        int nameLength = u16(zip, 26);
        int start = 30 + nameLength + u16(zip, 28);
        long size = u32(zip, 18);
        if (start + size > zip.length || size > 200
                || !name.equals(new String(zip, 30, nameLength, StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new String(zip, start, (int) size, StandardCharsets.US_ASCII));
    }

    private static int findEnd(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_SIZE - 0xffff);
        for (int position = zip.length - END_SIZE; position >= lowest; position--) {
            if (i32(zip, position) == END_SIGNATURE) {
                return position;
            }
        }
        return -1;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return i32(bytes, at) & 0xffffffffL;
    }

    private static int i32(byte[] bytes, int at) {
        return u16(bytes, at) | u16(bytes, at + 2) << 16;
    }
}
