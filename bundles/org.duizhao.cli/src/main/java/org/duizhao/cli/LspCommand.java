package org.duizhao.cli;

import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.duizhao.dsl.ide.server.DuizhaoLanguageServer;

import picocli.CommandLine.Command;

/** {@code duizhao lsp}: the language server for editors (VS Code, Neovim, Emacs…), speaking LSP on stdin/stdout. */
@Command(name = "lsp")
final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException {
		// The protocol owns stdout: the streams are the process's own, not the command line's printers.
		try {
			DuizhaoLanguageServer.start(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out)).get();
		} catch (ExecutionException e) {
			// The client went away (closed the pipe): the server's work is done.
		}
		return Main.OK;
	}
}
