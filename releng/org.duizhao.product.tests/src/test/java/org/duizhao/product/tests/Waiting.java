package org.duizhao.product.tests;

/**
 * The one way these tests wait for the product: ask again and again until the answer comes or the time is up, never
 * a fixed sleep (too short on a loaded machine, too long everywhere else).
 */
final class Waiting {

	/** An answer that may not be there yet ({@code null} or {@code false}), and may throw while it is not. */
	interface Answer<T> {
		T get() throws Exception;
	}

	private static final long POLL_MILLIS = 200;

	private Waiting() {
	}

	/** The first answer that is neither {@code null} nor {@code false}; fails saying what was awaited. */
	static <T> T until(String what, long timeoutMillis, Answer<T> answer) throws Exception {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			T value = answer.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Whether the answer came within the time, without failing when it did not. */
	static boolean within(long timeoutMillis, Answer<Boolean> answer) throws Exception {
		try {
			until("", timeoutMillis, answer);
			return true;
		} catch (AssertionError e) {
			return false;
		}
	}
}
