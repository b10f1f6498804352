package org.duizhao.dsl.checks;

import org.duizhao.model.LedgerSeverity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the focused checkers that {@link org.duizhao.dsl.validation.DuizhaoValidator} composes. A checker is
 * registered through the composing validator only, never on its own.
 */
public abstract class AbstractChecker extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DuizhaoValidator
	}

	protected void errorAt(String message, EObject object, int offset, int length, String code, String... data) {
		getMessageAcceptor().acceptError(message, object, offset, length, code, data);
	}

	protected void infoAt(String message, EObject object, int offset, int length, String code, String... data) {
		getMessageAcceptor().acceptInfo(message, object, offset, length, code, data);
	}

	protected void warningAt(String message, EObject object, int offset, int length, String code, String... data) {
		getMessageAcceptor().acceptWarning(message, object, offset, length, code, data);
	}

	/** Reports with the severity a profile asks for (ledger rules are advice in some campaigns, duties in others). */
	protected void report(LedgerSeverity severity, String message, EObject object, EStructuralFeature feature,
			String code, String... data) {
		if (severity == LedgerSeverity.ERROR) {
			error(message, object, feature, code, data);
		} else {
			warning(message, object, feature, code, data);
		}
	}
}
