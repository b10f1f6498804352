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

	/** The longest id a derived aspect gets: short enough to type, long enough to say what it is. */
	private static final int LONGEST_ID = 12;
	/** A shortened id keeps at least this much, or it no longer says which aspect it is. */
	private static final int SHORTEST_CUT = 4;

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
		// of profiles that read the headings as well, the one of the meeting the title names (a 2025 draft with one
		// heading so far, 在带头干事创业、担当作为方面, also names the 2023 aspect 担当作为)
		Optional<String> titled = BuiltinProfiles.namedBy(draft.head().title().orElse(""), known.stream().map(ProfileAspects::name).toList());
		for (ProfileAspects profile : known) {
			List<Optional<String>> ids = draft.aspects().stream().map(a -> idIn(profile, a.heading())).toList();
			long covered = ids.stream().flatMap(Optional::stream).distinct().count();
			boolean better = covered > bestCovered || covered == bestCovered && titled.equals(Optional.of(profile.name()));
			if (!ids.isEmpty() && ids.stream().allMatch(Optional::isPresent) && better) {
				best = profile;
				bestCovered = covered;
			}
		}
		if (best != null) {
			return Optional.of(follow(draft, best));
		}
		if (draft.aspects().isEmpty()) {
			ProfileAspects profile = known.isEmpty() ? derive(draft, derivedName, known).profile() : namedByTitle(draft, known);
			return Optional.of(new Match(draft, profile, known.isEmpty()));
		}
		return Optional.of(derive(draft, derivedName, known));
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

	/**
	 * A profile of the draft's own headings. It requires what the profile of the meeting its title names requires
	 * (a later year's notice changes the aspects more often than the parts), and with no meeting named, what every
	 * ledger asks of a measure: 责任人 and 时限.
	 */
	private static Match derive(Draft draft, String name, List<ProfileAspects> known) {
		List<AspectName> names = new ArrayList<>();
		List<Draft.Aspect> aspects = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Draft.Aspect aspect : draft.aspects()) {
			String label = Headings.core(aspect.heading());
			String id = uniqueId(label, taken, names.size() + 1);
			names.add(new AspectName(id, label));
			aspects.add(aspect.withId(Optional.of(id)));
		}
		Optional<String> titled = BuiltinProfiles.namedBy(draft.head().title().orElse(""), known.stream().map(ProfileAspects::name).toList());
		List<String> requires = titled.flatMap(t -> known.stream().filter(p -> p.name().equals(t)).findFirst()).map(ProfileAspects::requires)
				.orElse(ProfileAspects.LEDGER);
		ProfileAspects profile = new ProfileAspects(name, draft.head().title().orElse(name), names, Optional.empty(), requires);
		return new Match(draft.withAspects(aspects, draft.findings()), profile, true);
	}

	/**
	 * 带头强化政治忠诚、提高政治能力 → 强化政治忠诚: the first phrase, without 带头, in its short form (学习贯彻习近平新时代中国特色
	 * 社会主义思想 → 学习贯彻创新理论), as letters the language allows in ids; a phrase still too long ends before 和 or a 的
	 * rather than inside a word.
	 */
	static String uniqueId(String label, Set<String> taken, int position) {
		String first = Headings.stripLead(shorthand(label).split("[、，,；;]")[0]).replaceFirst("情况$", "");
		String id = first.replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		String[] joined = id.split("[和及与]");
		if (id.length() > LONGEST_ID && joined[0].length() >= SHORTEST_CUT) {
			id = joined[0]; // 严守政治纪律和政治规矩 → 严守政治纪律, but not 加强和改进…… → 加强
		}
		if (id.length() > LONGEST_ID) {
			int before = id.lastIndexOf('的', LONGEST_ID);
			id = id.substring(0, before >= SHORTEST_CUT ? before : LONGEST_ID);
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

	private static String shorthand(String label) {
		String text = label;
		for (String pair : ImportVocabulary.get().list("id.shorthand")) {
			String[] longAndShort = pair.split("=", 2);
			text = text.replace(longAndShort[0], longAndShort[1]);
		}
		return text;
	}

	/** Any text as an id of the language (letters, digits, CJK; not starting with a digit). */
	public static String asId(String text) {
		String id = text.replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		return id.isEmpty() || Character.isDigit(id.charAt(0)) ? ImportMessages.bind(ImportMessages.ProfileNamed, id) : id;
	}
}
