package org.duizhao.dsl.checks;

import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Bylines;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.Finding;
import org.duizhao.dsl.text.Names;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.text.Typography;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * What is written inside the quotes: placeholders left unfilled, and Chinese typography. Every finding is reported
 * on its exact characters, so the editor underlines "XX" and not the whole paragraph.
 */
public class TextChecker extends AbstractChecker {

	/** A two-character name spaced to the width of three, as signatures set it: 王　伟. */
	private static final Pattern SPACED_NAME = Pattern.compile("\\p{IsHan}[ \\u3000]{1,2}\\p{IsHan}");

	@Check
	public void noPlaceholders(EObject object) {
		// Library items keep their * on purpose: they mark what a writer must make specific.
		if (Reports.reportOf(object) == null) {
			return;
		}
		for (StringLiteral literal : StringLiteral.of(object)) {
			for (Finding f : Placeholders.find(literal.content())) {
				errorAt(Messages.bind(Messages.Placeholder, f.found()), object, literal.contentOffset() + f.offset(),
						f.length(), IssueCodes.PLACEHOLDER);
			}
		}
	}

	@Check
	public void chineseTypography(EObject object) {
		for (StringLiteral literal : StringLiteral.of(object)) {
			String text = literal.content();
			int base = literal.contentOffset();
			for (Finding f : Typography.halfWidthPunctuation(text)) {
				warningAt(Messages.bind(Messages.HalfWidthPunctuation, f.found(), f.replacement()), object,
						base + f.offset(), f.length(), IssueCodes.HALF_WIDTH_PUNCTUATION, f.replacement());
			}
			for (Finding f : Names.otherSeparators(text)) {
				warningAt(Messages.bind(Messages.NameSeparator, f.found(), f.replacement()), object, base + f.offset(), f.length(),
						IssueCodes.NAME_SEPARATOR, f.replacement());
			}
			for (Finding f : Typography.fullWidthDigits(text)) {
				warningAt(Messages.bind(Messages.FullWidthDigit, f.found(), f.replacement()), object, base + f.offset(), f.length(),
						IssueCodes.FULL_WIDTH_DIGIT, f.replacement());
			}
			for (Finding f : Typography.unpairedMarks(text)) {
				warningAt(Messages.bind(Messages.UnpairedMark, f.found(), f.replacement()), object, base + f.offset(),
						f.length(), IssueCodes.UNPAIRED_MARK);
			}
			if (literal.feature() == Literals.REPORT__SUBTITLE && Bylines.isByline(text)
					|| literal.feature() == Literals.SIGNATURE__SIGNER && (Bylines.isByline(text) || SPACED_NAME.matcher(text).matches())) {
				// 区政府副区长 邵明远 under the title or as the signer: the space between post and name is the layout;
				// so is the space that widens a two-character name to the width of three in a signature (王　伟)
				continue;
			}
			for (Finding f : Typography.spacesBetweenHan(text)) {
				warningAt(Messages.SpaceBetweenHan, object, base + f.offset(), f.length(), IssueCodes.SPACE_BETWEEN_HAN);
			}
		}
	}
}
