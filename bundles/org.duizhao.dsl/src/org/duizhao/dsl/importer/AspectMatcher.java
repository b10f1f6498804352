package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.FindingKind;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.dsl.profiles.BuiltinProfiles;

/**
 * Gives the aspect headings of an imported report ids of a profile: of the one the user names, else of the known
 * profile whose aspects the headings name best (every heading named, the most aspects covered), else of a profile
 * derived from the headings themselves (ids from the headings, the headings as labels).
 */
public final class AspectMatcher {

	/** The draft with ids, the profile it follows, and whether that was derived (and must be written beside it). */
	public record Match(Draft draft, ProfileAspects profile, boolean derived) {
	}

	private AspectMatcher() {
	}

	/**
	 * @param requested   the profile the user named, if any
	 * @param derivedName the name a derived profile gets
	 * @return empty only when {@code requested} names no known profile
	 */
	public static Optional<Match> match(Draft draft, List<ProfileAspects> known, Optional<String> requested, String derivedName) {
		if (requested.isPresent()) {
			return known.stream().filter(p -> p.name().equals(requested.get())).findFirst().map(p -> follow(draft, p));
		}
		ProfileAspects best = null;
		long bestCovered = 0;
		for (ProfileAspects profile : known) {
			List<Optional<String>> ids = draft.aspects().stream().map(a -> idIn(profile, a.heading())).toList();
			long covered = ids.stream().flatMap(Optional::stream).distinct().count();
			if (!ids.isEmpty() && ids.stream().allMatch(Optional::isPresent) && covered > bestCovered) {
				best = profile;
				bestCovered = covered;
			}
		}
		if (best != null) {
			return Optional.of(follow(draft, best));
		}
		if (draft.aspects().isEmpty()) {
			ProfileAspects profile = known.isEmpty() ? derive(draft, derivedName).profile() : namedByTitle(draft, known);
			return Optional.of(new Match(draft, profile, known.isEmpty()));
		}
		return Optional.of(derive(draft, derivedName));
	}

	/**
	 * With no aspect heading to go by, the profile of the meeting the title names (2024年度组织生活会… → the 组织生活会
	 * of 2024 if there is one, else the newest), as a report without 依据 follows; else the default (listed first).
	 * Its aspects take the draft's problems.
	 */
	private static ProfileAspects namedByTitle(Draft draft, List<ProfileAspects> known) {
		List<String> names = known.stream().map(ProfileAspects::name).toList();
		Optional<String> named = BuiltinProfiles.namedBy(draft.head().title().orElse(""), names);
		return named.flatMap(name -> known.stream().filter(p -> p.name().equals(name)).findFirst()).orElse(known.get(0));
	}

	private static Match follow(Draft draft, ProfileAspects profile) {
		List<Finding> findings = new ArrayList<>(draft.findings());
		List<Draft.Aspect> aspects = new ArrayList<>();
		for (Draft.Aspect aspect : draft.aspects()) {
			Optional<String> id = idIn(profile, aspect.heading());
			if (id.isEmpty()) {
				findings.add(new Finding(aspect.place(), FindingKind.ASPECT_NOT_IN_PROFILE,
						ImportMessages.bind(ImportMessages.AspectNotInProfile, aspect.heading(), profile.name())));
			}
			aspects.add(aspect.withId(id));
		}
		return new Match(draft.withAspects(aspects, findings), profile, false);
	}

	private static Optional<String> idIn(ProfileAspects profile, String heading) {
		return Headings.aspectIn(profile, Headings.core(heading), true);
	}

	private static Match derive(Draft draft, String name) {
		List<AspectName> names = new ArrayList<>();
		List<Draft.Aspect> aspects = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Draft.Aspect aspect : draft.aspects()) {
			String label = Headings.core(aspect.heading());
			String id = uniqueId(label, taken, names.size() + 1);
			names.add(new AspectName(id, label));
			aspects.add(aspect.withId(Optional.of(id)));
		}
		ProfileAspects profile = new ProfileAspects(name, draft.head().title().orElse(name), names);
		return new Match(draft.withAspects(aspects, draft.findings()), profile, true);
	}

	/** 带头强化政治忠诚、提高政治能力 → 强化政治忠诚: the first phrase, without 带头, as letters the language allows in ids. */
	private static String uniqueId(String label, Set<String> taken, int position) {
		String first = Headings.stripLead(label.split("[、，,；;和及与]")[0]);
		String id = first.replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		if (id.length() > 8) {
			id = id.substring(0, 8);
		}
		if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
			id = ImportMessages.bind(ImportMessages.AspectNumbered, position);
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
		return id.isEmpty() || Character.isDigit(id.charAt(0)) ? ImportMessages.bind(ImportMessages.ProfileNamed, id) : id;
	}
}
