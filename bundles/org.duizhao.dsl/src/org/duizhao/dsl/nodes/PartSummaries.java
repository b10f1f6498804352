package org.duizhao.dsl.nodes;

import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Criticism;
import org.duizhao.model.Followup;
import org.duizhao.model.FollowupState;
import org.duizhao.model.MutualCriticism;
import org.duizhao.model.Opinion;
import org.duizhao.model.Opinions;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Statement;

/** How the outline and 提交前检查 sum a part up in one line ("意见 27 条，认领 25，说明 2"). */
public final class PartSummaries {

	private PartSummaries() {
	}

	/** How many opinions were gathered (the count written, else those listed), claimed by problems, answered. */
	public record OpinionCounts(int gathered, int claimed, int answered) {
	}

	/** 意见 N 条，认领 C，说明 A. */
	public static String opinions(Opinions opinions) {
		OpinionCounts counts = count(opinions);
		return Messages.bind(Messages.SummaryOpinions, counts.gathered(), counts.claimed(), counts.answered());
	}

	public static OpinionCounts count(Opinions opinions) {
		int claimed = 0;
		int answered = 0;
		for (Opinion opinion : opinions.getOpinions()) {
			if (!opinion.getClaimedBy().isEmpty()) {
				claimed++;
			} else if (Reports.isTakenUp(opinion)) {
				answered++;
			}
		}
		int count = opinions.getCount() != null ? opinions.getCount() : opinions.getOpinions().size();
		return new OpinionCounts(count, claimed, answered);
	}

	/** How many of last year's measures are done, continuing and not done. */
	public static String previous(PreviousRectification previous) {
		int[] byState = new int[FollowupState.VALUES.size()];
		for (Followup followup : previous.getFollowups()) {
			if (followup.isSetState()) {
				byState[followup.getState().getValue()]++;
			}
		}
		return Messages.bind(Messages.SummaryPrevious, previous.getFollowups().size(), byState[FollowupState.DONE_VALUE],
				byState[FollowupState.CONTINUING_VALUE], byState[FollowupState.NOT_DONE_VALUE]);
	}

	public static String criticism(MutualCriticism criticism) {
		long received = criticism.getCriticisms().stream().filter(Criticism::isReceived).count();
		return Messages.bind(Messages.SummaryCriticism, criticism.getCriticisms().size() - received, received);
	}

	/** 共 N 段: a statement written as paragraphs. */
	public static String statement(Statement statement) {
		return Messages.bind(Messages.SummaryStatement, statement.getParagraphs().size());
	}
}
