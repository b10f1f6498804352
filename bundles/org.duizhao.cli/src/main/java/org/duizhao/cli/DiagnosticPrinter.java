package org.duizhao.cli;

import java.io.PrintStream;
import java.util.List;

import org.duizhao.cli.ValidateCommand.FileReport;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Findings as lines for people ({@code file:line:col: 错误: message [code]}) or as JSON for tools. */
final class DiagnosticPrinter {

	private final PrintStream out;

	DiagnosticPrinter(PrintStream out) {
		this.out = out;
	}

	void printText(List<FileReport> reports) {
		int[] counts = new int[3];
		for (FileReport report : reports) {
			for (Issue issue : report.issues()) {
				counts[severityIndex(issue.getSeverity())]++;
				out.println(report.path() + ":" + line(issue) + ":" + report.column(issue) + ": " + severityLabel(issue.getSeverity())
						+ ": " + issue.getMessage() + " [" + issue.getCode() + "]");
			}
		}
		out.println(CliMessages.bind(CliMessages.Summary, reports.size(), counts[0], counts[1], counts[2]));
	}

	void printJson(List<FileReport> reports, List<String> problems) {
		int[] counts = new int[3];
		StringBuilder sb = new StringBuilder("{\n  \"files\": [");
		for (int f = 0; f < reports.size(); f++) {
			FileReport report = reports.get(f);
			sb.append(f == 0 ? "\n" : ",\n").append("    {\"path\": ").append(quote(report.path())).append(", \"diagnostics\": [");
			for (int i = 0; i < report.issues().size(); i++) {
				Issue issue = report.issues().get(i);
				counts[severityIndex(issue.getSeverity())]++;
				sb.append(i == 0 ? "\n" : ",\n").append("      {\"line\": ").append(line(issue))
						.append(", \"column\": ").append(report.column(issue))
						.append(", \"offset\": ").append(issue.getOffset())
						.append(", \"length\": ").append(issue.getLength())
						.append(", \"severity\": ").append(quote(issue.getSeverity().name().toLowerCase()))
						.append(", \"code\": ").append(quote(issue.getCode()))
						.append(", \"message\": ").append(quote(issue.getMessage())).append('}');
			}
			sb.append(report.issues().isEmpty() ? "]}" : "\n    ]}");
		}
		sb.append(reports.isEmpty() ? "]" : "\n  ]").append(",\n  \"unreadable\": [");
		for (int p = 0; p < problems.size(); p++) {
			sb.append(p == 0 ? "" : ", ").append(quote(problems.get(p)));
		}
		sb.append("],\n  \"summary\": {\"files\": ").append(reports.size()).append(", \"errors\": ").append(counts[0])
				.append(", \"warnings\": ").append(counts[1]).append(", \"infos\": ").append(counts[2]).append("}\n}");
		out.println(sb);
	}

	private static int line(Issue issue) {
		return issue.getLineNumber() == null ? 1 : issue.getLineNumber();
	}

	private static int severityIndex(Severity severity) {
		return severity == Severity.ERROR ? 0 : severity == Severity.WARNING ? 1 : 2;
	}

	private static String severityLabel(Severity severity) {
		return severity == Severity.ERROR ? CliMessages.Error : severity == Severity.WARNING ? CliMessages.Warning : CliMessages.Info;
	}

	static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder sb = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.append('"').toString();
	}
}
