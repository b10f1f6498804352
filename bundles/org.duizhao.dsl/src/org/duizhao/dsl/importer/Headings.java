package org.duizhao.dsl.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading says, shared by both importers: where a heading ends inside a paragraph (（一）在理论学习方面。一是……),
 * the aspect it names (在理论学习方面存在的问题 → 理论学习), and whether that is an aspect of a known profile.
 */
public final class Headings {

	/**
	 * A heading at the start of a paragraph's text: its words without number and closing punctuation, where those
	 * words end ({@code headEnd}) and where the text after it starts ({@code end}). {@code aspectForm} when it is
	 * written as an aspect (…方面, …方面存在的问题).
	 */
	public record Heading(String head, int headEnd, int end, boolean aspectForm) {

		/** The character right after the heading's words (its closing punctuation), if any. */
		public char closedBy(String text) {
			return headEnd < text.length() ? text.charAt(headEnd) : 0;
		}
	}

	private static final String TRAILING = "。：:，,；; \t\u3000";
	/** （一） or （1） after some words: an item's number inside the line. */
	private static final Pattern SECTION_INSIDE = Pattern.compile("(?<=\\S)[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]");
	/** 四个, “六个, 以下几个: words before 方面 that count the aspects rather than name one. */
	private static final Pattern COUNT = Pattern.compile("(?:[一二三四五六七八九十两几]|\\d)\\s*个\\s*[“\"]?$");
	private static final int LONGEST = 60;

	private Headings() {
	}

