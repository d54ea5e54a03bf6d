package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.infrastructure.importing.people.CsvEncoding;
import ru.navyk.infrastructure.importing.people.CsvSeparator;
import ru.navyk.infrastructure.importing.people.EmployeeCsvReader;
import ru.navyk.infrastructure.importing.people.EmployeeCsvResult;
import ru.navyk.infrastructure.importing.people.EmployeeCsvRow;

/**
 * HR's bulk import of employees from a CSV file: a preview that lists every problem (row, column, reason), then an
 * import that checks everything again and writes all rows in one transaction, or none. People already in Navyk (same
 * e-mail or personnel number) are reported, never doubled. A team the file names must exist, unless the importer
 * explicitly asks for missing teams to be created; then the preview lists them and the import creates them (audited),
 * never silently.
 */
@ApplicationScoped
public class EmployeeImportService {

    @Inject
    private PersonRepository people;

    @Inject
    private TeamRepository teams;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Transactional
    public ImportPreview preview(byte[] content, CsvEncoding encoding, CsvSeparator separator,
                                 boolean createMissingTeams) {
        access.requireAny(currentUser.viewer(), Role.ADMIN, Role.HR);
        return check(content, encoding, separator, createMissingTeams).preview();
    }

    /** Imports every row or, if anything is wrong, nothing; returns the number of people created. */
    @Transactional
    public int importAll(byte[] content, CsvEncoding encoding, CsvSeparator separator, boolean createMissingTeams) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Checked checked = check(content, encoding, separator, createMissingTeams);
        if (!checked.preview().isImportable()) {
            throw new ImportRejectedException(checked.preview());
        }
        for (String name : checked.preview().teamsToCreate()) {
            Team team = new Team(name, null, null, null);
            teams.add(team);
            checked.teams().put(key(name), team);
            audit.record(viewer.username(), "IMPORT", TeamService.ENTITY, team.getId(), team.getName(),
                    new ru.navyk.application.audit.Changes().created("name", team.getName()));
        }
        for (EmployeeCsvRow row : checked.preview().validRows()) {
            Person person = new Person(row.lastName(), row.firstName(), row.middleName(), row.email(),
                    row.hireDate());
            person.describe(row.personnelNumber(), row.phone(), row.hireDate(), row.education());
            person.assignPosition(row.position(), row.qualificationLevel(), row.hireDate());
            if (row.team() != null) {
                person.moveToTeam(checked.teams().get(key(row.team())), row.hireDate());
            }
            people.add(person);
            audit.record(viewer.username(), "IMPORT", PeopleService.ENTITY, person.getId(), person.getFullName(),
                    PeopleService.snapshot(person));
        }
        return checked.preview().validRows().size();
    }

    private record Checked(ImportPreview preview, Map<String, Team> teams) {
    }

    private Checked check(byte[] content, CsvEncoding encoding, CsvSeparator separator, boolean createMissingTeams) {
        EmployeeCsvResult result = new EmployeeCsvReader(clock).read(content, encoding, separator);
        List<ImportProblem> problems = new ArrayList<>();
        result.problems().forEach(p -> problems.add(new ImportProblem(p.rowNumber(), p.column(),
                "CsvProblem.Code." + p.code().name(), p.value())));
        List<EmployeeCsvRow> rows = result.rows();
        Set<String> takenEmails = people.existingEmails(rows.stream().map(EmployeeCsvRow::email).toList());
        Set<String> takenNumbers = people.existingPersonnelNumbers(rows.stream()
                .map(EmployeeCsvRow::personnelNumber).filter(n -> n != null).toList());
        Map<String, Team> teamsByName = new HashMap<>();
        for (EmployeeCsvRow row : rows) {
            if (row.team() != null) {
                teamsByName.computeIfAbsent(key(row.team()), name -> teams.findActiveByName(row.team()).orElse(null));
            }
        }
        Map<String, String> columns = columnNames(result.header());
        Map<String, String> missingTeams = new java.util.TreeMap<>();
        List<EmployeeCsvRow> valid = new ArrayList<>();
        for (EmployeeCsvRow row : rows) {
            int before = problems.size();
            if (takenEmails.contains(row.email())) {
                problems.add(new ImportProblem(row.rowNumber(), columns.get("email"),
                        "import.problem.emailExists", row.email()));
            }
            if (row.personnelNumber() != null && takenNumbers.contains(row.personnelNumber())) {
                problems.add(new ImportProblem(row.rowNumber(), columns.get("personnel"),
                        "import.problem.personnelNumberExists", row.personnelNumber()));
            }
            if (row.team() != null && teamsByName.get(key(row.team())) == null) {
                if (createMissingTeams) {
                    missingTeams.putIfAbsent(key(row.team()), row.team().strip());
                } else {
                    problems.add(new ImportProblem(row.rowNumber(), columns.get("team"),
                            "import.problem.teamUnknown", row.team()));
                }
            }
            if (problems.size() == before) {
                valid.add(row);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::rowNumber));
        ImportPreview preview = new ImportPreview(result.charset().name(), result.separator(),
                result.dataRowCount(), valid, problems, List.copyOf(missingTeams.values()));
        return new Checked(preview, teamsByName.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new)));
    }

    /** The header names as written in this file, for problems the service adds to rows. */
    private static Map<String, String> columnNames(List<String> header) {
        Map<String, String> names = new HashMap<>();
        for (String column : header) {
            String normalized = column.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (normalized.contains("mail") || normalized.contains("почта")) {
                names.putIfAbsent("email", column);
            } else if (normalized.contains("табел") || normalized.contains("таб.")) {
                names.putIfAbsent("personnel", column);
            } else if (normalized.contains("групп") || normalized.contains("команд")) {
                names.putIfAbsent("team", column);
            }
        }
        return names;
    }

    private static String key(String teamName) {
        return teamName.strip().toLowerCase(Locale.ROOT);
    }
}
