package org.duizhao.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.duizhao.cli.ValidateCommand.FileReport;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

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

	/** {files: [{path, diagnostics: [{line, column, offset, length, severity, code, message}]}], unreadable, summary}. */
	void printJson(List<FileReport> reports, List<String> problems) {
		int[] counts = new int[3];
		JsonArray files = new JsonArray();
		for (FileReport report : reports) {
			JsonArray diagnostics = new JsonArray();
			for (Issue issue : report.issues()) {
				counts[severityIndex(issue.getSeverity())]++;
				JsonObject diagnostic = new JsonObject();
				diagnostic.addProperty("line", line(issue));
				diagnostic.addProperty("column", report.column(issue));
				diagnostic.addProperty("offset", issue.getOffset());
				diagnostic.addProperty("length", issue.getLength());
				diagnostic.addProperty("severity", issue.getSeverity().name().toLowerCase(Locale.ROOT));
				diagnostic.addProperty("code", issue.getCode());
				diagnostic.addProperty("message", issue.getMessage());
				diagnostics.add(diagnostic);
			}
			JsonObject file = new JsonObject();
			file.addProperty("path", report.path());
			file.add("diagnostics", diagnostics);
			files.add(file);
		}
		JsonArray unreadable = new JsonArray();
		problems.forEach(unreadable::add);
		JsonObject summary = new JsonObject();
		summary.addProperty("files", reports.size());
		summary.addProperty("errors", counts[0]);
		summary.addProperty("warnings", counts[1]);
		summary.addProperty("infos", counts[2]);
		JsonObject root = new JsonObject();
		root.add("files", files);
		root.add("unreadable", unreadable);
		root.add("summary", summary);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
	}

	/**
	 * The JSON of a run that could not check at all (memory ran out, a library folder is missing): the same shape,
	 * nothing checked, and the reason, so that a program reading stdout always gets JSON.
	 */
	void printFailure(String reason, List<String> unreadable) {
		JsonObject summary = new JsonObject();
		summary.addProperty("files", 0);
		summary.addProperty("errors", 0);
		summary.addProperty("warnings", 0);
		summary.addProperty("infos", 0);
		JsonArray problems = new JsonArray();
		unreadable.forEach(problems::add);
		JsonObject root = new JsonObject();
		root.add("files", new JsonArray());
		root.add("unreadable", problems);
		root.add("summary", summary);
		root.addProperty("error", reason);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
	}

	private static int line(Issue issue) {
		return issue.getLineNumber() == null ? 1 : issue.getLineNumber();
	}

	private static int severityIndex(Severity severity) {
		return severity == Severity.ERROR ? 0 : severity == Severity.WARNING ? 1 : 2;
	}

	static String severityLabel(Severity severity) {
		return severity == Severity.ERROR ? CliMessages.Error : severity == Severity.WARNING ? CliMessages.Warning : CliMessages.Info;
	}
}
