package org.duizhao.dsl.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts users read, kept in messages.properties (UTF-8, Chinese first). Each public static field is filled from
 * the key of the same name when the class loads, in the manner of Eclipse NLS, without needing OSGi.
 */
public final class Messages {

	public static String SectionWithoutProblems;
	public static String SectionWithoutCauses;
	public static String SectionWithoutMeasures;
	public static String MissingAspects;
	public static String Quoted;
	public static String ListSeparator;
	public static String DuplicateAspect;
	public static String DuplicateLead;
	public static String UnknownAspect;
	public static String ProblemWithoutCause;
	public static String ProblemWithoutMeasure;
	public static String MissingCaseAnalysis;
	public static String MissingPart;
	public static String ProfileOfEarlierYear;
	public static String PreviousUnreadable;
	public static String PreviousNotFound;
	public static String PreviousNotAReport;
	public static String PreviousMeasuresWithoutStatus;
	public static String PreviousFollowupWithoutStatus;
	public static String PreviousMeasureUnknown;
	public static String PreviousNotDoneWithoutReason;
	public static String PreviousProblemRepeated;
	public static String OpinionNotTakenUp;
	public static String OpinionCount;
	public static String CriticismWithoutResponse;
	public static String SummaryOpinions;
	public static String ReviewSummary;
	public static String ReviewSummaryNone;
	public static String DepthVague;
	public static String DepthObjectiveCause;
	public static String DepthDisguisedPraise;
	public static String DepthAchievement;
	public static String DepthIndirectVoice;
	public static String DepthCriticismAsHope;
	public static String DepthNoSubjectiveCause;
	public static String DepthCopied;
	public static String SummaryPrevious;
	public static String SummaryCriticism;
	public static String SummaryStatement;
	public static String Placeholder;
	public static String DuplicateItem;
	public static String SimilarItem;
	public static String LibraryVerbatim;
	public static String HalfWidthPunctuation;
	public static String NameSeparator;
	public static String FullWidthDigit;
	public static String UnpairedMark;
	public static String SpaceBetweenHan;
	public static String MissingResponsible;
	public static String MissingDeadline;
	public static String InvalidDeadline;
	public static String DuplicateId;
	public static String UnknownProfile;
	public static String UnresolvedProblem;
	public static String UnresolvedProblemOrCause;
	public static String UnresolvedReference;
	public static String SyntaxStray;
	public static String SyntaxError;
	public static String SyntaxMismatched;
	public static String SyntaxMissing;
	public static String SyntaxExtraneous;
	public static String SyntaxNoViable;
	public static String SyntaxUnterminatedText;
	public static String SyntaxEndOfFile;
	public static String SyntaxText;
	public static String SyntaxName;

	static {
		load(Messages.class, "org.duizhao.dsl.validation.messages");
	}

	private Messages() {
	}

	/** Numbers are written as people write line numbers and counts: 第15876行, not 第15,876行. */
	public static String bind(String pattern, Object... arguments) {
		Object[] plain = arguments.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof Integer || plain[i] instanceof Long || plain[i] instanceof Short) {
				plain[i] = String.valueOf(plain[i]);
			}
		}
		return MessageFormat.format(pattern, plain);
	}

	/** Fills every public static String field of {@code holder} from the bundle; a missing key is a build error. */
	public static void load(Class<?> holder, String bundleName) {
		ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.ROOT, holder.getClassLoader());
		for (Field field : holder.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && field.getType() == String.class) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (IllegalAccessException | MissingResourceException e) {
					throw new IllegalStateException("Message " + field.getName() + " missing in " + bundleName, e);
				}
			}
		}
	}
}
