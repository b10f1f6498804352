package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.model.Profile;
/**
 * Gives the aspect headings of an imported report (（一）在理论学习方面, （一）在带头强化政治忠诚、提高政治能力方面) ids of
 * a profile: of the one the user names, else of the first known profile that has every heading, else of a profile
 * derived from the headings themselves (ids from the headings, the heading text as label).
 */
public final class AspectMatcher {

	/** A profile as the importer sees it: its name and title, and its aspects as (id, label) pairs. */
	public record ProfileAspects(String name, String title, List<String[]> aspects) {

		public static ProfileAspects of(Profile profile) {
			return new ProfileAspects(profile.getName(), profile.getTitle(),
					profile.getAspects().stream().map(a -> new String[] { a.getName(), a.getLabel() }).toList());
		}
	}

	/** The profile the report follows, and whether it was derived (and must be written beside the report). */
	public record Match(ProfileAspects profile, boolean derived) {
	}

	private AspectMatcher() {
	}

	/**
	 * @param requested    the profile named with --profile, or {@code null}
	 * @param derivedName  the name a derived profile gets
	 */
	public static Match match(Draft draft, List<ProfileAspects> known, String requested, String derivedName) {
		if (requested != null) {
			for (ProfileAspects profile : known) {
				if (profile.name().equals(requested)) {
					for (Draft.Aspect aspect : draft.aspects) {
						aspect.id = idIn(profile, aspect.heading);
						if (aspect.id == null) {
							draft.findings.add(new Draft.Finding(aspect.line,
									ImportMessages.bind(ImportMessages.AspectNotInProfile, aspect.heading, profile.name())));
						}
					}
					return new Match(profile, false);
				}
			}
			return null;
		}
		for (ProfileAspects profile : known) {
			if (!draft.aspects.isEmpty() && draft.aspects.stream().allMatch(a -> idIn(profile, a.heading) != null)) {
				draft.aspects.forEach(a -> a.id = idIn(profile, a.heading));
				return new Match(profile, false);
			}
		}
		if (draft.aspects.isEmpty()) {
			return new Match(known.get(0), false);
		}
		return new Match(derive(draft, derivedName), true);
	}

	/** What a heading says the aspect is: 在理论学习方面存在的问题 → 理论学习. */
	static String core(String heading) {
		String core = heading.strip().replaceAll("[：:。，,；;]+$", "");
		int side = core.lastIndexOf("方面");
		if (side > 0) {
			core = core.substring(0, side);
		}
		core = core.replaceFirst("^(在|关于)", "");
		return core.strip();
	}

	private static String idIn(ProfileAspects profile, String heading) {
		String core = core(heading);
		for (String[] aspect : profile.aspects()) {
			String label = aspect[1] == null ? aspect[0] : aspect[1];
			if (core.contains(aspect[0]) || core.contains(label) || core.length() >= 2 && label.contains(core)) {
				return aspect[0];
			}
		}
		return null;
	}

	private static ProfileAspects derive(Draft draft, String name) {
		List<String[]> aspects = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Draft.Aspect aspect : draft.aspects) {
			String label = core(aspect.heading);
			String id = uniqueId(label, taken, aspects.size() + 1);
			aspect.id = id;
			aspects.add(new String[] { id, label });
		}
		return new ProfileAspects(name, draft.title == null ? name : draft.title, aspects);
	}

	/** 带头强化政治忠诚、提高政治能力 → 强化政治忠诚: the first phrase, without 带头, as letters the language allows in ids. */
	private static String uniqueId(String label, Set<String> taken, int position) {
		String first = label.split("[、，,；;和及与]")[0].replaceFirst("^(带头|坚持|在)", "");
		String id = first.replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		if (id.length() > 8) {
			id = id.substring(0, 8);
		}
		if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
			id = "方面" + position;
		}
		String unique = id;
		for (int n = 2; !taken.add(unique); n++) {
			unique = id + n;
		}
		return unique;
	}

	/** Any text as an id of the language (letters, digits, CJK; not starting with a digit). */
	public static String asId(String text) {
		String id = text.replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "方案" + id : id;
	}
}
