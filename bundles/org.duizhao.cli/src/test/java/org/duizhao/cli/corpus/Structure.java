package org.duizhao.cli.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.model.FollowupState;

/**
 * The structure of an imported report in the corpus's .expected form (see import-corpus/README.md): profile, type,
 * signature, aspects in order with the first words of each item and the rule that placed each cause and measure,
 * statements of last year's rectification, cases, criticisms, attachments, the parts kept as comments, numbering faults. Parts and faults are compared as sorted sets, since where a
 * reader lists them does not matter.
 */
public record Structure(List<String> ordered, TreeSet<String> parts, TreeSet<String> numbering, List<Deadline> deadlines) {

	/** A measure's line and the deadline stated for it ("" when none), measured apart from the structure. */
	public record Deadline(String measure, String deadline) {
	}

	/** The structure an .expected file states. */
	public static Structure expected(List<String> lines) {
		List<String> ordered = new ArrayList<>();
		TreeSet<String> parts = new TreeSet<>();
		TreeSet<String> numbering = new TreeSet<>();
		List<Deadline> deadlines = new ArrayList<>();
		for (String raw : lines) {
			String line = raw.strip().replaceAll("\\s+", " ");
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("措施 ")) {
				deadlines.add(new Deadline(line, ""));
			}
			if (line.startsWith("时限 ")) {
				if (deadlines.isEmpty()) {
					throw new IllegalArgumentException("a 时限 line before any 措施 line: " + line);
				}
				Deadline last = deadlines.remove(deadlines.size() - 1);
				deadlines.add(new Deadline(last.measure(), line.substring(3)));
			} else if (line.startsWith("部分 ")) {
				parts.add(line);
			} else if (line.startsWith("编号 ")) {
				numbering.add(line);
			} else {
				ordered.add(line);
			}
		}
		return new Structure(ordered, parts, numbering, deadlines);
	}

	/** The structure the importer read. */
	public static Structure of(ReportImport.Result result) {
		Draft draft = result.draft();
		List<String> ordered = new ArrayList<>();
		List<Deadline> deadlines = new ArrayList<>();
		ordered.add("方案 " + (result.derived().isPresent() ? "派生" : result.profile().name()));
		draft.head().scope().ifPresent(s -> ordered.add("类型 " + ReportSyntax.Keyword.of(s).word()));
		draft.head().author().ifPresent(s -> ordered.add("署名 " + s));
		draft.head().organization().ifPresent(s -> ordered.add("单位 " + s));
		draft.head().date().ifPresent(s -> ordered.add("日期 " + s));
		for (Draft.Followup f : draft.followups()) {
			ordered.add("整改 " + f.state().map(FollowupState::getLiteral).orElse("无") + (f.reason().isPresent() ? " 原因" : ""));
		}
		for (Draft.Aspect aspect : draft.aspects()) {
			String name = result.derived().isPresent()
					? result.profile().aspects().stream().filter(a -> a.id().equals(aspect.id().orElse(""))).findFirst()
							.map(a -> a.label()).orElse(aspect.heading())
					: aspect.id().orElse("？" + aspect.heading());
			ordered.add("方面 " + name);
			aspect.problems().forEach(p -> ordered.add("问题 " + first(p)));
			for (Draft.Item c : aspect.causes()) {
				ordered.add("原因 " + first(c) + " " + rule(draft, c));
			}
			for (Draft.Item m : aspect.measures()) {
				ordered.add("措施 " + first(m) + " " + rule(draft, m));
				deadlines.add(new Deadline(ordered.get(ordered.size() - 1), m.deadline().orElse("")));
			}
		}
		draft.cases().forEach(c -> ordered.add("案例 " + first(c)));
		for (Draft.Criticism c : draft.criticisms()) {
			ordered.add("批评 " + (c.received() ? "来自 " : "对 ") + c.name() + (c.response().isPresent() ? " 回应" : ""));
		}
		draft.statements().forEach(st -> ordered.add("说明 " + first(st.heading())));
		draft.enclosures().forEach(e -> ordered.add("附件 " + first(e.name())));
		TreeSet<String> parts = new TreeSet<>();
		draft.kept().forEach(part -> parts.add("部分 " + part.label()));
		// a part read as a 说明 (个人有关事项), when its heading named one
		draft.statements().forEach(statement -> statement.part().ifPresent(part -> parts.add("部分 " + part.label())));
		TreeSet<String> numbering = new TreeSet<>();
		for (Draft.Finding f : draft.findings()) {
			String kind = switch (f.kind()) {
			case NUMBER_ORDER -> "顺序";
			case NUMBER_TWICE -> "重复";
			case NUMBER_GAP -> "缺失";
			default -> null;
			};
			if (kind != null) {
				numbering.add("编号 " + f.place().line() + ":" + f.place().column() + " " + kind);
			}
		}
		return new Structure(ordered, parts, numbering, deadlines);
	}

	private static String first(Draft.Item item) {
		return first(item.headline() + item.body());
	}

	private static String first(String words) {
		String text = words.replaceAll("\\s+", "");
		return text.length() > 6 ? text.substring(0, 6) : text;
	}

	private static String rule(Draft draft, Draft.Item item) {
		return draft.attachments().stream().filter(a -> a.item() == item).findFirst().map(a -> switch (a.rule()) {
		case OWN_ASPECT -> "本方面";
		case MEANING -> "含义";
		case POSITION, COVER -> "位置";
		case NOWHERE -> "无";
		}).orElse("？");
	}

	/** The lines both have, against the lines either has: 1 when they agree exactly. */
	public double agreement(Structure other) {
		List<String> mine = all();
		List<String> theirs = new ArrayList<>(other.all());
		int common = 0;
		for (String line : mine) {
			if (theirs.remove(line)) {
				common++;
			}
		}
		int total = mine.size() + other.all().size();
		return total == 0 ? 1 : 2.0 * common / total;
	}

	private List<String> all() {
		List<String> all = new ArrayList<>(ordered);
		all.addAll(parts);
		all.addAll(numbering);
		return all;
	}

	/** The whole structure as text, for an exact comparison with a readable difference. */
	public String text() {
		return String.join("\n", all());
	}
}
