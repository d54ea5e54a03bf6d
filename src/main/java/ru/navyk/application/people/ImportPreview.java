package ru.navyk.application.people;

import java.io.Serializable;
import java.util.List;
import ru.navyk.infrastructure.importing.people.EmployeeCsvRow;

/**
 * What an employee file would import: the rows and every problem, from the file itself and from comparing it with
 * the people and teams already in Navyk. Only a preview without problems can be imported.
 *
 * @param charsetName   the encoding that was used (detected or chosen)
 * @param separator     the column separator that was used
 * @param teamsToCreate teams the file names that do not exist yet and will be created (only when asked for)
 */
public record ImportPreview(String charsetName, char separator, int dataRowCount, List<EmployeeCsvRow> validRows,
                            List<ImportProblem> problems, List<String> teamsToCreate) implements Serializable {

    public ImportPreview {
        validRows = List.copyOf(validRows);
        problems = List.copyOf(problems);
        teamsToCreate = List.copyOf(teamsToCreate);
    }

    public boolean isImportable() {
        return problems.isEmpty() && !validRows.isEmpty();
    }

    /** Lines with at least one problem. */
    public long badRowCount() {
        return problems.stream().mapToInt(ImportProblem::rowNumber).filter(row -> row > 1).distinct().count();
    }
}
