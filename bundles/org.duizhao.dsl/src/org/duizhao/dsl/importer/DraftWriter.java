package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.importer.AspectMatcher.ProfileAspects;
import org.duizhao.dsl.importer.Draft.Entry;
import org.duizhao.dsl.nodes.StringLiteral;

/**
 * Writes a draft as a .dzr in the layout of the project's formatter, with ids (P1, C1, M1) and links: a cause
 * 针对 the problems of its aspect, a measure 针对 the causes of its aspect (its problems when it has none), so that a
 * complete source passes the completeness checks. Comments keep what had no place, where it stood.
 */
final class DraftWriter {

	private final StringBuilder out = new StringBuilder();
	private int problems;
	private int causes;
	private int measures;

	private DraftWriter() {
	}

	static String report(Draft draft, String source, ProfileAspects profile) {
		DraftWriter w = new DraftWriter();
		w.line("// " + comment(ImportMessages.bind(ImportMessages.Imported, source)));
		w.line("报告 " + StringLiteral.quoted(draft.title == null ? source : draft.title));
		w.field("副标题", draft.subtitle);
		w.field("单位", draft.organization);
		if (draft.scope != null) {
			w.line("类型 " + draft.scope);
		}
		w.field("日期", draft.date);
		w.line("依据 " + profile.name());
		if (draft.preface != null) {
			w.out.append('\n');
			w.field("前言", draft.preface);
		}
		for (Draft.Aspect aspect : draft.aspects) {
			w.out.append('\n');
			if (aspect.id == null) {
				w.notes("", aspect.notes);
				w.line("// 第 " + aspect.line + " 行：" + comment(aspect.heading));
				for (Entry p : aspect.problems) {
					w.notes("", p.notes);
					w.line("// 第 " + p.line + " 行：" + comment(p.headline + p.body + (p.example == null ? "" : p.example)));
				}
				continue;
			}
			w.section(aspect);
		}
		for (Entry c : draft.cases) {
			w.out.append('\n');
			w.notes("", c.notes);
			w.line("案例 " + StringLiteral.quoted(c.headline) + (c.body.isEmpty() ? "" : " " + StringLiteral.quoted(c.body)));
		}
		if (draft.closing != null) {
			w.out.append('\n');
			w.field("结语", draft.closing);
		}
		if (!draft.tailNotes.isEmpty()) {
			w.out.append('\n');
			w.notes("", draft.tailNotes);
		}
		return w.out.toString();
	}

	private void section(Draft.Aspect aspect) {
		line("方面 " + aspect.id + " {");
		notes("\t", aspect.notes);
		List<String> problemIds = new ArrayList<>();
		for (Entry p : aspect.problems) {
			String id = "P" + ++problems;
			problemIds.add(id);
			item("问题", id, p);
			if (p.example != null && !p.example.isEmpty()) {
				line("\t\t例如 " + StringLiteral.quoted(p.example));
			}
		}
		List<String> causeIds = new ArrayList<>();
		for (Entry c : aspect.causes) {
			String id = "C" + ++causes;
			causeIds.add(id);
			item("原因", id, c);
			links(problemIds);
		}
		for (Entry m : aspect.measures) {
			item("措施", "M" + ++measures, m);
			links(causeIds.isEmpty() ? problemIds : causeIds);
			if (m.responsible != null) {
				line("\t\t责任人 " + StringLiteral.quoted(m.responsible));
			}
			if (m.deadline != null) {
				line("\t\t时限 " + StringLiteral.quoted(m.deadline));
			}
		}
		line("}");
	}

	private void item(String keyword, String id, Entry entry) {
		notes("\t", entry.notes);
		line("\t" + keyword + " " + id + " " + StringLiteral.quoted(entry.headline));
		if (!entry.body.isEmpty()) {
			line("\t\t" + StringLiteral.quoted(entry.body));
		}
	}

	private void links(List<String> ids) {
		if (!ids.isEmpty()) {
			line("\t\t针对 " + String.join(", ", ids));
		}
	}

	private void field(String keyword, String value) {
		if (value != null && !value.isBlank()) {
			line(keyword + " " + StringLiteral.quoted(value));
		}
	}

	private void notes(String indent, List<String> notes) {
		for (String note : notes) {
			line(indent + "// " + comment(note));
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	/** Text in a // comment: one line. */
	static String comment(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
	}

	/** A .dzlib holding a profile derived from a report's headings. */
	static String profile(ProfileAspects profile, String source) {
		StringBuilder sb = new StringBuilder();
		sb.append("// ").append(comment(ImportMessages.bind(ImportMessages.Imported, source))).append('\n');
		sb.append("问题库 ").append(StringLiteral.quoted(profile.title() + "（方案）")).append("\n\n");
		sb.append("方案 ").append(profile.name()).append(' ').append(StringLiteral.quoted(profile.title())).append(" {\n");
		for (String[] aspect : profile.aspects()) {
			sb.append("\t方面 ").append(aspect[0]).append(' ').append(StringLiteral.quoted(aspect[1])).append('\n');
		}
		sb.append("}\n");
		return sb.toString();
	}
}
