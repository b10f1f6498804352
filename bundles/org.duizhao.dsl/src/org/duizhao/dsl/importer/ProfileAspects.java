package org.duizhao.dsl.importer;

import java.util.List;
import java.util.Optional;

import org.duizhao.model.Profile;
import org.eclipse.emf.common.util.URI;

/**
 * A profile as the importers see it: its name and title, its aspects (id and label), and the name of the user's file
 * that defines it (none for a built-in profile) — the import says which file decided the aspects.
 */
public record ProfileAspects(String name, String title, List<AspectName> aspects, Optional<String> file) {

	/** An aspect of a profile: its id and the label its heading reads (the id when there is none). */
	public record AspectName(String id, String label) {

		public AspectName {
			label = label == null || label.isBlank() ? id : label;
		}
	}

	public ProfileAspects(String name, String title, List<AspectName> aspects) {
		this(name, title, aspects, Optional.empty());
	}

	public static ProfileAspects of(Profile profile) {
		return new ProfileAspects(profile.getName(), profile.getTitle() == null ? profile.getName() : profile.getTitle(),
				profile.getAspects().stream().map(a -> new AspectName(a.getName(), a.getLabel())).toList(), fileOf(profile));
	}

	private static Optional<String> fileOf(Profile profile) {
		URI uri = profile.eResource() == null ? null : profile.eResource().getURI();
		return uri != null && uri.isFile() && uri.lastSegment() != null ? Optional.of(URI.decode(uri.lastSegment())) : Optional.empty();
	}
}
