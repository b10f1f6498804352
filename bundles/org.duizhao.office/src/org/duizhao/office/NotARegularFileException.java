package org.duizhao.office;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.dsl.validation.Messages;

/** A folder, device or pipe named as a document to import: reading a pipe would wait forever, /dev/null is no report. */
public class NotARegularFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public NotARegularFileException(Path file) {
		super(Messages.bind(OfficeMessages.NotARegularFile, file));
	}
}
