package org.duizhao.dsl.ide.templates;

import java.time.LocalDate;
import java.util.List;

import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Aspect;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Profile;
import org.duizhao.model.Scope;

/**
 * The text of new items, sections and reports as fixes, content assist and the New Report wizard insert them.
 * Where the writer still has to type stands [待填], which the placeholder check marks until it is replaced.
 */
public final class ItemTemplates {

	public static final String TO_FILL = "\"" + Placeholders.TO_FILL + "\"";

	private ItemTemplates() {
	}

	public static String problem(String id) {
		return "问题 " + id + " " + TO_FILL;
	}

	public static String cause(String id, List<String> explains) {
		return "原因 " + id + " " + TO_FILL + targets(explains);
	}

	/** A measure with the ledger fields its profile requires. */
	public static String measure(String id, List<String> answers, Profile profile) {
		StringBuilder sb = new StringBuilder("措施 ").append(id).append(' ').append(TO_FILL).append(targets(answers));
		if (profile.isRequiresResponsible()) {
			sb.append(" 责任人 ").append(TO_FILL);
		}
		if (profile.isRequiresDeadline()) {
			sb.append(" 时限 ").append(TO_FILL);
		}
		return sb.toString();
	}

	/**
	 * An item whose wording comes from a library: headline and body as written there (on one line), the 针对 links
	 * and ledger fields a new item needs, and 来自 naming the library.
	 */
	public static String fromLibrary(ItemKind kind, String id, String headline, String body, String origin,
			List<String> targets, Profile profile) {
		String keyword = switch (kind) {
		case PROBLEM -> "问题";
		case CAUSE -> "原因";
		case MEASURE -> "措施";
		};
		StringBuilder sb = new StringBuilder(keyword).append(' ').append(id).append(' ').append(StringLiteral.quoted(headline));
		if (body != null && !body.isBlank()) {
			sb.append(' ').append(StringLiteral.quoted(body));
		}
		if (kind != ItemKind.PROBLEM) {
			sb.append(targets(targets));
		}
		if (kind == ItemKind.MEASURE) {
			sb.append(profile.isRequiresResponsible() ? " 责任人 " + TO_FILL : "");
			sb.append(profile.isRequiresDeadline() ? " 时限 " + TO_FILL : "");
		}
		return sb.append(" 来自 ").append(StringLiteral.quoted(origin)).toString();
	}

	/** The same item with a [待填] body after its headline, for templates a writer fills in completely. */
	public static String withBody(String item) {
		return item.replaceFirst(java.util.regex.Pattern.quote(TO_FILL), java.util.regex.Matcher.quoteReplacement(TO_FILL + " " + TO_FILL));
	}

	/** A section with one problem, cause and measure, linked so that only the texts remain to write. */
	public static String section(Aspect aspect, Profile profile, String problemId, String causeId, String measureId) {
		return "方面 " + aspect.getName() + " {\n"
				+ "\t" + problem(problemId) + "\n"
				+ "\t" + cause(causeId, List.of(problemId)) + "\n"
				+ "\t" + measure(measureId, List.of(problemId), profile) + "\n"
				+ "}";
	}

	/** A new report with a header and a section skeleton for every aspect of the profile. */
	public static String report(Profile profile, Scope scope, String organization, String title, LocalDate date) {
		StringBuilder sb = new StringBuilder();
		sb.append("报告 ").append(quote(title)).append('\n');
		sb.append("单位 ").append(quote(organization)).append('\n');
		sb.append("类型 ").append(scope == Scope.PERSONAL ? "个人" : "班子").append('\n');
		sb.append("日期 ").append(quote(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日")).append('\n');
		sb.append("依据 ").append(profile.getName()).append('\n');
		sb.append('\n').append("前言 ").append(TO_FILL).append('\n');
		int n = 1;
		for (Aspect aspect : profile.getAspects()) {
			sb.append('\n').append(section(aspect, profile, "P" + n, "C" + n, "M" + n)).append('\n');
			n++;
		}
		return sb.toString();
	}

	private static String targets(List<String> names) {
		return names.isEmpty() ? "" : " 针对 " + String.join(", ", names);
	}

	/** A field of the new report; what the user left empty becomes [待填]. */
	private static String quote(String text) {
		return StringLiteral.quoted(text == null || text.isBlank() ? Placeholders.TO_FILL : text);
	}
}
