package org.duizhao.dsl.importer;

import java.util.List;

import org.duizhao.model.Profile;

/** A profile as the importers see it: its name and title, and its aspects (id and label). */
public record ProfileAspects(String name, String title, List<AspectName> aspects) {

	/** An aspect of a profile: its id and the label its heading reads (the id when there is none). */
	public record AspectName(String id, String label) {

		public AspectName {
			label = label == null || label.isBlank() ? id : label;
		}
	}

	public static ProfileAspects of(Profile profile) {
		return new ProfileAspects(profile.getName(), profile.getTitle() == null ? profile.getName() : profile.getTitle(),
				profile.getAspects().stream().map(a -> new AspectName(a.getName(), a.getLabel())).toList());
	}
}
