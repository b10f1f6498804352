package org.duizhao.cli;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Layout;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Where the language server's logs go. Stdout carries the protocol and nothing else: a log line or a stack trace in
 * it breaks the client's reading of every message after it. Xtext logs through Log4j 1 (to stdout by default) and
 * LSP4J through java.util.logging, each with stack traces; both go to stderr, one line per event, the exception's
 * message in place of its trace.
 */
final class ServerLogging {

	private static final String PREFIX = "duizhao lsp: ";

	private ServerLogging() {
	}

	/** Sends every log and anything printed to {@code System.out} to stderr; the protocol keeps the real stdout. */
	static void toStandardError() {
		PrintStream err = System.err;
		System.setOut(err);
		var root = LogManager.getLogManager().getLogger(""); // java.util.logging's, beside Log4j's Logger
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new StreamHandler(err, new OneLineFormatter()) {
			@Override
			public synchronized void publish(LogRecord record) {
				super.publish(record);
				flush();
			}
		});
		Logger log4j = Logger.getRootLogger();
		log4j.removeAllAppenders();
		log4j.addAppender(new ConsoleAppender(new OneLineLayout(), ConsoleAppender.SYSTEM_ERR));
	}

	static String line(String level, String message, Throwable thrown) {
		StringBuilder line = new StringBuilder(PREFIX).append(level).append(' ').append(message == null ? "" : message);
		for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			line.append(" — ").append(cause.getClass().getSimpleName()).append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
		}
		return line.toString().replace('\n', ' ').replace('\r', ' ');
	}

	private static final class OneLineFormatter extends Formatter {
		@Override
		public String format(LogRecord record) {
			return line(record.getLevel().getName(), formatMessage(record), record.getThrown()) + System.lineSeparator();
		}
	}

	private static final class OneLineLayout extends Layout {
		@Override
		public String format(LoggingEvent event) {
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			return line(event.getLevel().toString(), event.getRenderedMessage(), thrown) + System.lineSeparator();
		}

		@Override
		public boolean ignoresThrowable() {
			return false; // the throwable is in the line; the appender must not print its trace after it
		}

		@Override
		public void activateOptions() {
		}
	}
}
