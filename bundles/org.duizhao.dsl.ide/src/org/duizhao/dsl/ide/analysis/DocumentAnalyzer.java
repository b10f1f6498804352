package org.duizhao.dsl.ide.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.io.TextResources;
import org.duizhao.dsl.library.LibraryFiles;
import org.duizhao.dsl.text.TextChange;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Parses and validates the text of an open document, with the libraries (.dzlib) of its folder beside it so that
 * profiles written there resolve. Every editor view (annotations, outline, submission check) is computed from the
 * one {@link Analysis} this returns; nothing in the UI parses or validates on its own.
 */
@Singleton
public class DocumentAnalyzer {

	/** A library file's text as last read, and the modification time and size it was read at. */
	private record Snapshot(FileTime modified, long size, String text) {
		boolean sameFileAs(FileTime otherModified, long otherSize) {
			return modified.equals(otherModified) && size == otherSize;
		}
	}

	/** Reconciling runs on every pause in typing; library files change rarely, so they are read once per change. */
	private final Map<Path, Snapshot> libraryTexts = new ConcurrentHashMap<>();

	/** A library file parsed into a session, and the snapshot of the file it was parsed from. */
	private record LoadedLibrary(Snapshot snapshot, XtextResource resource) {
	}

	/**
	 * What the editor keeps of one open document between pauses in typing: its resource set with the libraries
	 * (each parsed again only when its file changes), the document's resource (re-parsed only where the text
	 * changed) and the last analysis.
	 */
	private static final class Session {
		final Object lock = new Object();
		final Map<Path, LoadedLibrary> libraries = new HashMap<>();
		XtextResourceSet resourceSet;
		XtextResource resource;
		/** The text the resource holds: ahead of {@code last} when the validation of an edit was cancelled. */
		String parsed;
		Analysis last;
	}

