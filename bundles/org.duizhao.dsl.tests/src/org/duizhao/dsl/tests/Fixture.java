package org.duizhao.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses texts into a fresh resource set (optionally beside other files) and validates them. */
public class Fixture {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceValidator validator;

	public XtextResource parse(String text) {
		return parse(text, "test.dzr", Map.of());
	}

	/** Loads {@code text} as {@code name}, with {@code others} (file name → text) in the same resource set. */
	public XtextResource parse(String text, String name, Map<String, String> others) {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		others.forEach((otherName, otherText) -> load(resourceSet, otherName, otherText));
		return load(resourceSet, name, text);
	}

	/** Loads a file where it lies, so that what it names beside itself (last year's report) is found. */
	public XtextResource parseFile(Path file) throws IOException {
		XtextResource resource = (XtextResource) resourceSetProvider.get()
				.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resource.load(Files.newInputStream(file), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	private static XtextResource load(XtextResourceSet resourceSet, String name, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	public List<Issue> validate(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public List<Issue> validate(String text) {
		return validate(parse(text));
	}

	public Set<String> codes(String text) {
		return codes(validate(text));
	}

	public static Set<String> codes(List<Issue> issues) {
		Set<String> result = new TreeSet<>();
		issues.forEach(i -> result.add(i.getCode()));
		return result;
	}

	public static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	public static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	/** The text an issue marks. */
	public static String marked(String text, Issue issue) {
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}
}
