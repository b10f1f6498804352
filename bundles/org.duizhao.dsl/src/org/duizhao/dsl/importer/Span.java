package org.duizhao.dsl.importer;

/** Characters of a paragraph, from {@code start} to before {@code end}, that the .dzr writes anew (a label, a number). */
record Span(int start, int end) {
}
