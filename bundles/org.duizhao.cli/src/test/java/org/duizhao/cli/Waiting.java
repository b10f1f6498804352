package org.duizhao.cli;

import java.util.function.Supplier;

/**
 * The one way these tests wait for the language server: ask again and again until the answer comes or the time is
 * up, never a fixed sleep.
 */
final class Waiting {

	private static final long POLL_MILLIS = 20;

	private Waiting() {
	}

	/** The first answer that is neither {@code null} nor {@code false}; fails saying what was awaited. */
	static <T> T until(String what, long timeoutMillis, Supplier<T> answer) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			T value = answer.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + what, e);
			}
		}
	}
}
