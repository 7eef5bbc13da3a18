package id.sinergi.desabinaan;

import java.util.Map;

/**
 * Totals of a roster: each village counted once per program, and once in the village total however many programs
 * foster it.
 */
public record RosterTotals(long villages, Map<Program, Long> villagesPerProgram) {

    public long villagesIn(Program program) {
        return villagesPerProgram.getOrDefault(program, 0L);
    }
}
