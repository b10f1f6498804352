package org.duizhao.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The language server for .dzr and .dzlib: Xtext's server with our ide module (found through
 * {@code META-INF/services/org.eclipse.xtext.ISetup}) and our semantic token types, speaking LSP over the given
 * streams.
 */
public final class DuizhaoLanguageServer {

	private DuizhaoLanguageServer() {
	}

	/**
	 * Serves until the client closes the input; the future ends then. Reports see the libraries of their workspace
	 * folder and those of {@code libraryFolders} (the user's library folder).
	 */
	public static Future<Void> start(InputStream in, OutputStream out, List<Path> libraryFolders) {
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(SemanticTokensService.class).to(DuizhaoSemanticTokens.class);
			binder.bind(UserLibraryWorkspaceConfigFactory.Folders.class).toInstance(new UserLibraryWorkspaceConfigFactory.Folders(libraryFolders));
			binder.bind(IMultiRootWorkspaceConfigFactory.class).to(UserLibraryWorkspaceConfigFactory.class);
		})).getInstance(LanguageServerImpl.class);
		ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "duizhao-lsp");
			thread.setDaemon(true);
			return thread;
		});
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(threads)
				.setExceptionHandler(RequestErrors::of).create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
