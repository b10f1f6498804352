package org.duizhao.dsl.ide.server;

import java.io.FileNotFoundException;
import java.nio.file.FileSystemException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.io.IoMessages;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * What a request that failed answers: an LSP error whose message is one Chinese line a client can show ("无法读取
 * /path/x.dzr：文件不存在"), not LSP4J's "Internal error." with a Java stack trace as its data. The server's log gets
 * the same line.
 */
final class RequestErrors {

	private static final Logger LOG = Logger.getLogger(RequestErrors.class.getName());

	/** {@code FileInputStream}'s way of saying why: "path (reason)". */
	private static final Pattern FILE_AND_REASON = Pattern.compile("(.*) \\((.*)\\)");

	private RequestErrors() {
	}

	static ResponseError of(Throwable thrown) {
		Throwable root = thrown;
		while (root.getCause() != null && root.getCause() != root) {
			if (root instanceof ResponseErrorException answered) {
				return answered.getResponseError();
			}
			root = root.getCause();
		}
		if (root instanceof ResponseErrorException answered) {
			return answered.getResponseError();
		}
		String message = message(root);
		LOG.log(Level.WARNING, message);
		return new ResponseError(ResponseErrorCode.InternalError, message, null);
	}

	private static String message(Throwable root) {
		if (root instanceof FileSystemException file) {
			return IdeMessages.bind(IdeMessages.RequestFileUnreadable, file.getFile(), IoMessages.reason(file));
		}
		if (root instanceof FileNotFoundException && root.getMessage() != null) {
			Matcher matcher = FILE_AND_REASON.matcher(root.getMessage());
			if (matcher.matches()) {
				return IdeMessages.bind(IdeMessages.RequestFileUnreadable, matcher.group(1), IoMessages.inChinese(matcher.group(2)));
			}
		}
		return IdeMessages.bind(IdeMessages.RequestFailed, root.getClass().getSimpleName() + (root.getMessage() == null ? "" : "：" + root.getMessage()));
	}
}
