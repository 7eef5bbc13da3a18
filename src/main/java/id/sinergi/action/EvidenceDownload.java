package id.sinergi.action;

/** An evidence file to send to a reader: its display name, type and bytes. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
