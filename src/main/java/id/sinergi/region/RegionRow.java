package id.sinergi.region;

/** One data row of an import file as read, before any check: line number, trimmed code and name, column count. */
record RegionRow(int line, String code, String name, int columns) {
}
