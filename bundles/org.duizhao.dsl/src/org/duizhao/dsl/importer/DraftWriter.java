package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.dsl.importer.Draft.Item;
import org.duizhao.dsl.nodes.StringLiteral;

/**
 * Writes a draft as a .dzr, with ids (P1, C1, M1) and links: a cause 针对 the problems of its aspect, a measure
 * 针对 the causes of its aspect (its problems when it has none), so that a complete source passes the completeness
 * checks. Comments keep what had no place, where it stood. The formatter has the last word on the layout.
 */
final class DraftWriter {

	private final StringBuilder out = new StringBuilder();
	private final DraftReader.Unit unit;
	private int problems;
	private int causes;
	private int measures;

	private DraftWriter(DraftReader.Unit unit) {
		this.unit = unit;
	}

	static String report(Draft draft, String source, ProfileAspects profile, DraftReader.Unit unit) {
		DraftWriter w = new DraftWriter(unit);
		Draft.Head head = draft.head();
		w.line("// " + comment(ImportMessages.bind(ImportMessages.Imported, source)));
		w.line("报告 " + StringLiteral.quoted(head.title().orElse(source)));
		w.field("副标题", head.subtitle());
		w.field("单位", head.organization());
		w.field("署名", head.author());
		head.scope().ifPresent(scope -> w.line("类型 " + scope));
		w.field("日期", head.date());
		w.line("依据 " + profile.name());
		if (head.preface().isPresent()) {
			w.out.append('\n');
			w.field("前言", head.preface());
		}
		for (Draft.Aspect aspect : draft.aspects()) {
			w.out.append('\n');
			if (aspect.id().isPresent()) {
				w.section(aspect);
			} else {
				w.asComments(aspect);
			}
		}
		for (Item c : draft.cases()) {
			w.out.append('\n');
			w.notes("", c.notes());
			w.line("案例 " + StringLiteral.quoted(c.headline()) + (c.body().isEmpty() ? "" : " " + StringLiteral.quoted(c.body())));
		}
		if (head.closing().isPresent()) {
			w.out.append('\n');
			w.field("结语", head.closing());
		}
		if (!draft.tailNotes().isEmpty()) {
			w.out.append('\n');
			w.notes("", draft.tailNotes());
		}
		return w.out.toString();
	}

	/** An aspect the profile does not have: every word of it kept, as comments. */
	private void asComments(Draft.Aspect aspect) {
		notes("", aspect.notes());
		line("// " + unit.at(aspect.place().line()) + "：" + comment(aspect.heading()));
		List<Item> all = new ArrayList<>(aspect.problems());
		all.addAll(aspect.causes());
		all.addAll(aspect.measures());
		for (Item item : all) {
			notes("", item.notes());
			line("// " + unit.at(item.place().line()) + "：" + comment(item.text() + item.responsible().orElse("") + item.deadline().orElse("")));
		}
	}

	private void section(Draft.Aspect aspect) {
		line("方面 " + aspect.id().orElseThrow() + " {");
		notes("\t", aspect.notes());
		List<String> problemIds = new ArrayList<>();
		for (Item p : aspect.problems()) {
			String id = "P" + ++problems;
			problemIds.add(id);
			item("问题", id, p);
			p.example().filter(e -> !e.isEmpty()).ifPresent(e -> line("\t\t例如 " + StringLiteral.quoted(e)));
		}
		List<String> causeIds = new ArrayList<>();
		for (Item c : aspect.causes()) {
			String id = "C" + ++causes;
			causeIds.add(id);
			item("原因", id, c);
			links(problemIds);
		}
		for (Item m : aspect.measures()) {
			item("措施", "M" + ++measures, m);
			links(causeIds.isEmpty() ? problemIds : causeIds);
			m.responsible().ifPresent(r -> line("\t\t责任人 " + StringLiteral.quoted(r)));
			m.deadline().ifPresent(d -> line("\t\t时限 " + StringLiteral.quoted(d)));
		}
		line("}");
	}

	private void item(String keyword, String id, Item entry) {
		notes("\t", entry.notes());
		line("\t" + keyword + " " + id + " " + StringLiteral.quoted(entry.headline()));
		if (!entry.body().isEmpty()) {
			line("\t\t" + StringLiteral.quoted(entry.body()));
		}
	}

	private void links(List<String> ids) {
		if (!ids.isEmpty()) {
			line("\t\t针对 " + String.join(", ", ids));
		}
	}

	private void field(String keyword, Optional<String> value) {
		value.filter(v -> !v.isBlank()).ifPresent(v -> line(keyword + " " + StringLiteral.quoted(v)));
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
		return text == null ? "" : text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
	}

	/** A .dzlib holding a profile derived from a report's headings. */
	static String profile(ProfileAspects profile, String source) {
		StringBuilder sb = new StringBuilder();
		sb.append("// ").append(comment(ImportMessages.bind(ImportMessages.Imported, source))).append('\n');
		sb.append("问题库 ").append(StringLiteral.quoted(profile.title() + "（方案）")).append("\n\n");
		sb.append("方案 ").append(profile.name()).append(' ').append(StringLiteral.quoted(profile.title())).append(" {\n");
		for (ProfileAspects.AspectName aspect : profile.aspects()) {
			sb.append("\t方面 ").append(aspect.id()).append(' ').append(StringLiteral.quoted(aspect.label())).append('\n');
		}
		sb.append("}\n");
		return sb.toString();
	}
}
