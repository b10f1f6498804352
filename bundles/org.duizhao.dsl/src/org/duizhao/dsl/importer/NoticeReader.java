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
		List<List<String>> candidates = new ArrayList<>();
		List<String> introductions = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			inline(texts.get(i), candidates, introductions);
			listFrom(texts, i, candidates, introductions);
		}
		List<String> best = List.of();
		double bestScore = 0;
		for (int c = 0; c < candidates.size(); c++) {
			double score = score(candidates.get(c), introductions.get(c));
			if (score > bestScore) {
				best = candidates.get(c);
				bestScore = score;
			}
		}
		String title = texts.isEmpty() ? "" : texts.get(0);
		return new Found(name(title, texts), title(title, texts), ids(best));
	}

	/** 带头……；带头…… or 一是……；二是…… inside one paragraph, after the words that introduce it. */
	private static void inline(String text, List<List<String>> candidates, List<String> introductions) {
		List<Marker> markers = Markers.inline(text, 0);
		if (markers.size() >= 2 && markers.get(0).label().endsWith("是")) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < markers.size(); i++) {
				int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
				items.add(phrase(text.substring(markers.get(i).end(), end)));
			}
			candidates.add(items);
			introductions.add(text.substring(0, markers.get(0).start()));
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
				items.add(phrase(item));
				if (stop >= text.length() || text.charAt(stop) == '。') {
					break;
				}
				at = stop + 1;
			}
			candidates.add(items);
			introductions.add(text.substring(0, from));
		}
	}

	/** A list of paragraphs that start with numbers of one level (1. 2. …, （一）（二）…), from paragraph {@code i}. */
	private static void listFrom(List<String> texts, int i, List<List<String>> candidates, List<String> introductions) {
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
				items.add(phrase(texts.get(k).substring(marker.get().end())));
				expected++;
			} else if (marker.isPresent() && !marker.get().level().below(level) || items.size() > 12) {
				break; // a heading of the notice, or a number of another list
			}
		}
		candidates.add(items);
		introductions.add(i > 0 ? texts.get(i - 1) : "");
	}

	/** An aspect's words: up to the end of its clause, without a closing 方面 (在理论学习方面，… → 理论学习). */
	static String phrase(String text) {
		Matcher end = END.matcher(text);
		String phrase = end.find() ? text.substring(0, end.start()) : text;
		int side = phrase.indexOf("方面");
		if (side > 0) {
			phrase = phrase.substring(0, side);
			phrase = phrase.startsWith("在") ? phrase.substring(1) : phrase;
		}
		return phrase.strip().replaceAll("[，,：:、\\s]+$", "");
	}

	private static final List<String> INTRODUCING = List.of("对照检查", "检视", "查摆", "重点", "方面", "围绕", "主题");
	private static final List<String> ASPECT_WORDS = List.of("带头", "方面", "情况", "政治", "党性", "作风", "纪律", "担当", "群众", "学习");
	private static final List<String> NOT_ASPECTS = List.of("时间", "阶段", "组织", "要求", "报送", "会前", "准备", "通报", "督导", "召开");

	/** How much a list reads like the aspects of a meeting. */
	private static double score(List<String> items, String introduction) {
		if (items.size() < 2 || items.size() > 10) {
			return 0;
		}
		double score = 1;
		score += INTRODUCING.stream().filter(introduction::contains).count() * 2;
		for (String item : items) {
			if (item.isEmpty() || item.length() > 40) {
				return 0;
			}
			score += ASPECT_WORDS.stream().anyMatch(item::contains) ? 1 : 0;
			score -= NOT_ASPECTS.stream().anyMatch(item::contains) ? 2 : 0;
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
				id = "方面" + (aspects.size() + 1);
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
