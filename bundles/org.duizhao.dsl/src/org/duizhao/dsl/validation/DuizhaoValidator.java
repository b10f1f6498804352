package org.duizhao.dsl.validation;

import org.duizhao.dsl.checks.CompletenessChecker;
import org.duizhao.dsl.checks.CopiedTextChecker;
import org.duizhao.dsl.checks.DepthChecker;
import org.duizhao.dsl.checks.DuplicateTextChecker;
import org.duizhao.dsl.checks.FeedbackChecker;
import org.duizhao.dsl.checks.IdChecker;
import org.duizhao.dsl.checks.LedgerChecker;
import org.duizhao.dsl.checks.LibraryUseChecker;
import org.duizhao.dsl.checks.PreviousYearChecker;
import org.duizhao.dsl.checks.StrayTextChecker;
import org.duizhao.dsl.checks.TextChecker;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validator: it holds no rule itself and composes one checker per concern, so that the editor, the
 * command line and the tests all run the same rules.
 */
@ComposedChecks(validators = { CompletenessChecker.class, TextChecker.class, DuplicateTextChecker.class,
		LedgerChecker.class, IdChecker.class, LibraryUseChecker.class, PreviousYearChecker.class,
		FeedbackChecker.class, DepthChecker.class, CopiedTextChecker.class, StrayTextChecker.class })
public class DuizhaoValidator extends AbstractDuizhaoValidator {
}