	/** The heading that starts at {@code from} in {@code text}; without a 方面 it runs to the first 。 or ：. */
	public static Heading at(String text, int from) {
		String s = text.substring(from);
		List<Markers.Marker> inline = Markers.inline(s, 0);
		if (!inline.isEmpty() && inline.get(0).start() == 0) {
			// 一是在……方面 alone on its line is an aspect's heading numbered 一是 (its problems follow as 1. 2. …);
			// any other 一是… starts an item, whatever follows
			Heading rest = at(text, from + inline.get(0).end());
			return rest.aspectForm() && rest.end() >= text.length() ? rest : new Heading("", from, from, false);
		}
		int side = s.indexOf("方面");
		// (a colon ends a heading: 一、征求意见情况：……等方面 is no aspect)
		// (and a count names no aspect: 一、对照四个方面查摆的问题 heads all of them)
		if (side > 0 && side <= LONGEST && !Sentences.END.matcher(s.substring(0, side)).find() && !containsColon(s.substring(0, side))
				&& !COUNT.matcher(s.substring(0, side)).find()) {
			int end = side + 2;
			for (String suffix : afterSide()) {
				if (s.startsWith(suffix, end)) {
					end += suffix.length();
					break;
				}
			}
			String head = s.substring(0, end).strip();
			return new Heading(head, from + s.indexOf(head) + head.length(), from + skipPunctuation(s, end), true);
		}
		int end = s.length();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '。' || c == '：' || c == ':' || c == '；' || c == '！' || c == '？') {
				end = i;
				break;
			}
		}
		if (!inline.isEmpty() && inline.get(0).start() < end) {
			end = inline.get(0).start();
		}
		// 二、问题产生的原因（一）理论武装不够。……: the first item's number ends the heading written on its line
		Matcher section = SECTION_INSIDE.matcher(s);
		if (section.find() && section.start() < end) {
			end = section.start();
		}
		String head = s.substring(0, end).strip();
		while (!head.isEmpty() && TRAILING.indexOf(head.charAt(head.length() - 1)) >= 0) {
			head = head.substring(0, head.length() - 1);
		}
		return new Heading(head, from + s.indexOf(head) + head.length(), from + skipPunctuation(s, end), false);
	}

	/**
	 * The words from {@code from} up to the first run of spaces, as a heading whose text follows the spaces
	 * (一、上年度整改情况 去年查摆……); empty when punctuation comes first or no space comes within a heading's length.
	 */
	public static Optional<Heading> beforeGap(String text, int from) {
		int limit = Math.min(text.length(), from + SPACED_LONGEST);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (GAP.indexOf(c) >= 0 && !text.substring(from, i).isBlank()) {
				String head = text.substring(from, i).strip();
				int end = i;
				while (end < text.length() && GAP.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				return end < text.length() ? Optional.of(new Heading(head, i, end, false)) : Optional.empty();
			}
			if (TRAILING.indexOf(c) >= 0 && GAP.indexOf(c) < 0 || c == '！' || c == '？') {
				return Optional.empty(); // a sentence, not a heading
			}
		}
		return Optional.empty();
	}

	private static final String GAP = " \t\u3000";
	private static final int SPACED_LONGEST = 20;

	private static boolean containsColon(String s) {
		return s.indexOf('：') >= 0 || s.indexOf(':') >= 0;
	}

	private static int skipPunctuation(String s, int end) {
		while (end < s.length() && TRAILING.indexOf(s.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	/** 存在的问题, 存在问题 … as written after 方面 (the suffixes of the vocabulary that start with 方面). */
	private static List<String> afterSide() {
		return ImportVocabulary.get().list("aspect.suffix").stream().filter(s -> s.startsWith("方面") && s.length() > 2)
				.map(s -> s.substring(2)).toList();
	}

	/** What a heading says the aspect is: 在理论学习方面存在的问题： → 理论学习; 带头…方面 keeps 带头. */
	public static String core(String heading) {
		String core = heading.strip();
		while (!core.isEmpty() && TRAILING.indexOf(core.charAt(core.length() - 1)) >= 0) {
			core = core.substring(0, core.length() - 1);
		}
		ImportVocabulary words = ImportVocabulary.get();
		for (String suffix : words.list("aspect.suffix")) {
			if (core.endsWith(suffix) && core.length() > suffix.length()) {
				core = core.substring(0, core.length() - suffix.length());
				break;
			}
		}
		for (String prefix : words.list("aspect.prefix")) {
			if (core.startsWith(prefix) && core.length() > prefix.length() + 1) {
				core = core.substring(prefix.length());
				break;
			}
		}
		return core.strip();
	}

	/**
	 * The id of the aspect of {@code profile} a heading's core names. A heading written as an aspect (…方面) may say
	 * more than the aspect's name (在加强理论学习方面 names 理论学习); a bare heading must be the name or a part of the
	 * label, so that a problem such as 理论学习不够深入 is no heading.
	 */
	public static Optional<String> aspectIn(ProfileAspects profile, String core, boolean aspectForm) {
		for (ProfileAspects.AspectName aspect : profile.aspects()) {
			if (names(aspect, core, aspectForm)) {
				return Optional.of(aspect.id());
			}
		}
		return Optional.empty();
	}

	/** Whether a heading's core names one of the aspects of any of {@code profiles}. */
	public static boolean namesKnownAspect(List<ProfileAspects> profiles, String core, boolean aspectForm) {
		return profiles.stream().anyMatch(p -> aspectIn(p, core, aspectForm).isPresent());
	}

	private static boolean names(ProfileAspects.AspectName aspect, String core, boolean aspectForm) {
		if (core.length() < 2) {
			return false;
		}
		// 敬畏人民敬畏组织敬畏法纪 is 敬畏人民、敬畏组织、敬畏法纪 written without its marks
		String label = compact(stripLead(aspect.label()));
		String bare = compact(stripLead(core));
		if (core.equals(aspect.id()) || label.equals(bare) || bare.length() >= 4 && label.contains(bare)) {
			return true;
		}
		// A short id (党性, 担当) says too little inside a longer heading; a label or a long id says enough.
		return aspectForm && (aspect.id().length() >= 4 && bare.contains(aspect.id()) || bare.contains(label));
	}

	private static String compact(String text) {
		return text.replaceAll("[、，,；;\\s\u3000]", "");
	}

	/** 带头强化政治忠诚 → 强化政治忠诚: the words a ruled heading of recent years begins with. */
	public static String stripLead(String text) {
		for (String lead : ImportVocabulary.get().list("aspect.lead")) {
			if (text.startsWith(lead) && text.length() > lead.length()) {
				return text.substring(lead.length());
			}
		}
		return text;
	}
}
