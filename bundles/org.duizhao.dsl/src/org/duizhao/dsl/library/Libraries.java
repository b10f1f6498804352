package org.duizhao.dsl.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Library;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.LibrarySection;
import org.duizhao.model.Report;
import org.duizhao.model.ReviewWords;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

/**
 * The libraries a report draws wording from: those loaded beside it (its folder, the user's library folder), and the
 * default library shipped with the product. A report that names libraries with 使用 sees only those.
 */
public class Libraries {

	/** A library item together with the library it belongs to. */
	public record Entry(Library library, LibraryItem item) {
		/** What an item inserted from here records in 来自. */
		public String origin() {
			return library.getTitle();
		}
	}

	@Inject
	private BuiltinProfiles builtins;

	public List<Library> visible(Report report) {
		List<Library> result = new ArrayList<>();
		Resource resource = report.eResource();
		if (resource != null && resource.getResourceSet() != null) {
			for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
				if (!other.getContents().isEmpty() && other.getContents().get(0) instanceof Library library
						&& !library.getSections().isEmpty()) {
					result.add(library);
				}
			}
		}
		result.add(builtins.defaultLibrary());
		if (!report.getLibraries().isEmpty()) {
			result.removeIf(library -> !report.getLibraries().contains(library.getTitle()));
		}
		return result;
	}

	/**
	 * The words every library beside the report adds to the depth checks (审核词 客观原因 "……"), by category. A
	 * library of only such words counts too, and 使用 does not narrow them: they are the office's review rules.
	 */
	public Map<String, List<String>> reviewWords(Report report) {
		Map<String, List<String>> words = new LinkedHashMap<>();
		Resource resource = report.eResource();
		if (resource != null && resource.getResourceSet() != null) {
			for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
				if (!other.getContents().isEmpty() && other.getContents().get(0) instanceof Library library) {
					for (ReviewWords entry : library.getReviewWords()) {
						if (entry.getCategory() != null) {
							words.computeIfAbsent(entry.getCategory(), c -> new ArrayList<>()).addAll(entry.getWords());
						}
					}
				}
			}
		}
		return words;
	}

	/** Items of one kind for one aspect (by aspect name, so libraries for the same profile match). */
	public List<Entry> items(Report report, String aspectName, ItemKind kind) {
		List<Entry> result = new ArrayList<>();
		for (Library library : visible(report)) {
			for (LibrarySection section : library.getSections()) {
				if (section.getAspect() != null && !section.getAspect().eIsProxy()
						&& section.getAspect().getName().equals(aspectName)) {
					for (LibraryItem item : section.getItems()) {
						if (item.getKind() == kind) {
							result.add(new Entry(library, item));
						}
					}
				}
			}
		}
		return result;
	}

	/** Every item of every visible library. */
	public List<Entry> all(Report report) {
		List<Entry> result = new ArrayList<>();
		for (Library library : visible(report)) {
			for (LibrarySection section : library.getSections()) {
				for (LibraryItem item : section.getItems()) {
					result.add(new Entry(library, item));
				}
			}
		}
		return result;
	}
}
