package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.model.Profile;
import org.duizhao.model.Scope;
import org.eclipse.emf.common.util.URI;

/**
 * A profile as the importers see it: its name and title, its aspects (id and label), the name of the user's file
 * that defines it (none for a built-in profile) — the import says which file decided the aspects — and what it
 * requires (the words after 必填, as the .dzlib writes them), which a profile derived in its place carries on.
 */
public record ProfileAspects(String name, String title, List<AspectName> aspects, Optional<String> file, List<String> requires) {

	/** An aspect of a profile: its id and the label its heading reads (the id when there is none). */
	public record AspectName(String id, String label) {

		public AspectName {
			label = label == null || label.isBlank() ? id : label;
		}
	}

	/** What every report's measures owe the ledger (整改台账): who answers for each, and by when. */
	public static final List<String> LEDGER = List.of(Keyword.OWNER.word(), Keyword.DEADLINE.word());

	public ProfileAspects(String name, String title, List<AspectName> aspects) {
		this(name, title, aspects, Optional.empty(), List.of());
	}

	public ProfileAspects(String name, String title, List<AspectName> aspects, Optional<String> file) {
		this(name, title, aspects, file, List.of());
	}

	public static ProfileAspects of(Profile profile) {
		return new ProfileAspects(profile.getName(), profile.getTitle() == null ? profile.getName() : profile.getTitle(),
				profile.getAspects().stream().map(a -> new AspectName(a.getName(), a.getLabel())).toList(), fileOf(profile), requires(profile));
	}

	/** The same profile requiring {@code newRequires}. */
	public ProfileAspects requiring(List<String> newRequires) {
		return new ProfileAspects(name, title, aspects, file, List.copyOf(newRequires));
	}

	private static List<String> requires(Profile profile) {
		List<String> words = new ArrayList<>();
		add(words, profile.isRequiresResponsible(), Keyword.OWNER);
		add(words, profile.isRequiresDeadline(), Keyword.DEADLINE);
		// 相互批评 as required of a personal report: the profile's word, whoever writes
		for (Part part : Part.values()) {
			add(words, part.requiredIn(profile, Scope.PERSONAL), part.keyword());
		}
		return List.copyOf(words);
	}

	private static void add(List<String> words, boolean required, Keyword keyword) {
		if (required) {
			words.add(keyword.word());
		}
	}

	private static Optional<String> fileOf(Profile profile) {
		URI uri = profile.eResource() == null ? null : profile.eResource().getURI();
		return uri != null && uri.isFile() && uri.lastSegment() != null ? Optional.of(URI.decode(uri.lastSegment())) : Optional.empty();
	}
}