	/** Open documents; a few at most, the least recently analysed dropped first. */
	private final Map<URI, Session> sessions = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<URI, Session> eldest) {
			return size() > MAX_SESSIONS;
		}
	});

	private static final int MAX_SESSIONS = 12;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceFactory resourceFactory;

	/**
	 * @param uri     where the document lives (its file extension selects report or library)
	 * @param text    the current text, saved or not
	 * @param folders folders whose .dzlib files are visible to the document (its own folder, the user's library folder)
	 */
	public Analysis analyze(URI uri, String text, List<Path> folders) {
		return analyze(uri, text, folders, CancelIndicator.NullImpl);
	}

	public Analysis analyze(URI uri, String text, List<Path> folders, CancelIndicator cancel) {
		Session once = new Session(); // kept by no one: the next call starts afresh
		synchronized (once.lock) {
			return analyzeIn(once, uri, text, folders, cancel);
		}
	}

	/**
	 * The editor's analysis after an edit: like {@link #analyze}, but the document's resource and its libraries are
	 * kept from the last call for the same {@code uri}. Only the changed part of the text is parsed again (Xtext's
	 * partial parsing, then the whole model relinked), a library only when its file changed, and an unchanged text
	 * with unchanged libraries returns the last analysis as it is. The returned analysis's resource is updated by
	 * the next call; read it off this thread only inside {@link Analysis#read}. When {@code cancel} says so (the text
	 * changed again) the validation stops with Xtext's {@code OperationCanceledError}.
	 */
	public Analysis analyzeEdit(URI uri, String text, List<Path> folders, CancelIndicator cancel) {
		Session session = sessions.computeIfAbsent(uri, u -> new Session());
		synchronized (session.lock) {
			return analyzeIn(session, uri, text, folders, cancel);
		}
	}

	/** The one way a document is analysed: in a session, kept for the next edit or not. */
	private Analysis analyzeIn(Session session, URI uri, String text, List<Path> folders, CancelIndicator cancel) {
		if (session.resourceSet == null) {
			session.resourceSet = resourceSetProvider.get();
		}
		boolean librariesChanged = refreshLibraries(session, uri, folders);
		// (the resource must hold that text too: a cancelled validation leaves a newer parse behind the last analysis)
		if (!librariesChanged && session.last != null && session.last.text().equals(text) && text.equals(session.parsed)) {
			return session.last;
		}
		if (session.resource == null) {
			session.resource = load(session.resourceSet, uri, text);
		} else if (librariesChanged) {
			reparse(session.resource, text); // what the report's links and scopes saw of the libraries is gone
		} else if (!text.equals(session.parsed)) {
			update(session.resource, session.parsed, text);
		}
		session.parsed = text;
		// Cancelled (the user typed on) it throws, and the next call validates the newer text; no analysis is kept
		// with the findings of part of the checks.
		List<Issue> issues = validator.validate(session.resource, CheckMode.ALL, cancel);
		if (cancel.isCanceled()) {
			throw new OperationCanceledError(new CancellationException()); // what a cancelled validation returned is partial
		}
		session.last = new Analysis(text, session.resource, issues, session.lock);
		return session.last;
	}

	/** Drops what is kept for a document (its editor was closed). */
	public void forget(URI uri) {
		sessions.remove(uri);
	}

	/** Parses the libraries of the folders that are new or changed on disk, drops those gone; whether any was. */
	private boolean refreshLibraries(Session session, URI uri, List<Path> folders) {
		List<Path> visible = librariesVisibleTo(uri, folders);
		boolean changed = false;
		for (Iterator<Map.Entry<Path, LoadedLibrary>> kept = session.libraries.entrySet().iterator(); kept.hasNext();) {
			Map.Entry<Path, LoadedLibrary> library = kept.next();
			if (!visible.contains(library.getKey())) {
				drop(session, library.getValue());
				kept.remove();
				changed = true;
			}
		}
		for (Path library : visible) {
			Snapshot snapshot = snapshot(library);
			LoadedLibrary loaded = session.libraries.get(library);
			if (loaded == null || !loaded.snapshot().sameFileAs(snapshot.modified(), snapshot.size())) {
				if (loaded != null) {
					drop(session, loaded);
				}
				session.libraries.put(library, new LoadedLibrary(snapshot, load(session.resourceSet, uriOf(library), snapshot.text())));
				changed = true;
			}
		}
		return changed;
	}

	private static void drop(Session session, LoadedLibrary library) {
		library.resource().unload();
		session.resourceSet.getResources().remove(library.resource());
	}

	/** The .dzlib files of the folders, each once, but not the document itself (a library being edited). */
	private static List<Path> librariesVisibleTo(URI document, List<Path> folders) {
		return LibraryFiles.in(folders, document.isFile() ? List.of(Path.of(document.toFileString())) : List.of());
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/** Re-parses the part of the text that changed; the whole text when partial parsing does not give it back. */
	private static void update(XtextResource resource, String before, String after) {
		TextChange change = TextChange.between(before, after);
		try {
			resource.update(change.start(), change.oldEnd() - change.start(), after.substring(change.start(), change.newEnd()));
			if (resource.getParseResult() != null && resource.getParseResult().getRootNode().getText().equals(after)) {
				return;
			}
		} catch (RuntimeException e) {
			// partial parsing gave up on this edit; the whole text is parsed below
		}
		reparse(resource, after);
	}

	private static void reparse(XtextResource resource, String text) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen for text in memory
		}
	}

	private Snapshot snapshot(Path file) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Snapshot known = libraryTexts.get(file);
			if (known != null && known.sameFileAs(modified, size)) {
				return known;
			}
			Snapshot read = new Snapshot(modified, size, TextFiles.read(file).text());
			libraryTexts.put(file, read);
			return read;
		} catch (IOException | UncheckedIOException e) {
			return new Snapshot(FileTime.fromMillis(0), -1, ""); // an unreadable library is as good as none
		}
	}

	private XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		// From this injector's factory, not the global registry: the resource must share our grammar access.
		XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		TextResources.parse(resource, text);
		return resource;
	}

}
