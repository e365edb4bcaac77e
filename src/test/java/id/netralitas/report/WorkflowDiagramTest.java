package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/workflow.md draws the workflow tables (entry, case, track) as Mermaid state diagrams and
 * markdown tables generated here from {@link ReportWorkflow}: the test fails when the page differs
 * from the tables, and writes the expected section to {@code target/workflow-diagram.md} to copy in.
 */
class WorkflowDiagramTest {

    static final String START = "<!-- generated from report/ReportWorkflow.java by WorkflowDiagramTest: do not edit -->";
    static final String END = "<!-- end of generated section -->";
    private static final Path PAGE = Path.of("docs", "workflow.md");

    @Test
    void docsDrawTheTables() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String expected = section();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "workflow-diagram.md"), expected, StandardCharsets.UTF_8);
        int from = page.indexOf(START);
        int to = page.indexOf(END);
        String actual = from < 0 || to < from ? "" : page.substring(from, to + END.length());
        assertEquals(expected, actual, "docs/workflow.md does not match ReportWorkflow; "
                + "replace its generated section with target/workflow-diagram.md");
    }

    static String section() {
        StringBuilder out = new StringBuilder(START).append("\n\n");
        out.append("### Where a case enters\n\n")
                .append("The first row that matches the report's origin, channel and the submitter's role applies.\n\n")
                .append("| origin | channel | submitter role | enters | time limit | counted from |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (ReportWorkflow.EntryRow row : ReportWorkflow.ENTRY) {
            out.append("| `").append(row.origin()).append("` | ").append(anyOf(row.channels())).append(" | ")
                    .append(anyOf(row.roles())).append(" | `").append(row.state()).append("` | `")
                    .append(row.deadline()).append("` | ").append(row.start() == ReportWorkflow.DeadlineStart.RECEIPT
                            ? "receipt" : "the forward letter's date").append(" |\n");
        }
        out.append("\n### Case states\n\n```mermaid\nstateDiagram-v2\n");
        for (ReportWorkflow.EntryRow row : ReportWorkflow.ENTRY) {
            out.append("    [*] --> ").append(row.state()).append(": ").append(row.origin())
                    .append(row.roles().isEmpty() ? "" : " by " + String.join(",", new TreeSet<>(row.roles())))
                    .append('\n');
        }
        for (ReportWorkflow.CaseRow row : ReportWorkflow.CASE) {
            if (row.to() != null) {
                for (ReportStatus from : sorted(row.from())) {
                    out.append("    ").append(from).append(" --> ").append(row.to()).append(": ").append(row.action())
                            .append(" (").append(roles(row.roles())).append(")\n");
                }
            }
        }
        out.append("    DIREKOMENDASIKAN --> SELESAI: every track closed\n");
        out.append("```\n\nActions that keep the state (an extension, a link, a second summons, the minutes, the team)"
                        + " and `REOPEN` (back to the state the case was closed from) are in the table only.\n\n")
                .append("| from | action | to | roles | requires | starts |\n| --- | --- | --- | --- | --- | --- |\n");
        for (ReportWorkflow.CaseRow row : ReportWorkflow.CASE) {
            out.append("| ").append(states(row.from())).append(" | `").append(row.action()).append("` | ")
                    .append(row.to() != null ? "`" + row.to() + "`" : row.action() == CaseAction.REOPEN
                            ? "the state it was closed from" : "(stays)")
                    .append(" | ").append(roles(row.roles())).append(" | ").append(fields(row.required())).append(" | ")
                    .append(row.deadline() == null ? "" : "`" + row.deadline() + "`").append(" |\n");
        }
        out.append("\n### Follow-up of each reported employee\n\n```mermaid\nstateDiagram-v2\n")
                .append("    [*] --> TIDAK_TERBUKTI: not proven\n")
                .append("    [*] --> MENUNGGU_TINDAK_LANJUT_PPK: proven, sanction named\n");
        for (ReportWorkflow.TrackRow row : ReportWorkflow.TRACK) {
            if (row.to() != null) {
                for (TrackStatus from : sorted(row.from())) {
                    out.append("    ").append(from).append(" --> ").append(row.to()).append(": ").append(row.action())
                            .append(" (").append(roles(row)).append(")\n");
                }
            }
        }
        out.append("```\n\n| from | action | to | roles | requires | escalation |\n| --- | --- | --- | --- | --- | --- |\n");
        for (ReportWorkflow.TrackRow row : ReportWorkflow.TRACK) {
            out.append("| ").append(states(row.from())).append(" | `").append(row.action()).append("` | ")
                    .append(row.to() == null ? "(stays)" : "`" + row.to() + "`").append(" | ").append(roles(row))
                    .append(" | ").append(fields(row.required())).append(" | ")
                    .append(row.requiresLevel() == null ? "" : "`" + row.requiresLevel() + "` → `" + row.setsLevel() + "`")
                    .append(" |\n");
        }
        return out.append('\n').append(END).toString();
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }

    private static String states(Collection<? extends Enum<?>> states) {
        return states.stream().sorted().map(s -> "`" + s.name() + "`").collect(Collectors.joining(", "));
    }

    /** A decision on an objection or appeal: the role among these that the election's rule names. */
    private static String roles(ReportWorkflow.TrackRow row) {
        return row.decidedByRule() ? "one of " + String.join(" or ", new TreeSet<>(row.roles())) + ", as the election's rule names"
                : roles(row.roles());
    }

    private static String roles(Set<String> roles) {
        return String.join(", ", new TreeSet<>(roles));
    }

    private static String fields(Set<ReportWorkflow.Field> fields) {
        return fields.stream().sorted().map(f -> "`" + f.property + "`").collect(Collectors.joining(", "));
    }

    private static String anyOf(Set<?> values) {
        return values.isEmpty() ? "any" : values.stream().map(v -> "`" + v + "`").sorted()
                .collect(Collectors.joining(", "));
    }
}
