package org.duizhao.dsl.ide.contentassist;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin initials of Chinese text (理论学习 → llxx), so that writers who type with a pinyin input method can
 * find a library item by the first letters of its headline. Other characters stand for themselves, lower case.
 */
public final class PinyinInitials {

	private static final Map<Character, Character> CACHE = new ConcurrentHashMap<>();

	private PinyinInitials() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				sb.append(CACHE.computeIfAbsent(c, PinyinInitials::initial));
			}
		}
		return sb.toString();
	}

	/** Whether typed Latin letters are a run of the text's initials. */
	public static boolean matches(String text, String typed) {
		return !typed.isEmpty() && typed.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))
				&& of(text).contains(typed.toLowerCase());
	}

	private static char initial(char c) {
		String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
		return readings == null || readings.length == 0 || readings[0].isEmpty() ? Character.toLowerCase(c) : readings[0].charAt(0);
	}
}
