package id.sinergi.region;

import java.util.List;

/** A bad row of an import file: its line (the row number in a spreadsheet), a message key and its arguments. */
public record ImportProblem(int line, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int line, String messageKey, Object... arguments) {
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}
