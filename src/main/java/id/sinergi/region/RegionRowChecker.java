package id.sinergi.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every row of an import file: two columns, a code of a Kemendagri shape, a name that is there and not too long,
 * no code twice, and a parent that is in the file or (when adding to what is there) an active region already stored.
 */
final class RegionRowChecker {

    private RegionRowChecker() {
    }

    static List<ImportProblem> check(List<RegionRow> rows, Map<String, RegionTable.Stored> stored, ImportMode mode) {
        Map<String, Integer> firstLine = new HashMap<>(rows.size() * 2);
        for (RegionRow row : rows) {
            if (RegionLevel.ofCode(row.code()) != null) {
                firstLine.putIfAbsent(row.code(), row.line());
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (RegionRow row : rows) {
            checkRow(row, firstLine, stored, mode, problems);
        }
        return problems;
    }

    private static void checkRow(RegionRow row, Map<String, Integer> firstLine, Map<String, RegionTable.Stored> stored,
                                 ImportMode mode, List<ImportProblem> problems) {
        int line = row.line();
        if (row.columns() != 2) {
            problems.add(ImportProblem.of(line, "region.import.row.columns", row.columns()));
            return;
        }
        String code = row.code();
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(line, "region.import.row.codeMissing"));
        } else if (RegionLevel.ofCode(code) == null) {
            problems.add(ImportProblem.of(line, "region.import.row.codeShape", code));
        } else {
            int first = firstLine.get(code);
            if (first != line) {
                problems.add(ImportProblem.of(line, "region.import.row.duplicate", code, first));
            }
            String parent = RegionLevel.parentCode(code);
            if (parent != null && !firstLine.containsKey(parent) && !activeInDatabase(parent, stored, mode)) {
                problems.add(ImportProblem.of(line, "region.import.row.parentMissing", code, parent));
            }
        }
        if (row.name().isEmpty()) {
            problems.add(ImportProblem.of(line, "region.import.row.nameMissing"));
        } else if (row.name().length() > Region.NAME_MAX_LENGTH) {
            problems.add(ImportProblem.of(line, "region.import.row.nameTooLong", Region.NAME_MAX_LENGTH));
        }
    }

    /** A full edition retires what it does not list, so there a parent must be in the file itself. */
    private static boolean activeInDatabase(String code, Map<String, RegionTable.Stored> stored, ImportMode mode) {
        RegionTable.Stored region = stored.get(code);
        return mode == ImportMode.ADDITIONS && region != null && !region.retired();
    }
}
