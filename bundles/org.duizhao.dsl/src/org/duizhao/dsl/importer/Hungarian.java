package org.duizhao.dsl.importer;

import java.util.Arrays;

/** The assignment problem (rows to distinct columns, largest total), by the Hungarian method with potentials. */
final class Hungarian {

	private Hungarian() {
	}

	/**
	 * For each row the column it gets, every row a different column, the summed value largest.
	 *
	 * @param value rows × columns with rows ≤ columns
	 */
	static int[] maximise(double[][] value) {
		int n = value.length;
		if (n == 0) {
			return new int[0];
		}
		int m = value[0].length;
		double[] u = new double[n + 1];
		double[] v = new double[m + 1];
		int[] rowOf = new int[m + 1];
		int[] way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			rowOf[0] = i;
			int j0 = 0;
			double[] least = new double[m + 1];
			boolean[] used = new boolean[m + 1];
			Arrays.fill(least, Double.POSITIVE_INFINITY);
			do {
				used[j0] = true;
				int i0 = rowOf[j0];
				double delta = Double.POSITIVE_INFINITY;
				int j1 = 0;
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						double cost = -value[i0 - 1][j - 1] - u[i0] - v[j];
						if (cost < least[j]) {
							least[j] = cost;
							way[j] = j0;
						}
						if (least[j] < delta) {
							delta = least[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						u[rowOf[j]] += delta;
						v[j] -= delta;
					} else {
						least[j] -= delta;
					}
				}
				j0 = j1;
			} while (rowOf[j0] != 0);
			do {
				int j1 = way[j0];
				rowOf[j0] = rowOf[j1];
				j0 = j1;
			} while (j0 != 0);
		}
		int[] column = new int[n];
		for (int j = 1; j <= m; j++) {
			if (rowOf[j] != 0) {
				column[rowOf[j] - 1] = j - 1;
			}
		}
		return column;
	}
}
