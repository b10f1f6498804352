package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Numbers as written in a report (一是, 1., （一）, 一、) and the faults real submitted reports have in them: out of
 * order (一是…三是…二是), a number twice (一是…三是…三是), a gap (1. 2. 4.).
 */
final class Numbering {

	/** One number of a list: its value, how it was written, and the source line. */
	record Number(int value, String label, int line) {
	}

	/** A finding about a source line. */
	record Fault(int line, String message) {
	}

	private Numbering() {
	}

	/** Arabic digits, full-width or not. */
	static int arabic(String digits) {
		int value = 0;
		for (char c : digits.toCharArray()) {
			int d = c >= '０' && c <= '９' ? c - '０' : c - '0';
			if (d < 0 || d > 9) {
				return 0;
			}
			value = value * 10 + d;
		}
		return value;
	}

	/**
	 * The faults of one list. A gap is reported only when the numbers are fewer than the largest, so that
	 * 一是…三是…三是 (a number written twice) is not also a missing 二是.
	 */
	static List<Fault> check(List<Number> numbers, IntFunction<String> labelOf) {
		List<Fault> faults = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		int max = 0;
		Number previous = null;
		for (Number n : numbers) {
			if (!seen.add(n.value())) {
				faults.add(new Fault(n.line(), ImportMessages.bind(ImportMessages.NumberTwice, n.label())));
			} else if (previous != null && n.value() < previous.value()) {
				faults.add(new Fault(n.line(), ImportMessages.bind(ImportMessages.NumberOutOfOrder, previous.label(), n.label())));
			}
			max = Math.max(max, n.value());
			previous = n;
		}
		if (numbers.size() < max) {
			for (int missing = 1; missing <= max; missing++) {
				if (!seen.contains(missing)) {
					Number after = firstAbove(numbers, missing);
					faults.add(new Fault(after.line(), ImportMessages.bind(ImportMessages.NumberGap, labelOf.apply(missing))));
				}
			}
		}
		faults.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return faults;
	}

	private static Number firstAbove(List<Number> numbers, int value) {
		for (Number n : numbers) {
			if (n.value() > value) {
				return n;
			}
		}
		return numbers.get(numbers.size() - 1);
	}
}
