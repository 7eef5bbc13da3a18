package id.sinergi.action;

/** An evidence file that passed every check: a safe display name, the type its content proved, the bytes. */
record CheckedEvidence(String fileName, EvidenceType type, byte[] content, String sha256) {
}
