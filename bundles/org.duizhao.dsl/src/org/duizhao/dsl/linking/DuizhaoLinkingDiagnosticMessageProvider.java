package org.duizhao.dsl.linking;

import java.util.stream.Collectors;

import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Aspect;
import org.duizhao.model.Document;
import org.duizhao.model.Profile;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.google.inject.Inject;

/** Unresolved names explained in the user's terms: which profile lacks the aspect, and what it does offer. */
public class DuizhaoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private ProfileResolver profileResolver;

	@Inject
	private BuiltinProfiles builtinProfiles;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		if (reference == ReportPackage.Literals.SECTION__ASPECT
				|| reference == ReportPackage.Literals.LIBRARY_SECTION__ASPECT) {
			Document document = EcoreUtil2.getContainerOfType(context.getContext(), Document.class);
			if (profileResolver.isUnresolved(document)) {
				return null; // the unknown profile is the one error worth showing
			}
			Profile profile = profileResolver.effectiveProfile(document);
			String available = profile.getAspects().stream().map(Aspect::getName).collect(Collectors.joining("、"));
			return error(Messages.bind(Messages.UnknownAspect, profile.getName(), name, available), IssueCodes.UNKNOWN_ASPECT);
		}
		if (reference == ReportPackage.Literals.REPORT__PROFILE || reference == ReportPackage.Literals.LIBRARY__PROFILE) {
			String builtins = builtinProfiles.profiles().stream().map(Profile::getName).collect(Collectors.joining("、"));
			return error(Messages.bind(Messages.UnknownProfile, name, builtins), IssueCodes.UNKNOWN_PROFILE);
		}
		if (reference == ReportPackage.Literals.CAUSE__EXPLAINS || reference == ReportPackage.Literals.OPINION__CLAIMED_BY) {
			return error(Messages.bind(Messages.UnresolvedProblem, name), IssueCodes.UNRESOLVED_REFERENCE);
		}
		if (reference == ReportPackage.Literals.MEASURE__ANSWERS) {
			return error(Messages.bind(Messages.UnresolvedProblemOrCause, name), IssueCodes.UNRESOLVED_REFERENCE);
		}
		return error(Messages.bind(Messages.UnresolvedReference, name), IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static DiagnosticMessage error(String message, String code) {
		return new DiagnosticMessage(message, Severity.ERROR, code);
	}
}
