package id.sinergi.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Characters into UTF-8 bytes with one unsynchronised buffer: the sheet XML is written in many small pieces, and the
 * JDK's BufferedWriter/OutputStreamWriter pair takes a lock and wraps a buffer on every one of them.
 */
final class XmlOut extends Writer {

    private static final int CHUNK = 1 << 15;

    private final OutputStream target;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

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
        if (!buffer.isEmpty()) {
            target.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    /** Never closes the stream: the workbook owns it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void drainIfFull() throws IOException {
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }
}
