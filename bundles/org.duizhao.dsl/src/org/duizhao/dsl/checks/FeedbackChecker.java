package org.duizhao.dsl.checks;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.text.OpinionsTold;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Criticism;
import org.duizhao.model.Opinion;
import org.duizhao.model.Opinions;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

/**
 * 对号入座、分别认领: every opinion gathered is taken up by a problem of the report or answered, and a criticism
 * received says what the writer will do about it.
 */
public class FeedbackChecker extends AbstractChecker {

	@Check
	public void opinionTakenUp(Opinion opinion) {
		if (!Reports.isTakenUp(opinion)) {
			warning(Messages.bind(Messages.OpinionNotTakenUp, opinion.getName()), opinion, Literals.OPINION__NAME,
					IssueCodes.OPINION_NOT_TAKEN_UP);
		}
	}

	/**
	 * A part that lists opinions lists them all: then the count and the list agree. Only a count is a summary, and so
	 * is a list its words say gives the main ones (共征求意见6条，主要有：) or groups them (归纳为3个方面).
	 */
	@Check
	public void countMatchesOpinions(Opinions opinions) {
		Integer count = opinions.getCount();
		int listed = opinions.getOpinions().size();
		if (count != null && listed > 0 && count != listed && !OpinionsTold.listsSome(opinions.getDescription())) {
			warning(Messages.bind(Messages.OpinionCount, count, listed), opinions, Literals.OPINIONS__COUNT,
					IssueCodes.OPINION_COUNT, String.valueOf(listed));
		}
	}

	@Check
	public void receivedCriticismAnswered(Criticism criticism) {
		if (criticism.isReceived() && isBlank(criticism.getResponse())) {
			warning(Messages.bind(Messages.CriticismWithoutResponse, criticism.getPerson()), criticism,
					Literals.CRITICISM__PERSON, IssueCodes.CRITICISM_WITHOUT_RESPONSE);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
