package org.duizhao.dsl.ide.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

/**
 * Parses and validates the text of an open document, with the libraries (.dzlib) of its folder beside it so that
 * profiles written there resolve. Every editor view (annotations, outline, submission check) is computed from the
 * one {@link Analysis} this returns; nothing in the UI parses or validates on its own.
 */
public class DocumentAnalyzer {

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
		for (Path library : folders.stream().distinct().flatMap(f -> libraries(f).stream()).toList()) {
			URI libraryUri = URI.createFileURI(library.toAbsolutePath().toString());
			if (!libraryUri.equals(uri)) {
				load(resourceSet, libraryUri, read(library));
			}
		}
		XtextResource resource = load(resourceSet, uri, text);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		return new Analysis(text, resource, List.copyOf(issues));
	}

	private static List<Path> libraries(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".dzlib")).sorted().toList();
		} catch (IOException e) {
			return List.of(); // an unreadable folder only means fewer profiles are visible
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException | UncheckedIOException e) {
			return "";
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
