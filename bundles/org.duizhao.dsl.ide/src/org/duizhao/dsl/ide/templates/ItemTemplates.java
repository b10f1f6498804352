package org.duizhao.dsl.ide.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Aspect;
import org.duizhao.model.FollowupState;
import org.duizhao.model.ItemKind;
import org.duizhao.model.MeasureState;
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
		return ReportSyntax.itemWithLiteral(Keyword.PROBLEM, id, TO_FILL);
	}

	public static String cause(String id, List<String> explains) {
		return ReportSyntax.itemWithLiteral(Keyword.CAUSE, id, TO_FILL) + targets(explains);
	}

	/** A measure with the ledger fields its profile requires. */
	public static String measure(String id, List<String> answers, Profile profile) {
		return ReportSyntax.itemWithLiteral(Keyword.MEASURE, id, TO_FILL) + targets(answers) + ledger(profile);
	}

	/**
	 * An item whose wording comes from a library: headline and body as written there (on one line), the 针对 links
	 * and ledger fields a new item needs, and 来自 naming the library.
	 */
	public static String fromLibrary(ItemKind kind, String id, String headline, String body, String origin,
			List<String> targets, Profile profile) {
		StringBuilder sb = new StringBuilder(ReportSyntax.item(Keyword.of(kind), id, headline, body));
		if (kind != ItemKind.PROBLEM) {
			sb.append(targets(targets));
		}
		if (kind == ItemKind.MEASURE) {
			sb.append(ledger(profile));
		}
		return sb.append(' ').append(ReportSyntax.text(Keyword.FROM, origin)).toString();
	}

	/** The same item with a [待填] body after its headline, for templates a writer fills in completely. */
	public static String withBody(String item) {
		return item.replaceFirst(Pattern.quote(TO_FILL), Matcher.quoteReplacement(TO_FILL + " " + TO_FILL));
	}

	/** A section with one problem, cause and measure, linked so that only the texts remain to write. */
	public static String section(Aspect aspect, Profile profile, String problemId, String causeId, String measureId) {
		return ReportSyntax.section(aspect.getName(),
				List.of(problem(problemId), cause(causeId, List.of(problemId)), measure(measureId, List.of(problemId), profile)));
	}

	/** A new report with a header and a section skeleton for every aspect of the profile. */
	public static String report(Profile profile, Scope scope, String organization, String title, LocalDate date) {
		StringBuilder sb = new StringBuilder();
		sb.append(ReportSyntax.text(Keyword.REPORT, filled(title))).append('\n');
		sb.append(ReportSyntax.text(Keyword.ORGANIZATION, filled(organization))).append('\n');
		sb.append(ReportSyntax.name(Keyword.SCOPE, Keyword.of(scope).word())).append('\n');
		sb.append(ReportSyntax.text(Keyword.DATE, date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日")).append('\n');
		sb.append(ReportSyntax.name(Keyword.FOLLOWS, profile.getName())).append('\n');
		sb.append('\n').append(ReportSyntax.name(Keyword.PREFACE, TO_FILL)).append('\n');
		List<Part> parts = Part.requiredBy(profile, scope);
		for (Part part : parts) {
			if (part == Part.PREVIOUS || part == Part.OPINIONS) {
				sb.append('\n').append(part(part, organization, scope)).append('\n');
			}
		}
		int n = 1;
		for (Aspect aspect : profile.getAspects()) {
			sb.append('\n').append(section(aspect, profile, "P" + n, "C" + n, "M" + n)).append('\n');
			n++;
		}
		for (Part part : parts) {
			if (part != Part.PREVIOUS && part != Part.OPINIONS) {
				sb.append('\n').append(part(part, organization, scope)).append('\n');
			}
		}
		return sb.toString();
	}

	/**
	 * A part a profile requires, to fill in: 上年度整改 naming the file still to choose, one opinion, one criticism
	 * each way, 落款 with the unit of a group report. Several lines, unindented.
	 */
	public static String part(Part part, String organization, Scope scope) {
		return switch (part) {
		case PREVIOUS -> ReportSyntax.name(Keyword.PREVIOUS, "\"" + Placeholders.TO_FILL_PREVIOUS_FILE + "\"") + " {\n}";
		case OPINIONS -> ReportSyntax.name(Keyword.OPINIONS, "{\n\t" + ReportSyntax.itemWithLiteral(Keyword.OPINION, "Y1", TO_FILL) + "\n}");
		case CASE -> ReportSyntax.itemWithLiteral(Keyword.CASE, "", TO_FILL).replace("  ", " ") + " " + TO_FILL;
		case CRITICISM -> ReportSyntax.name(Keyword.CRITICISM, "{\n\t" + Keyword.TO.word() + " " + TO_FILL + " " + TO_FILL + "\n\t"
				+ Keyword.FROM.word() + " " + TO_FILL + " " + TO_FILL + " " + ReportSyntax.name(Keyword.RESPONSE, TO_FILL) + "\n}");
		case SIGNATURE -> ReportSyntax.text(Keyword.SIGNATURE,
				scope != Scope.PERSONAL && organization != null && !organization.isBlank() ? organization : Placeholders.TO_FILL);
		};
	}

	/** 说明 "个人有关事项" { "[待填]" }: the part reports most often write under a heading of their own. */
	public static String statement() {
		return ReportSyntax.statement(IdeMessages.StatementHeading, List.of(Placeholders.TO_FILL));
	}

	/**
	 * A line of 上年度整改 for a measure of last year's report: its state filled from last year's ledger when it had
	 * one (推进中 there is 持续推进 now, 未开始 is 未完成), the sentence to write, and the reason an unfinished one needs.
	 */
	public static String followup(String measureId, String headline, Optional<MeasureState> ledgerState) {
		Optional<FollowupState> state = ledgerState.map(s -> switch (s) {
		case DONE -> FollowupState.DONE;
		case IN_PROGRESS -> FollowupState.CONTINUING;
		case NOT_STARTED -> FollowupState.NOT_DONE;
		});
		StringBuilder sb = new StringBuilder(ReportSyntax.comment(measureId + " " + headline)).append('\n');
		sb.append(Keyword.FOLLOWUP.word()).append(' ').append(measureId);
		state.ifPresent(s -> sb.append(' ').append(s.getLiteral()));
		sb.append(' ').append(TO_FILL);
		if (state.filter(s -> s == FollowupState.NOT_DONE).isPresent()) {
			sb.append(' ').append(ReportSyntax.name(Keyword.REASON, TO_FILL));
		}
		return sb.toString();
	}

	private static String targets(List<String> names) {
		return names.isEmpty() ? "" : " " + ReportSyntax.links(names);
	}

	/** The 责任人 and 时限 a profile requires, as [待填]. */
	private static String ledger(Profile profile) {
		return (profile.isRequiresResponsible() ? " " + ReportSyntax.name(Keyword.OWNER, TO_FILL) : "")
				+ (profile.isRequiresDeadline() ? " " + ReportSyntax.name(Keyword.DEADLINE, TO_FILL) : "");
	}

	/** A field of the new report; what the user left empty becomes [待填]. */
	private static String filled(String text) {
		return text == null || text.isBlank() ? Placeholders.TO_FILL : text;
	}
}
