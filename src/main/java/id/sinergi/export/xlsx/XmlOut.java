package id.sinergi.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters into UTF-8 bytes with one unsynchronised buffer: the sheet XML is written in many small pieces, and the
 * JDK's BufferedWriter/OutputStreamWriter pair takes a lock and wraps a buffer on every one of them. The buffered
 * characters are encoded into a byte array kept for the whole sheet, so a full buffer costs two array copies and no
 * new objects (making a String and then its bytes allocated two new arrays per 32 KB: about 140 MB of garbage for a
 * 100,000-row sheet, which a freshly started JVM pays for in page faults and collections).
 */
final class XmlOut extends Writer {

    private static final int CHUNK = 1 << 15;

    private final OutputStream target;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * (CHUNK + 1024));
    private char[] chars = new char[CHUNK + 1024];

    XmlOut(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(String text) throws IOException {
        buffer.append(text);
        drainIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        buffer.append(text, offset, offset + length);
        drainIfFull();
    }

    /** A row's cells, appended without making a String of them first. */
    void write(StringBuilder text) throws IOException {
        buffer.append(text);
        drainIfFull();
    }

    @Override
    public void write(int c) throws IOException {
        buffer.append((char) c);
        drainIfFull();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        buffer.append(chars, offset, length);
        drainIfFull();
    }

    /** Sends what is buffered into the stream (the zip entry); does not flush the stream itself. */
    @Override
    public void flush() throws IOException {
        int length = buffer.length();
        if (length == 0) {
            return;
        }
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        buffer.setLength(0);
        CharBuffer in = CharBuffer.wrap(chars, 0, length);
        encoder.reset();
        while (encoder.encode(in, bytes, true).isOverflow()) {
            drainBytes();
        }
        while (encoder.flush(bytes).isOverflow()) {
            drainBytes();
        }
        drainBytes();
    }

    /** Never closes the stream: the workbook owns it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void drainBytes() throws IOException {
        target.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    private void drainIfFull() throws IOException {
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }
}
