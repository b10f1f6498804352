package org.duizhao.dsl.profiles;

import org.duizhao.model.Library;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

/** Which profile a report or library is checked against. */
public class ProfileResolver {

	@Inject
	private BuiltinProfiles builtinProfiles;

	/**
	 * The named profile; when none is named, the newest built-in one of the meeting the report's title names (the
	 * default when it names none). When the named one cannot be found the linker reports that, and the default stands
	 * in so that sections still link and get checked.
	 */
	public Profile effectiveProfile(EObject document) {
		Profile named = namedProfile(document);
		if (named != null && !named.eIsProxy()) {
			return named;
		}
		return named == null && document instanceof Report report ? builtinProfiles.defaultFor(report.getTitle())
				: builtinProfiles.defaultProfile();
	}

	/** Whether the document names a profile that cannot be found; checks against the profile then stay quiet. */
	public boolean isUnresolved(EObject document) {
		Profile named = namedProfile(document);
		return named != null && named.eIsProxy();
	}

	private static Profile namedProfile(EObject document) {
		if (document instanceof Report report) {
			return report.getProfile();
		}
		if (document instanceof Library library) {
			return library.getProfile();
		}
		return null;
	}
}
