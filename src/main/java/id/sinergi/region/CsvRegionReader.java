package id.sinergi.region;

import id.sinergi.base.BusinessRuleException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV region file: UTF-8 (a byte order mark is allowed, anything else that is not UTF-8 is refused with the line
 * where it breaks, never guessed), comma or semicolon separated (Excel in an Indonesian locale writes semicolons),
 * quotes as in RFC 4180. A binary file renamed .csv is recognised by its control bytes.
 */
final class CsvRegionReader {

    private static final int SNIFF_BYTES = 8192;
    private static final int PROGRESS_EVERY = 5000;

    private CsvRegionReader() {
    }

    static List<RegionRow> read(Path file, long size, ImportProgress progress) throws IOException {
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
             BufferedInputStream in = new BufferedInputStream(counting, 65_536)) {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                throw new BusinessRuleException("region.import.error.encoding", 1);
            }
            if (looksBinary(head)) {
                throw new BusinessRuleException("region.import.error.binary");
            }
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            }
            char delimiter = delimiter(head);
            Reader reader = new BufferedReader(new InputStreamReader(in, strictUtf8()), 65_536);
            try {
                return parse(reader, delimiter, () -> progress.update(ImportStage.READING, counting.count, size));
            } catch (CharacterCodingException e) {
                throw new BusinessRuleException("region.import.error.encoding", firstLineNotUtf8(file));
            }
        }
    }

    private static List<RegionRow> parse(Reader reader, char delimiter, Runnable reportProgress) throws IOException {
        List<RegionRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean header = true;
        boolean inQuotes = false;
        boolean fieldQuoted = false;
        int line = 1;
        int recordLine = 1;
        int pending = -2;
        while (true) {
            int c = pending != -2 ? pending : reader.read();
            pending = -2;
            if (inQuotes) {
                if (c == -1) {
                    throw new BusinessRuleException("region.import.error.quote", recordLine);
                } else if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        pending = next;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldQuoted = false;
            } else if (c == '"' && field.isEmpty() && !fieldQuoted) {
                inQuotes = true;
                fieldQuoted = true;
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    if (header) {
                        RegionFileReader.checkHeader(fields, String.valueOf(delimiter));
                        header = false;
                    } else {
                        rows.add(new RegionRow(recordLine, fields.get(0).strip(),
                                fields.size() > 1 ? fields.get(1).strip() : "", fields.size()));
                        RegionFileReader.checkRowCount(rows.size());
                        if (rows.size() % PROGRESS_EVERY == 0) {
                            reportProgress.run();
                        }
                    }
                }
                if (c == -1) {
                    reportProgress.run();
                    return rows;
                }
                fields.clear();
                field.setLength(0);
                fieldQuoted = false;
                line++;
                recordLine = line;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }

    /** Control bytes other than tab, line feed, carriage return and form feed do not occur in a text file. */
    static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static char delimiter(byte[] head) {
        String firstLine = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The decoder reads ahead, so the failing line is found again, exactly, line by line. */
    private static int firstLineNotUtf8(Path file) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            int line = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b == -1) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(current.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return line;
                    }
                    if (b == -1) {
                        return line;
                    }
                    current.reset();
                    line++;
                } else {
                    current.write(b);
                }
            }
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
