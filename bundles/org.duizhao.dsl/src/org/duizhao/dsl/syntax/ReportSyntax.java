package org.duizhao.dsl.syntax;

import java.util.List;
import java.util.Optional;

import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Scope;

/**
 * The one place that writes report and library syntax: importers, the library writer, item templates, quick fixes,
 * content assist, library insertion and the benchmark's generator build their text from these pieces instead of
 * typing keywords. Each piece is a line or part of a line in the formatter's layout; the formatter has the last word.
 * Adding a keyword touches the grammar and {@link Keyword}; a test checks that every keyword here is one of the
 * grammar's.
 */
public final class ReportSyntax {

	/** The Chinese keywords of the grammar (Duizhao.xtext), as the writers use them. */
	public enum Keyword {
		REPORT("报告"), SUBTITLE("副标题"), ORGANIZATION("单位"), SCOPE("类型"), DATE("日期"), FOLLOWS("依据"),
		USES("使用"), PREFACE("前言"), HEADING("标题"), LEAD("导语"), ASPECT("方面"), PROBLEM("问题"), CAUSE("原因"), MEASURE("措施"), EXAMPLE("例如"),
		FOR("针对"), OWNER("责任人"), DEADLINE("时限"), STATUS("状态"), FROM("来自"), CASE("案例"), CLOSING("结语"), ATTACHMENTS("附件"),
		PREVIOUS("上年度整改"), FOLLOWUP("整改"), REASON("原因"), OPINIONS("征求意见"), TOTAL("共"), ITEMS("条"),
		OPINION("意见"), CLAIMED("认领"), ANSWER("说明"), CRITICISM("相互批评"), TO("对"), RESPONSE("回应"), STATEMENT("说明"),
		SIGNATURE("落款"), REVIEW_WORDS("审核词"), REVIEW_SEVERITY("审核级别"),
		LIBRARY("问题库"), SOURCE("来源"), VERSION("版本"), PROFILE("方案"), REQUIRES("必填"), SEVERITY("级别"), TAGS("标签"),
		GROUP("班子"), PERSONAL("个人");

		private final String word;

		Keyword(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

		/** The keyword an item of {@code kind} starts with. */
		public static Keyword of(ItemKind kind) {
			return switch (kind) {
			case PROBLEM -> PROBLEM;
			case CAUSE -> CAUSE;
			case MEASURE -> MEASURE;
			};
		}

		/** The word of a report's 类型. */
		public static Keyword of(Scope scope) {
			return scope == Scope.PERSONAL ? PERSONAL : GROUP;
		}
	}

	private ReportSyntax() {
	}

	/** {@code 单位 "…"}: a keyword and a text. */
	public static String text(Keyword keyword, String value) {
		return keyword.word() + " " + StringLiteral.quoted(value);
	}

	/** {@code 依据 主题教育2023}, {@code 类型 班子}, {@code 前言 "[待填]"}: a keyword and a token as written. */
	public static String name(Keyword keyword, String name) {
		return keyword.word() + " " + name;
	}

	/** {@code 附件 "……", "……"}: the names of the documents attached. */
	public static String attachments(List<String> names) {
		return Keyword.ATTACHMENTS.word() + " " + String.join(", ", names.stream().map(StringLiteral::quoted).toList());
	}

	/** {@code 标题 问题 "存在的主要问题"}: a part's heading as the report writes it. */
	public static String heading(ItemKind part, String text) {
		return Keyword.HEADING.word() + " " + Keyword.of(part).word() + " " + StringLiteral.quoted(text);
	}

	/** {@code 导语 原因 "……"}: the words that open a part of the report. */
	public static String lead(ItemKind part, String text) {
		return Keyword.LEAD.word() + " " + Keyword.of(part).word() + " " + StringLiteral.quoted(text);
	}

	/** {@code 问题 P1 "headline" "body"}: an item's start; the body only when there is one. */
	public static String item(Keyword kind, String id, String headline, String body) {
		StringBuilder sb = new StringBuilder(kind.word());
		if (id != null && !id.isEmpty()) {
			sb.append(' ').append(id);
		}
		sb.append(' ').append(StringLiteral.quoted(headline));
		if (body != null && !body.isBlank()) {
			sb.append(' ').append(StringLiteral.quoted(body));
		}
		return sb.toString();
	}

	/** {@code 问题 P1 "…"} with a text already in the language's form (a quoted placeholder). */
	public static String itemWithLiteral(Keyword kind, String id, String literal) {
		return kind.word() + " " + id + " " + literal;
	}

	/** {@code 针对 P1, C2}, or nothing for no ids. */
	public static String links(List<String> ids) {
		return ids.isEmpty() ? "" : Keyword.FOR.word() + " " + String.join(", ", ids);
	}

	/** {@code 方面 理论学习 {}, the lines indented one tab, and {@code }}. */
	public static String section(String aspect, List<String> lines) {
		StringBuilder sb = new StringBuilder(Keyword.ASPECT.word()).append(' ').append(aspect).append(" {\n");
		for (String line : lines) {
			sb.append('\t').append(line.replace("\n", "\n\t")).append('\n');
		}
		return sb.append('}').toString();
	}

	/** {@code 方面 理论学习 "label"}: an aspect of a profile. */
	public static String aspect(String id, String label) {
		return Keyword.ASPECT.word() + " " + id + (label == null || label.equals(id) ? "" : " " + StringLiteral.quoted(label));
	}

	/** {@code 整改 上年1 持续推进 "…" 原因 "…"}: a statement of 上年度整改; the state and the reason when there are. */
	public static String followup(String id, Optional<String> state, String text, Optional<String> reason) {
		return name(Keyword.FOLLOWUP, id) + state.map(st -> " " + st).orElse("") + " " + StringLiteral.quoted(text)
				+ reason.map(r -> " " + text(Keyword.REASON, r)).orElse("");
	}

	/** {@code 意见 Y3 "…" 说明 "…"}: an opinion of 征求意见, with its answer when there is one. */
	public static String opinion(String id, String text, Optional<String> answer) {
		return name(Keyword.OPINION, id) + " " + StringLiteral.quoted(text) + answer.map(a -> " " + text(Keyword.ANSWER, a)).orElse("");
	}

	/** {@code 对 "林某" "…"} or {@code 来自 "李某" "…" 回应 "…"}: a criticism of 相互批评. */
	public static String criticism(boolean received, String person, String text, Optional<String> response) {
		return text(received ? Keyword.FROM : Keyword.TO, person) + " " + StringLiteral.quoted(text)
				+ response.map(r -> " " + text(Keyword.RESPONSE, r)).orElse("");
	}

	/** {@code 说明 "个人有关事项" { "…" }}: a part under its own heading, a paragraph a line. */
	public static String statement(String heading, List<String> paragraphs) {
		StringBuilder out = new StringBuilder(text(Keyword.STATEMENT, heading)).append(" {\n");
		paragraphs.forEach(p -> out.append('\t').append(StringLiteral.quoted(p)).append('\n'));
		return out.append('}').toString();
	}

	/** {@code 落款 "…" "日期"}: who signs, and the date under the name when there is one. */
	public static String signature(String signer, Optional<String> date) {
		return text(Keyword.SIGNATURE, signer) + date.map(d -> " " + StringLiteral.quoted(d)).orElse("");
	}

	/** {@code // text} on one line, whatever line breaks the text has. */
	public static String comment(String text) {
		return "// " + (text == null ? "" : text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " "));
	}
}
