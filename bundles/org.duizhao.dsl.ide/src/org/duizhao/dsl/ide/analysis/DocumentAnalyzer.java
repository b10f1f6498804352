package org.duizhao.dsl.ide.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.library.LibraryFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
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
	}

	/** Reconciling runs on every pause in typing; library files change rarely, so they are read once per change. */
	private final Map<Path, Snapshot> libraryTexts = new ConcurrentHashMap<>();

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
		XtextResourceSet resourceSet = resourceSetProvider.get();
		for (Path library : folders.stream().distinct().flatMap(f -> LibraryFiles.in(f).stream()).distinct().toList()) {
			URI libraryUri = URI.createFileURI(library.toAbsolutePath().toString());
			if (!libraryUri.equals(uri)) {
				load(resourceSet, libraryUri, read(library));
			}
		}
		XtextResource resource = load(resourceSet, uri, text);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		return new Analysis(text, resource, List.copyOf(issues));
	}

	private String read(Path file) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Snapshot known = libraryTexts.get(file);
			if (known != null && known.modified().equals(modified) && known.size() == size) {
				return known.text();
			}
			String text = TextFiles.read(file).text();
			libraryTexts.put(file, new Snapshot(modified, size, text));
			return text;
		} catch (IOException | UncheckedIOException e) {
			return ""; // an unreadable library is as good as none; the document itself is still analysed
		}
	}

	private XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		// From this injector's factory, not the global registry: the resource must share our grammar access.
		XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen for an in-memory stream
		}
		return resource;
	}

}
