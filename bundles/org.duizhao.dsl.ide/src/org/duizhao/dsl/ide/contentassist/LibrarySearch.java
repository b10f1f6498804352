package org.duizhao.dsl.ide.contentassist;

import org.duizhao.model.LibraryItem;

/**
 * Which library items a typed text finds, the same in content assist and in the 问题库 view: a word of the headline
 * or the body, or the pinyin initials of the headline (llxx finds 理论学习不够深入).
 */
public final class LibrarySearch {

	private LibrarySearch() {
	}

	public static boolean matches(LibraryItem item, String typed) {
		if (typed == null || typed.isBlank()) {
			return true;
		}
		String text = typed.strip();
		return contains(item.getHeadline(), text) || contains(item.getBody(), text) || PinyinInitials.matches(item.getHeadline(), text);
	}

	private static boolean contains(String value, String part) {
		return value != null && value.contains(part);
	}
}
