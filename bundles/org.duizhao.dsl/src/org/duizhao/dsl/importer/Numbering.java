package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.FindingKind;
import org.duizhao.dsl.importer.Draft.Place;
import org.duizhao.dsl.text.ChineseNumerals;

/**
 * The faults real submitted reports have in their numbering: out of order (一是…三是…二是), a number twice
 * (一是…三是…三是), a gap (1. 2. 4.). Each at the place of the number that shows it.
 */
final class Numbering {

	/** One number of a list: its value, how it was written, and where. */
	record Number(long value, String label, Place place) {
	}

	/** Gaps are listed one by one only up to this many; a list of 10,000 items with one hole is still one finding. */
	private static final int MAX_GAPS = 20;

	private Numbering() {
	}

	/**
	 * The faults of one list. A gap is reported only when the numbers are fewer than the largest, so that
	 * 一是…三是…三是 (a number written twice) is not also a missing 二是.
	 */
	static List<Finding> check(List<Number> written) {
		List<Finding> faults = new ArrayList<>();
		// 首先，其次，最后 (value 0) say an order with no number to check
		List<Number> numbers = written.stream().filter(n -> n.value() > 0).toList();
		if (numbers.isEmpty()) {
			return faults;
		}
		Set<Long> seen = new HashSet<>();
		long max = 0;
		Number previous = null;
		for (Number n : numbers) {
			if (!seen.add(n.value())) {
				faults.add(new Finding(n.place(), FindingKind.NUMBER_TWICE, ImportMessages.bind(ImportMessages.NumberTwice, n.label())));
			} else if (previous != null && n.value() < previous.value()) {
				faults.add(new Finding(n.place(), FindingKind.NUMBER_ORDER,
						ImportMessages.bind(ImportMessages.NumberOutOfOrder, previous.label(), n.label())));
			}
			max = Math.max(max, n.value());
			previous = n;
		}
		if (numbers.size() < max && max - numbers.get(0).value() < 100_000) {
			int gaps = 0;
			for (long missing = 1; missing <= max && gaps < MAX_GAPS; missing++) {
				if (!seen.contains(missing)) {
					Number after = firstAbove(numbers, missing);
					faults.add(new Finding(after.place(), FindingKind.NUMBER_GAP,
							ImportMessages.bind(ImportMessages.NumberGap, like(numbers.get(0).label(), missing))));
					gaps++;
				}
			}
		}
		faults.sort((a, b) -> Integer.compare(a.place().offset(), b.place().offset()));
		return faults;
	}

	/** {@code value} written the way {@code sample} is: 三是 → 二是, （3） → （2）, 三、 → 二、. */
	static String like(String sample, long value) {
		boolean chinese = sample.chars().anyMatch(c -> "一二三四五六七八九十百".indexOf(c) >= 0);
		String number = chinese && value < 100 ? ChineseNumerals.of((int) value) : String.valueOf(value);
		if (sample.endsWith("是")) {
			return number + "是";
		}
		if (sample.startsWith("（")) {
			return "（" + number + "）";
		}
		if (sample.length() == 1 && sample.charAt(0) >= '\u2460' && sample.charAt(0) <= '\u2473' && value >= 1 && value <= 20) {
			return String.valueOf((char) ('\u2460' + value - 1)); // ③ after ① ②
		}
		return number + (sample.endsWith("、") ? "、" : ".");
	}

	private static Number firstAbove(List<Number> numbers, long value) {
		for (Number n : numbers) {
			if (n.value() > value) {
				return n;
			}
		}
		return numbers.get(numbers.size() - 1);
	}
}
