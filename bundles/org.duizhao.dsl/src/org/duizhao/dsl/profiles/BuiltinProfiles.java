package org.duizhao.dsl.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.duizhao.dsl.text.MeetingDates;
import org.duizhao.model.Document;
import org.duizhao.model.Library;
import org.duizhao.model.Profile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The profiles that ship with the product (builtin/profiles.dzlib). They are written in the DSL itself, so a user
 * who wants another campaign's aspects copies the file and edits it. They are loaded once into a private resource
 * set and offered to every report as real objects, below whatever the index holds.
 */
@Singleton
public class BuiltinProfiles {

	public static final String LOCATION = "/builtin/profiles.dzlib";
	public static final URI URI_ = URI.createURI("duizhao-builtin:/builtin/profiles.dzlib");
	public static final String LIBRARY_LOCATION = "/builtin/default-library.dzlib";
	public static final URI LIBRARY_URI = URI.createURI("duizhao-builtin:/builtin/default-library.dzlib");

	/** The profile a report follows when it names none: the 2023 主题教育 campaign. */
	public static final String DEFAULT_PROFILE = "主题教育2023";

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	private volatile List<Profile> profiles;
	private volatile Library defaultLibrary;
	private XtextResourceSet resourceSet;

	/** The profiles a report may follow: the built-in ones (the default first), then those of the libraries loaded in {@code set}. */
	public List<Profile> withThoseOf(ResourceSet set) {
		List<Profile> result = new ArrayList<>(profiles());
		for (Resource resource : List.copyOf(set.getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Library library) {
					result.addAll(library.getProfiles());
				}
			}
		}
		return result;
	}

	public List<Profile> profiles() {
		List<Profile> result = profiles;
		if (result == null) {
			synchronized (this) {
				if (profiles == null) {
					profiles = load();
				}
				result = profiles;
			}
		}
		return result;
	}

	/**
	 * The library shipped with the product (builtin/default-library.dzlib), written in our own words for the
	 * aspects of the default profile. Loaded after the profiles, whose aspects it refers to.
	 */
	public Library defaultLibrary() {
		Library result = defaultLibrary;
		if (result == null) {
			profiles();
			synchronized (this) {
				if (defaultLibrary == null) {
					defaultLibrary = (Library) load(LIBRARY_URI, LIBRARY_LOCATION);
				}
				result = defaultLibrary;
			}
		}
		return result;
	}

	public Profile defaultProfile() {
		return profiles().stream().filter(p -> DEFAULT_PROFILE.equals(p.getName())).findFirst().orElseThrow();
	}

	/** The meetings a title may name, the most specific first (2023年主题教育专题民主生活会 is 主题教育's). */
	private static final List<String> MEETINGS = List.of("主题教育", "组织生活会", "民主生活会");

	/** Whether the title names a meeting of which profiles are built in. */
	public boolean namesAMeeting(String title) {
		return title != null && MEETINGS.stream().anyMatch(title::contains);
	}

	/**
	 * The profile a report follows when it names none: the built-in profile of the meeting its title names, of its
	 * year or else the newest ({@link #namedBy}), else the default.
	 */
	public Profile defaultFor(String title) {
		return namedBy(title, profiles().stream().map(Profile::getName).toList())
				.flatMap(name -> profiles().stream().filter(p -> p.getName().equals(name)).findFirst()).orElseGet(this::defaultProfile);
	}

	/** The year of the meeting a title names (2024年度民主生活会 → 2024); none for 2026年1月民主生活会 or no year. */
	public static Optional<Integer> meetingYear(String title) {
		return MeetingDates.meetingYear(title);
	}

	/**
	 * Of the profiles named, the one of the meeting the title names: of the year the title gives when there is one
	 * (2024年度民主生活会… → 民主生活会2024), else the newest (…民主生活会对照检查材料 → 民主生活会2025); empty when the
	 * title names no meeting or none of its profiles is among them. The import follows it too.
	 */
	public static Optional<String> namedBy(String title, Collection<String> profileNames) {
		for (String meeting : MEETINGS) {
			if (title != null && title.contains(meeting)) {
				Optional<String> ofTheYear = meetingYear(title).map(year -> meeting + year).filter(profileNames::contains);
				return ofTheYear.or(() -> profileNames.stream().filter(name -> name.startsWith(meeting))
						.max(Comparator.comparing(name -> name.replaceAll("\\D", ""))));
			}
		}
		return Optional.empty();
	}

	public List<IEObjectDescription> descriptions() {
		return profiles().stream()
				.map(p -> EObjectDescription.create(QualifiedName.create(p.getName()), p))
				.toList();
	}

	public boolean isBuiltin(Resource resource) {
		return resource != null && (URI_.equals(resource.getURI()) || LIBRARY_URI.equals(resource.getURI()));
	}

	private List<Profile> load() {
		return List.copyOf(((Library) load(URI_, LOCATION)).getProfiles());
	}

	private Document load(URI uri, String location) {
		if (resourceSet == null) {
			resourceSet = resourceSetProvider.get();
		}
		Resource resource = resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		try (InputStream in = BuiltinProfiles.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("Built-in file missing from the bundle: " + location);
			}
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("Built-in file does not parse: " + location + " " + resource.getErrors());
		}
		EcoreUtil.resolveAll(resource);
		return (Document) resource.getContents().get(0);
	}
}
