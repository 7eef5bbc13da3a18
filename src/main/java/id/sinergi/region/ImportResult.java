package id.sinergi.region;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import. Either the whole file was imported ({@link #imported()}), or nothing was and
 * {@code problems} lists the first bad rows (at most {@link #MAX_PROBLEMS_LISTED}) of {@code problemCount}.
 */
public record ImportResult(int rows, int added, int updated, int retired, int unchanged, Duration duration,
                           List<ImportProblem> problems, int problemCount) {

    public static final int MAX_PROBLEMS_LISTED = 100;

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult refused(int rows, List<ImportProblem> allProblems, Duration duration) {
        List<ImportProblem> listed = allProblems.subList(0, Math.min(allProblems.size(), MAX_PROBLEMS_LISTED));
        return new ImportResult(rows, 0, 0, 0, 0, duration, listed, allProblems.size());
    }

    /** The same result with the time the whole import took, commit included. */
    ImportResult took(Duration took) {
        return new ImportResult(rows, added, updated, retired, unchanged, took, problems, problemCount);
    }

    public boolean imported() {
        return problemCount == 0;
    }
}
