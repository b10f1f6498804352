package org.duizhao.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.duizhao.dsl.ide.server.DuizhaoLanguageServer;
import org.duizhao.dsl.library.LibraryFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code duizhao lsp}: the language server for editors (VS Code, Neovim, Emacs…), speaking LSP on stdin/stdout.
 * Reports see the libraries of their workspace folder and of the user's library folder (the product's default, or
 * those named with --libraries).
 */
@Command(name = "lsp")
final class LspCommand implements Callable<Integer> {

	@Option(names = "--libraries", paramLabel = "文件夹")
	private List<Path> libraryFolders = new ArrayList<>();

	@Override
	public Integer call() throws InterruptedException {
		// The protocol owns stdout: the streams are the process's own, not the command line's printers.
		ServerLogging.toStandardError();
		try {
			List<Path> folders = libraryFolders.isEmpty() ? List.of(LibraryFiles.defaultUserFolder()) : libraryFolders;
			DuizhaoLanguageServer.start(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), folders).get();
		} catch (ExecutionException e) {
			// The input broke off (the client died): said on stderr, which is not the protocol's.
			System.err.println("duizhao lsp: " + e.getCause());
		}
		return Main.OK;
	}
}
