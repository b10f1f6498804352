package org.duizhao.dsl.nodes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.text.OpinionsTold;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;

/**
 * The parts of a report besides its aspects that a profile can require (必填), in the order notices put them: the
 * check of what is missing, the fix that adds it and the New Report wizard all go by this list.
 */
public enum Part {
	PREVIOUS(Keyword.PREVIOUS, Profile::isRequiresPrevious, r -> r.getPrevious() != null),
	/** Told in a part of its own, or with their count in the preface, as many reports tell it. */
	OPINIONS(Keyword.OPINIONS, Profile::isRequiresOpinions, r -> r.getOpinions() != null || r.getPreface() != null && OpinionsTold.in(StringLiteral.joined(r.getPreface()))),
	CASE(Keyword.CASE, Profile::isRequiresCaseAnalysis, r -> !r.getCases().isEmpty()),
	CRITICISM(Keyword.CRITICISM, Profile::isRequiresCriticism, r -> r.getCriticism() != null),
	SIGNATURE(Keyword.SIGNATURE, Profile::isRequiresSignature, r -> r.getSignature() != null);

	private final Keyword keyword;
	private final Predicate<Profile> required;
	private final Predicate<Report> present;

	Part(Keyword keyword, Predicate<Profile> required, Predicate<Report> present) {
		this.keyword = keyword;
		this.required = required;
		this.present = present;
	}

	public Keyword keyword() {
		return keyword;
	}

	/** The word a writer knows the part by (上年度整改, 征求意见 …), the keyword that starts it. */
	public String word() {
		return keyword.word();
	}

	/** Mutual criticism belongs to a personal report: a group report has none even when the profile asks for it. */
	public boolean requiredIn(Profile profile, Scope scope) {
		return required.test(profile) && (this != CRITICISM || scope == Scope.PERSONAL);
	}

	public boolean presentIn(Report report) {
		return present.test(report);
	}

	/** The parts {@code profile} requires of a report of {@code scope}, in order. */
	public static List<Part> requiredBy(Profile profile, Scope scope) {
		return Arrays.stream(values()).filter(p -> p.requiredIn(profile, scope)).toList();
	}

	public static Optional<Part> named(String word) {
		return Arrays.stream(values()).filter(p -> p.word().equals(word)).findFirst();
	}
}
