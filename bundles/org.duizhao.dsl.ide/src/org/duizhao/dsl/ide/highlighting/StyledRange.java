package org.duizhao.dsl.ide.highlighting;

/** A range of text and the style id it is shown in. */
public record StyledRange(int offset, int length, String style) {
}
