package org.duizhao.dsl.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is neither UTF-8 (with or without BOM), UTF-16 with BOM nor GB18030: shown as text it would be garbage,
 * and saving that garbage would destroy the file, so it is refused with the line where decoding failed.
 */
public class UndecodableTextException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	public UndecodableTextException(Path file, int line) {
		super(IoMessages.bind(IoMessages.Undecodable, file, String.valueOf(line)));
		this.file = file;
		this.line = line;
	}

	public Path file() {
		return file;
	}

	/** The 1-based line of the first byte sequence no supported encoding accepts. */
	public int line() {
		return line;
	}
}
