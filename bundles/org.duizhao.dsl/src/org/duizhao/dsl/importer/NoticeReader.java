package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Markers.Level;
import org.duizhao.dsl.importer.Markers.Marker;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;

/**
 * The aspects a notice (通知) asks reports to check, found in its text, so that next year's profile is made from the
 * notice itself: an inline list (带头……；带头……), inline numbers (一是……；二是……), a numbered list (1. 2. on their own
 * lines) or headings （一）…. A notice has other lists (preparation steps, requirements); the one taken is the one
 * that reads most like the aspects: introduced by 对照检查/检视/重点…, its items phrased as aspects (带头, 方面, 情况),
 * none of them about time, preparation or organisation.
 */
public final class NoticeReader {

	/** What was found: the profile's name and title, and its aspects in order (empty when the notice names none). */
	public record Found(String name, String title, List<AspectName> aspects) {

		public ProfileAspects profile() {
			return new ProfileAspects(name, title, aspects);
		}
	}

	private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年度?");
	private static final Pattern END = Pattern.compile("[；;。]");

	private NoticeReader() {
	}

	public static Found read(List<Paragraph> paragraphs) {
		List<String> texts = paragraphs.stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty()).toList();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			inline(texts.get(i), candidates);
			listFrom(texts, i, candidates);
		}
		List<String> best = List.of();
		double bestScore = 0;
		for (Candidate candidate : candidates) {
			double score = score(candidate);
			if (score > bestScore) {
				best = candidate.clauses();
				bestScore = score;
			}
		}
		String title = texts.isEmpty() ? "" : texts.get(0);
		return new Found(name(title, texts), title(title, texts), ids(best.stream().map(NoticeReader::phrase).toList()));
	}

	/** A list that may be the aspects: each item's first clause, and the words that introduce the list. */
	private record Candidate(List<String> clauses, String introduction) {
	}

	/** The first clause of an item's text: up to the end of its first sentence. */
	private static String clause(String text) {
		Matcher end = END.matcher(text);
		return (end.find() ? text.substring(0, end.start()) : text).strip();
	}

	/** 带头……；带头…… or 一是……；二是…… inside one paragraph, after the words that introduce it. */
	private static void inline(String text, List<Candidate> candidates) {
		List<Marker> markers = Markers.inline(text, 0);
		if (markers.size() >= 2 && markers.get(0).label().endsWith("是")) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < markers.size(); i++) {
				int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
				items.add(clause(text.substring(markers.get(i).end(), end)));
			}
			candidates.add(new Candidate(items, text.substring(0, markers.get(0).start())));
		}
		int lead = text.indexOf("带头");
		if (lead >= 0 && text.indexOf("带头", lead + 2) > 0) {
			int from = text.lastIndexOf('：', lead) >= 0 ? text.lastIndexOf('：', lead) + 1 : lead;
			List<String> items = new ArrayList<>();
			int at = from;
			while (at < text.length()) {
				Matcher end = END.matcher(text);
				int stop = end.find(at) ? end.start() : text.length();
				String item = text.substring(at, stop).strip();
				if (!item.startsWith("带头")) {
					break;
				}
				items.add(item);
				if (stop >= text.length() || text.charAt(stop) == '。') {
					break;
				}
				at = stop + 1;
			}
			candidates.add(new Candidate(items, text.substring(0, from)));
		}
	}

	/** A list of paragraphs that start with numbers of one level (1. 2. …, （一）（二）…), from paragraph {@code i}. */
	private static void listFrom(List<String> texts, int i, List<Candidate> candidates) {
		Optional<Marker> first = Markers.leading(texts.get(i));
		if (first.isEmpty() || first.get().value() != 1 || first.get().level() == Level.PART) {
			return;
		}
		Level level = first.get().level();
		List<String> items = new ArrayList<>();
		long expected = 1;
		for (int k = i; k < texts.size(); k++) {
			Optional<Marker> marker = Markers.leading(texts.get(k));
			if (marker.isPresent() && marker.get().level() == level && marker.get().value() == expected) {
				items.add(clause(texts.get(k).substring(marker.get().end())));
				expected++;
			} else if (marker.isPresent() && !marker.get().level().below(level) || items.size() > 12) {
				break; // a heading of the notice, or a number of another list
			}
		}
		candidates.add(new Candidate(items, i > 0 ? texts.get(i - 1) : ""));
	}

	/** An aspect's words: its first clause without a closing 方面 (在理论学习方面，… → 理论学习). */
	static String phrase(String text) {
		String phrase = clause(text);
		int side = phrase.indexOf("方面");
		if (side > 0) {
			phrase = phrase.substring(0, side);
			phrase = phrase.startsWith("在") ? phrase.substring(1) : phrase;
		}
		return phrase.strip().replaceAll("[，,：:、\\s]+$", "");
	}

	/** How much a list reads like the aspects of a meeting (by the words of notice.introducing, .aspect, .notAspect). */
	private static double score(Candidate candidate) {
		List<String> items = candidate.clauses();
		String introduction = candidate.introduction();
		ImportVocabulary words = ImportVocabulary.get();
		List<String> introducing = words.list("notice.introducing");
		List<String> aspectWords = words.list("notice.aspect");
		List<String> notAspects = words.list("notice.notAspect");
		if (items.size() < 2 || items.size() > 10) {
			return 0;
		}
		double score = 1;
		score += introducing.stream().filter(introduction::contains).count() * 2;
		for (String item : items) {
			if (phrase(item).isEmpty() || phrase(item).length() > 40) {
				return 0;
			}
			score += aspectWords.stream().anyMatch(item::contains) ? 1 : 0;
			score -= notAspects.stream().anyMatch(item::contains) ? 2 : 0;
		}
		return Math.max(0, score);
	}

	/**
	 * Short ids: the first phrase, without 带头 and the verbs before its object (带头强化政治忠诚 → 政治忠诚,
	 * 带头树立和践行正确政绩观 → 政绩观), four characters at most.
	 */
	private static List<AspectName> ids(List<String> phrases) {
		List<String> verbs = ImportVocabulary.get().list("notice.verbs");
		List<AspectName> aspects = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (String phrase : phrases) {
			String id = Headings.stripLead(phrase.split("[、，,；;]")[0]).replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
			for (boolean stripped = true; stripped && id.length() > 4;) {
				stripped = false;
				for (String verb : verbs) {
					if (id.startsWith(verb) && id.length() - verb.length() >= 2) {
						id = id.substring(verb.length());
						stripped = true;
						break;
					}
				}
			}
			id = id.length() > 4 ? id.substring(0, 4) : id;
			if (id.length() < 2 || Character.isDigit(id.charAt(0))) {
				id = ImportMessages.bind(ImportMessages.AspectNumbered, aspects.size() + 1);
			}
			String unique = id;
			for (int n = 2; !taken.add(unique); n++) {
				unique = id + n;
			}
			aspects.add(new AspectName(unique, phrase));
		}
		return aspects;
	}

	/** 民主生活会2026: the meeting and the year the notice is about. */
	private static String name(String title, List<String> texts) {
		String all = String.join("", texts.subList(0, Math.min(5, texts.size())));
		String meeting = all.contains("组织生活会") && !all.contains("民主生活会") ? "组织生活会" : "民主生活会";
		Matcher year = YEAR.matcher(title);
		if (!year.find()) {
			year = YEAR.matcher(all);
		}
		return meeting + (year.find(0) ? year.group(1) : "");
	}

	private static String title(String title, List<String> texts) {
		Matcher year = YEAR.matcher(title);
		String meeting = name(title, texts).replaceAll("\\d", "");
		return year.find() ? year.group(1) + "年度" + meeting : meeting;
	}
}
