package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.FindingKind;
import org.duizhao.dsl.importer.Draft.Piece;
import org.duizhao.dsl.importer.Draft.Place;
import org.duizhao.dsl.importer.ImportVocabulary.Part;
import org.duizhao.dsl.importer.Markers.Level;
import org.duizhao.dsl.importer.Markers.Marker;
import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.dsl.text.Names;
import org.duizhao.dsl.text.StatedDeadlines;
import org.duizhao.dsl.text.Typography;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Scope;

/**
 * Reads a report from its paragraphs, in the layouts offices write: parts by what their headings mean (存在的问题,
 * 问题产生的原因, 下一步努力方向 …); aspect headings on a line of their own or with their problems in the same
 * paragraph (（一）在理论学习方面。一是……); problems inline, numbered or one a paragraph; causes and measures written
 * once for the report or under each aspect (存在问题：/原因分析：/整改措施：, or as sub-headings); the parts the language
 * has no place for yet (上年度整改, 征求意见, 相互批评, 个人有关事项) kept whole as labelled comments; the signature.
 * Numbering faults become findings at the number's place. Nothing throws and nothing is lost: text without a place
 * is kept as a comment where it stood.
 */
public final class DraftReader {

	/** How a source counts its paragraphs: lines of a text file, paragraphs of a Word document. */
	public enum Unit {
		LINE, PARAGRAPH;

		/** 第 12 行 / 第 12 段. */
		public String at(int number) {
			return ImportMessages.bind(this == LINE ? ImportMessages.LineAt : ImportMessages.ParagraphAt, number);
		}
	}

	private enum Context {
		HEAD, PROBLEMS, CAUSES, MEASURES, CASES, KEPT, STATEMENT, CLOSING, ENCLOSURES
	}

	/** 2026年1月12日, also in Chinese numerals (二〇二六年一月十二日) as signatures are often written. */
	private static final String WRITTEN_DATE = "((?:[0-9０-９]|[〇零一二三四五六七八九]){4}\\s*年\\s*(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])\\s*月"
			+ "(?:\\s*(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*日)?)";
	private static final Pattern DATE = Pattern.compile("^[（(]?\\s*" + WRITTEN_DATE + "\\s*[）)]?$");
	/** 2025.1.20, 2025-01-20, 2025/1/20: a date written with figures alone, which the .dzr writes 2025年1月20日 (GB/T 9704). */
	private static final String DATE_IN_FIGURES = "([0-9０-９]{4})\\s*[.．/／-]\\s*([0-9０-９]{1,2})\\s*[.．/／-]\\s*([0-9０-９]{1,2})";
	private static final Pattern FIGURES_DATE = Pattern.compile("^[（(]?\\s*" + DATE_IN_FIGURES + "\\s*[）)]?$");
	/** 副县长：范志明 — a signature that gives the post before the name. */
	private static final Pattern POST_AND_NAME = Pattern.compile("^(\\p{IsHan}{2,12})[：:]\\s*\\p{IsHan}{2,4}$");
	private static final Pattern TRAILING_DATE = Pattern.compile("^(.{2,30}?)[\\s\u3000]+(" + WRITTEN_DATE + "|" + DATE_IN_FIGURES + ")$");
	/** 附：/ 附件：/ 附件1： — the list of attachments before the signature. */
	/** 附件：…, 附件1：…, 附：…; or 附件 (1) alone on its line, as GB/T 9704 heads an attachment's page, its title below. */
	private static final Pattern ENCLOSURE = Pattern.compile("^(?:(?:附件\\s*[0-9０-９]{0,2}|附)\\s*[：:]\\s*|附件\\s*[0-9０-９]{0,2}\\s*$)");
	/** A line of that list after the first: a name, no sentence. */
	private static final int ENCLOSURE_MAX = 60;
	private static final Pattern NAMES_ONE_PROBLEM = Pattern.compile("关于“|”的?问题");
	/** A 支部 (or 总支) named in a title; {@link #MEMBER_OF_THE_GROUP} after it says whether it is the 支部's report. */
	private static final Pattern BRANCH = Pattern.compile("总支部?+|支部");
	/** 书记, 副书记, 成员… after 党组 or 支部: a member of the group, not the group. */
	private static final Pattern MEMBER_OF_THE_GROUP = Pattern.compile("\\s*(?:第一书记|副?书记|成员|\\p{IsHan}{0,2}委员(?!会)|常委(?!会)|党员)");
	/** 党员王明在第一党支部组织生活会上的对照检查材料: one person's words at the meeting. */
	private static final Pattern SPEAKER_AT_A_MEETING = Pattern.compile("在[^，。；]{2,40}?会上的");
	/** How long the name of a group before 党委将 may be: 学院党委将, 区卫生健康局党组将. */
	private static final int RESOLVING_GROUP = 8;
	/** A headline alone on its line is short: a longer line without a stop is a sentence left unfinished. */
	private static final int HEADLINE_AT_MOST = 30;
	/** The longest part's name after a numeral without its 、 that is read as a heading. */
	private static final int BARE_HEADING_LONGEST = 16;
	private static final Pattern SENTENCE_MARK = Pattern.compile("[。，；：、？！,;:?!]");
	/** 同志们： or 各位领导、同志们： — how a speech opens, before the preface; not the preface's words. */
	private static final Pattern SALUTATION = Pattern.compile("^(?:[^，。；：:]{0,12}、)?(?:同志们|各位领导|各位同志|各位同事|同事们)[：:]");
	/** 问题一（学习党的创新理论方面）：…… — a problem numbered in words that names its aspect in brackets. */
	private static final Pattern PROBLEM_OF_ASPECT = Pattern
			.compile("^问题[一二三四五六七八九十0-9０-９]{1,3}\\s*[（(]([^（()）：:]{2,30}方面)[）)]\\s*[：:，,]?\\s*");
	/** 现将对照检查情况报告如下 — the last words of a preface, which name the problems part but head none. */
	private static final Pattern ANNOUNCES_THE_REPORT = Pattern.compile("^(?:现|下面|以下|特).{0,24}如下$");
	/** A stop after an attachment's name: the list's punctuation, not the name's (GB/T 9704 wants none). */
	private static final Pattern NAME_STOP = Pattern.compile("[。；;，,]$");
	/** Between two attachments named on one line: 附件：1.征求意见建议清单；2.整改台账. */
	private static final Pattern NEXT_IN_LINE = Pattern.compile("[；;，,]\\s*(?=[0-9０-９]{1,2}\\s*[.．、])");
	private static final Pattern NUMBER_IN_LINE = Pattern.compile("[0-9０-９]{1,2}\\s*[.．、]");
	/** 区委： or 县委组织部： alone on its line before the preface: whom a report is addressed to, not its words. */
	private static final Pattern ADDRESSEE = Pattern.compile("^\\p{IsHan}{0,12}(?:委|党组|党委|党工委|委员会|组织部|支部|总支)[：:]$");
	/** How the heading of a 说明 ends (谈话函询情况：…, 个人有关事项说明, 需要说明的其他问题), also one after the closing. */
	private static final Pattern STATEMENT_HEADING_END = Pattern.compile("(?:情况|说明|事项|报告|问题)$");

	/** Items being read under one aspect part or report part. */
	private static final class Target {
		final List<ItemBuilder> items = new ArrayList<>();
		final boolean problems;
		Level level;
		ItemBuilder current;
		/** Whether the last item was numbered by 首先, 其次…: only then does a paragraph's 其次，or 最后， go on with it. */
		boolean inOrdinalWords;

		Target(boolean problems) {
			this.problems = problems;
		}
	}

	private static final class ItemBuilder {
		final Place place;
		final String headline;
		final StringBuilder body = new StringBuilder();
		final StringBuilder example = new StringBuilder();
		boolean hasExample;
		final List<String> notes;

		/** The heading of the group it stands under, when that heading names no aspect. */
		Optional<String> group = Optional.empty();

		/**
		 * 管党治党有所放松 alone on its line, no stop, nothing after it: a headline whose body is the next paragraph, not
		 * an item of its own.
		 */
		boolean awaitsItsBody() {
			return body.isEmpty() && !hasExample && headline.length() <= HEADLINE_AT_MOST && !Sentences.endsSentence(headline)
					&& !SENTENCE_MARK.matcher(headline).find();
		}

		ItemBuilder(Place place, String headline, List<String> notes) {
			this.place = place;
			this.headline = headline;
			this.notes = notes;
		}

		/** More text of the item; in a problem, a 比如 sentence in it starts the example (looked for in the new text only). */
		void append(String text, boolean problem) {
			if (hasExample) {
				example.append(text);
				return;
			}
			Sentences.Example split = problem && (body.isEmpty() || Sentences.endsSentence(body))
					? Sentences.example(text) : new Sentences.Example(text, Optional.empty());
			body.append(split.body());
			split.example().ifPresent(e -> {
				example.append(e);
				hasExample = true;
			});
		}

		Draft.Item build(boolean measure) {
			String text = body.toString();
			String head = headline;
			Optional<String> responsible = Optional.empty();
			Optional<String> deadline = Optional.empty();
			if (measure) {
				Sentences.Ledger ledger = Sentences.ledger(text);
				if (ledger.responsible().isEmpty() && ledger.deadline().isEmpty()) {
					// 每季度开展1次专题研讨（责任人：党组书记；完成时限：2024年3月底前）。— the fields before the stop, in the headline
					boolean oneSentence = body.isEmpty();
					Optional<Sentences.Ledger> inHeadline = Sentences.ledgerInHeadline(headline)
							.or(() -> oneSentence ? Sentences.termAtTheEnd(headline) : Optional.empty());
					if (inHeadline.isPresent()) {
						head = inHeadline.get().body();
						ledger = new Sentences.Ledger(text, inHeadline.get().responsible(), inHeadline.get().deadline());
					}
				}
				text = ledger.body();
				responsible = ledger.responsible();
				// no 完成时限： given: the date by which the measure's own words say it will be done
				String said = head + ledger.body();
				deadline = ledger.deadline().or(() -> StatedDeadlines.stated(said));
			}
			return new Draft.Item(place, head, text, hasExample ? Optional.of(example.toString()) : Optional.empty(),
					responsible, deadline, List.copyOf(notes), group);
		}
	}

	/**
	 * A 说明 being read. Its heading stays a comment where it stood (its {@code note}, among the pending ones) until text
	 * under it makes it a 说明: a heading whose text went elsewhere (aspects after it) or that has none would otherwise
	 * be an empty part in the document.
	 */
	private static final class StatementBuilder {
		final Place place;
		final Optional<Part> part;
		final String heading;
		final List<String> paragraphs = new ArrayList<>();
		final String note;

		StatementBuilder(Place place, Optional<Part> part, String heading, String note) {
			this.place = place;
			this.part = part;
			this.heading = heading;
			this.note = note;
		}

		Draft.Statement build() {
			return new Draft.Statement(place, part, heading, List.copyOf(paragraphs));
		}
	}

	private static final class AspectBuilder {
		final Place place;
		final String heading;
		final String core;
		final Level level;
		final List<String> notes;
		final Target problems = new Target(true);
		final Target causes = new Target(false);
		final Target measures = new Target(false);
		/** Its words under the heading before the first problem (导语). */
		final StringBuilder lead = new StringBuilder();

		AspectBuilder(Place place, String heading, Level level, List<String> notes) {
			this.place = place;
			this.heading = heading;
			this.core = Headings.core(heading);
			this.level = level;
			this.notes = notes;
		}
	}

	/** The paragraph being read: its text without surrounding white space and where that text starts. */
	private record At(Paragraph paragraph, int lead, String text) {

		Place place(int start, int length) {
			int column = paragraph.sourceIndex(lead + start);
			return new Place(paragraph.line(), column + 1, paragraph.offset() + column, length);
		}

		Place place(Marker marker) {
			return place(marker.start(), text.substring(marker.start(), marker.end()).strip().length());
		}
	}

	private final ImportVocabulary words = ImportVocabulary.get();
	private final List<ProfileAspects> known;
	private final Unit unit;
	private final List<Paragraph> paragraphs;

	private Context context = Context.HEAD;
	private Part keptPart;
	/** The level of the last aspect heading, in the problems or as a group of causes or measures; null in a new part. */
	private Level headingLevel;
	private AspectBuilder aspect;
	private Target target;
	/** Problems numbered under the problems' heading with no aspect heading in that part. */
	private final Target problems = new Target(true);
	/** Whether an aspect heading comes later in the problems' part (see aspectAheadInTheProblems); null: not looked yet. */
	private Boolean aspectAhead;
	/** The index of the paragraph being read (its content is read with index -1 when it follows a heading's words). */
	private int reading;
	private final Target causes = new Target(false);
	private final Target measures = new Target(false);
	private final Target cases = new Target(false);
	private final List<AspectBuilder> aspects = new ArrayList<>();
	/** The words that open the problems, the causes or the measures of the whole report (导语). */
	private final Map<ItemKind, StringBuilder> leads = new EnumMap<>(ItemKind.class);
	/** Where each lead was read: its further paragraphs join it, another part's words do not. */
	private final Map<ItemKind, Target> leadFrom = new EnumMap<>(ItemKind.class);
	private final List<String> pending = new ArrayList<>();
	/** The parts' headings as written (一、存在的主要问题), the first of each, for the export to write them so. */
	private final Map<ItemKind, String> partHeadings = new EnumMap<>(ItemKind.class);
	/** Comments that stand before the preface (同志们：), not in the first aspect the pending ones go to. */
	private final List<String> headNotes = new ArrayList<>();
	private final Map<Level, List<Numbering.Number>> numbers = new EnumMap<>(Level.class);
	private final List<Finding> findings = new ArrayList<>();
	private final List<Piece> structure = new ArrayList<>();
	private final Set<Integer> signatureLines = new HashSet<>();
	private final List<Part> kept = new ArrayList<>();
	private final Followups followups = new Followups();
	private final MeasureTable measureTable = new MeasureTable();
	private final FollowupTable followupTable = new FollowupTable();
	private final List<Draft.Criticism> criticisms = new ArrayList<>();
	private final List<Draft.Enclosure> enclosures = new ArrayList<>();
	private final List<StatementBuilder> statements = new ArrayList<>();
	private CriticismReader criticismReader = new CriticismReader();
	private final FollowupReader followupReader = new FollowupReader();
	private boolean partLevelUsed;
	/** Whether the first part heading was numbered （一）: then the parts after it are too (and aspects 1. 2.). */
	private boolean partsAsSections;
	/** Whether a part of measures came: a second one that looks ahead (下一步打算) is the closing. */
	private boolean measuresPartSeen;
	/** Whether an aspect had a label of its own (问题：…, 原因分析：… under it): the report is written by aspect. */
	private boolean partsWithinAspects;

	private String title;
	private String subtitle;
	/** The heading of the group of causes or measures being read when it names no aspect (（一）着力加强理论武装). */
	private String groupHeading;
	/** The level that heading is numbered at: an item or heading at that level or above ends the group. */
	private Level groupLevel;
	/** Words that sum up the problems after the last of them (以上问题虽有客观因素……), for the part that comes next. */
	private At problemsSummedUp;
	/** The problems whose last item those words would have gone on with, had no causes' or measures' heading come. */
	private Target summedUpFrom;
	private final StringBuilder preface = new StringBuilder();
	private final StringBuilder closing = new StringBuilder();
	private String organization;
	private String author;
	private String date;

	private DraftReader(List<Paragraph> paragraphs, List<ProfileAspects> known, Unit unit) {
		// a name's parts joined by ·, however the draft dotted them (阿不都热合曼.吐尔逊 was read as two sentences);
		// digits half-width (全年１２次 → 12次), as GB/T 9704 writes them
		this.paragraphs = paragraphs.stream().map(p -> p.replacing(text -> Typography.halfWidthDigits(Names.withMiddleDots(text)))).toList();
		this.known = known;
		this.unit = unit;
	}

	/** The draft of a report; never throws, whatever the text. */
	public static Draft read(List<Paragraph> paragraphs, List<ProfileAspects> known, Unit unit) {
		DraftReader reader = new DraftReader(paragraphs, known, unit);
		try {
			reader.signature();
		} catch (RuntimeException e) {
			reader.signatureLines.clear(); // the signature is read as text then, not lost
		}
		try {
			for (int i = 0; i < paragraphs.size(); i++) {
				if (!reader.signatureLines.contains(i)) {
					reader.acceptSafely(i);
				}
			}
		} catch (RuntimeException e) {
			reader.findings.add(new Finding(Place.NOWHERE, FindingKind.IMPORT_FAILED, ImportMessages.bind(ImportMessages.ImportFailed, e)));
		}
		return reader.finish();
	}

	/** A paragraph the reader fails on is kept whole as a comment, and the reading goes on with the next. */
	private void acceptSafely(int index) {
		try {
			accept(index);
		} catch (RuntimeException e) {
			if (problemsSummedUp != null) {
				// words held for the next part are not carried past a paragraph that failed: kept where they stood
				pending.add(note(problemsSummedUp, ImportMessages.Lead + "：" + problemsSummedUp.text()));
				problemsSummedUp = null;
			}
			Paragraph p = paragraphs.get(index);
			findings.add(new Finding(new Place(p.line(), 1, p.offset(), p.text().length()), FindingKind.IMPORT_FAILED,
					ImportMessages.bind(ImportMessages.ImportFailed, e)));
			pending.add(unit.at(p.line()) + "：" + p.text().strip());
		}
	}

	private void accept(int index) {
		reading = index;
		Paragraph p = paragraphs.get(index);
		String raw = p.text();
		String text = raw.strip();
		if (text.isEmpty()) {
			return;
		}
		At at = new At(p, raw.indexOf(text.charAt(0)), text);
		if (p.verbatim()) {
			if (!tableOfMeasures(index, at, p.rows()) && !tableOfFollowups(at, p.rows())) {
				keep(at, text);
			}
			return;
		}
		if (enclosure(index, at)) {
			return;
		}
		classify(index, at);
	}

	/** What a paragraph's text (or a piece of it, as its own paragraph) is: a heading, a label, or content. */
	private void classify(int index, At at) {
		String text = at.text();
		Optional<Marker> marker = Markers.leading(text).or(() -> partNumberWithoutItsMark(text));
		int from = marker.map(Marker::end).orElse(0);
		Headings.Heading heading = Headings.at(text, from);
		boolean standalone = heading.end() >= text.length();
		Level level = marker.map(Marker::level).orElse(Level.NONE);
		Optional<Part> part = partHeading(index, level, heading, standalone);
		if (part.isEmpty() && level == Level.PART) {
			// 一、上年度整改情况 去年查摆……: a part's heading and its first sentence in one paragraph, apart by spaces
			Optional<Headings.Heading> spaced = Headings.beforeGap(text, from);
			Optional<Part> spacedPart = spaced.flatMap(h -> partHeading(index, level, h, false));
			if (spacedPart.isPresent()) {
				heading = spaced.get();
				part = spacedPart;
			}
		}
		Matcher problemOfAspect = PROBLEM_OF_ASPECT.matcher(text);
		At summedUpBefore = problemsSummedUp;
		if (marker.isEmpty() && problemOfAspect.lookingAt() && (context == Context.HEAD || context == Context.PROBLEMS)) {
			problemOfAspect(index, at, problemOfAspect);
		} else if (part.isPresent()) {
			startPart(index, at, marker, heading, part.get());
		} else if (unknownHeading(level, heading, standalone, text)) {
			startUnknown(at, marker, heading);
		} else if (aspectHeading(level, heading, standalone, text)) {
			startAspect(index, at, marker, heading, standalone);
		} else if (!label(at, marker, from)) {
			content(index, at, marker, from);
		}
		if (summedUpBefore != null && problemsSummedUp == summedUpBefore) {
			// the paragraph after the summing up was no part's heading after all: the words go on with the last problem
			giveBackTheProblemsSummary();
		}
	}

	// ---- parts

	private Optional<Part> partHeading(int index, Level level, Headings.Heading heading, boolean standalone) {
		String head = heading.head();
		// 关于“约谈提醒不够”的问题 names one problem: an item, not the heading of a part (which would be lost); 对照“四个
		// 带头”查摆的问题 is a heading
		if (heading.aspectForm() || head.isEmpty() || head.length() > 30 || head.contains("，") || NAMES_ONE_PROBLEM.matcher(head).find()
				|| level == Level.NONE && context == Context.HEAD && ANNOUNCES_THE_REPORT.matcher(head).matches()) {
			return Optional.empty();
		}
		Optional<Part> part = words.partOf(head);
		if (part.isEmpty()) {
			return part;
		}
		boolean byName = switch (level) {
		case PART -> true;
		// （二）严格落实个人有关事项报告制度。 is a measure: a 说明's heading says no sentence
		case SECTION -> part.get().isStatement() ? readsAsHeading(index, heading, standalone)
				: part.get().standsApart() || !partLevelUsed && (partsAsSections || aspects.isEmpty() && context == Context.HEAD);
		// A report that numbers its parts numbers all of them: then an unnumbered line is text that names a part, but
		// for the heading of a 说明 at the end of the report (谈话函询情况：… after the criticisms, 需要说明的问题 alone
		// on its line after the measures). A part apart may have its first sentence after a colon (上年度整改落实情况：…).
		case NONE -> (!partLevelUsed && (standalone || part.get().standsApart() && readsAsHeading(index, heading, false)
				|| afterColon(heading, index) && afterTheAspects(index, part.get()))
				|| part.get().isStatement() && (atTheEnd() || context == Context.MEASURES && standalone) && readsAsHeading(index, heading, standalone))
				&& head.length() <= 16 && (aspect == null || part.get().standsApart() || nextAtOrAbove(index, aspect.level)
						|| afterTheAspects(index, part.get()));
		default -> false;
		};
		return byName ? part : Optional.empty();
	}

	/**
	 * 个人有关事项说明 alone on its line, or 谈话函询情况：本年度…: the heading of a part apart, whose words are no
	 * sentence's (需要说明的是：… and 严格落实个人有关事项报告制度。 are).
	 */
	private boolean readsAsHeading(int index, Headings.Heading heading, boolean standalone) {
		String text = paragraphs.get(index).text().strip();
		char closedBy = heading.closedBy(text);
		return (standalone && closedBy == 0 || closedBy == '：' || closedBy == ':') && STATEMENT_HEADING_END.matcher(heading.head()).find();
	}

	/**
	 * 原因剖析 alone on its line (or 原因剖析：…… with the first cause) after aspects headed 学习贯彻……方面 with no number:
	 * the causes of the whole report when no aspect heading comes after it and no aspect had a label of its own
	 * (问题：, 原因分析：); else it heads those of the aspect above it (a report written by aspect).
	 */
	private boolean afterTheAspects(int index, Part part) {
		return (part == Part.CAUSES || part == Part.MEASURES) && !partsWithinAspects && !aspectHeadingAfter(index);
	}

	/** 原因剖析：…… — the heading's words end at a colon, its first item after it. */
	private boolean afterColon(Headings.Heading heading, int index) {
		char closedBy = heading.closedBy(paragraphs.get(index).text().strip());
		return closedBy == '：' || closedBy == ':';
	}

	/**
	 * Under the problems' heading before the first aspect: words that open the part (导语 问题) when no number is in
	 * them and, after more such words, an aspect heading comes; numbered problems with no aspect over them are no
	 * lead. {@code index} -1: the heading's own paragraph, after its words.
	 */
	private boolean opensTheProblems(int index, String text) {
		if (numbered(text)) {
			return false;
		}
		for (int i = index + 1; index >= 0 && i < paragraphs.size(); i++) {
			String next = paragraphs.get(i).text().strip();
			if (next.isEmpty()) {
				continue;
			}
			if (startsWithAnAspect(next)) {
				return true;
			}
			if (numbered(next)) {
				return false;
			}
		}
		return index < 0;
	}

	/**
	 * Problems with no aspect heading in their part (a 支部 writing 一是……二是…… under 一、存在的问题): problems of the
	 * whole report, which the import places under aspects by what they say, as it does causes written once for the
	 * whole report (Attacher.spread). Words before the first (经过查摆，主要存在以下问题：) open the part; once one is
	 * read, the paragraphs after it go on with it.
	 */
	private boolean problemsWithoutAspects(int index, boolean numbered) {
		return (!problems.items.isEmpty() || numbered || index >= 0 && numberedNext(index)) && !aspectAheadInTheProblems();
	}

	/**
	 * Whether a paragraph after the one being read starts with an aspect's heading, in any form the reader takes for one
	 * (alone, running into its first problem, 问题一（……方面）), before the next part begins: then the numbered text
	 * above it is no problem of the whole report (it stays a comment where it stood). Causes grouped by aspect in
	 * their own part do not count. Looked for once per part: a later paragraph sees no more than the first did.
	 */
	private boolean aspectAheadInTheProblems() {
		if (aspectAhead == null) {
			aspectAhead = false;
			for (int i = reading + 1; i < paragraphs.size(); i++) {
				String next = paragraphs.get(i).text().strip();
				if (next.isEmpty()) {
					continue;
				}
				if (startsAnotherPart(next)) {
					break;
				}
				if (startsWithAnAspect(next)) {
					aspectAhead = true;
					break;
				}
			}
		}
		return aspectAhead;
	}

	private boolean startsAnotherPart(String text) {
		Headings.Heading heading = Headings.at(text, Markers.leading(text).map(Marker::end).orElse(0));
		return !heading.aspectForm() && words.partOf(heading.head()).filter(part -> part != Part.PROBLEMS).isPresent();
	}

	/** A number at its start or 一是 in it: an item, not words that open a part. */
	private static boolean numbered(String text) {
		return Markers.leading(text).isPresent() || !Markers.inline(text, 0).isEmpty();
	}

	private boolean aspectHeadingAfter(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			if (isAspectHeading(paragraphs.get(i).text().strip())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A paragraph that starts with an aspect's heading, alone or running into its first problem (（一）在理论学习方面。
	 * 一是……), or a problem that names its aspect (问题一（学习……方面）：……).
	 */
	private boolean startsWithAnAspect(String text) {
		return PROBLEM_OF_ASPECT.matcher(text).lookingAt() || aspectHeadingAtStart(text).isPresent();
	}

	/** A paragraph that is an aspect's heading and no more: （一）在理论学习方面, 二、政治素质方面. */
	private boolean isAspectHeading(String text) {
		return aspectHeadingAtStart(text).filter(heading -> heading.end() >= text.length()).isPresent();
	}

	/** The heading of an aspect a paragraph starts with, by its form (……方面) or the profile's names. */
	private Optional<Headings.Heading> aspectHeadingAtStart(String text) {
		Headings.Heading heading = Headings.at(text, Markers.leading(text).map(Marker::end).orElse(0));
		return Optional.of(heading).filter(h -> h.end() > 0
				&& (h.aspectForm() || Headings.namesKnownAspect(known, Headings.core(h.head()), false)));
	}

	/**
	 * （一）理论学习不够系统 says what falls short: the headline of a problem (or of a cause), whose body may follow on
	 * the next line, not the heading of an aspect, which names what the aspect is about (（一）理论学习情况, 在理论学习方面).
	 * Asked only of a heading that names no known aspect: a profile's own label may say 补短板.
	 */
	private boolean namesAShortfall(Headings.Heading heading) {
		return !heading.aspectForm() && words.mentions("shortfall", heading.head());
	}

	/** Past the aspects, causes and measures: among the criticisms, the 说明 parts or after the closing. */
	private boolean atTheEnd() {
		return context == Context.KEPT && keptPart == Part.CRITICISM || context == Context.STATEMENT || context == Context.CLOSING;
	}

	private void startPart(int index, At at, Optional<Marker> marker, Headings.Heading heading, Part part) {
		marker.ifPresentOrElse(m -> number(at, m), () -> closeBelow(Level.PART));
		partLevelUsed |= marker.map(m -> m.level() == Level.PART).orElse(false);
		partsAsSections |= !partLevelUsed && context == Context.HEAD && marker.map(m -> m.level() == Level.SECTION).orElse(false);
		aspect = null;
		headingLevel = null;
		keptPart = part;
		target = null;
		if (part.isStatement()) {
			startStatement(at, marker, heading, Optional.of(part));
			return;
		}
		if (part.keptAsComment()) {
			context = Context.KEPT;
			criticismReader = new CriticismReader();
			if (!kept.contains(part)) {
				kept.add(part);
			}
			// 二、上年度……落实情况：去年查摆的……: the heading stays a comment, what it says is read when the part's reader
			// takes it; else the paragraph is kept whole
			int comments = pending.size();
			if (heading.end() < at.text().length() && readKept(at, heading.end())) {
				pending.add(comments, kept(part.label(), at, at.text().substring(0, heading.end())));
			} else {
				keep(at, at.text());
			}
			return;
		}
		structure.add(new Piece(at.place(0, heading.end()), at.text().substring(0, heading.end())));
		if (part == Part.MEASURES && measuresPartSeen && looksAhead(heading.head()) && nextMarker(index).isEmpty()) {
			// 四、下一步打算 after 三、整改措施: what the report will do next, said once more — its closing
			context = Context.CLOSING;
			if (heading.end() < at.text().length()) {
				closing.append(at.text().substring(heading.end()).strip());
			}
			return;
		}
		measuresPartSeen |= part == Part.MEASURES;
		rememberHeading(part, heading.head());
		aspectAhead = null;
		groupHeading = null;
		context = switch (part) {
		case PROBLEMS -> Context.PROBLEMS;
		case CAUSES -> Context.CAUSES;
		case MEASURES -> Context.MEASURES;
		default -> Context.CASES;
		};
		target = switch (context) {
		case CAUSES -> causes;
		case MEASURES -> measures;
		case CASES -> cases;
		default -> null;
		};
		carryTheProblemsSummary(part);
		List<Integer> aspectsOnTheLine = context == Context.PROBLEMS ? aspectsOnTheLine(at.text(), heading.end()) : List.of();
		if (!aspectsOnTheLine.isEmpty()) {
			// 二、存在的问题：（一）在……方面。……（二）在……方面。……: each aspect with its problems, as on lines of their own
			for (int i = 0; i < aspectsOnTheLine.size(); i++) {
				int from = aspectsOnTheLine.get(i);
				int to = i + 1 < aspectsOnTheLine.size() ? aspectsOnTheLine.get(i + 1) : at.text().length();
				classify(index, new At(at.paragraph(), at.lead() + from, at.text().substring(from, to).stripTrailing()));
			}
		} else if (heading.end() < at.text().length()) {
			// 二、问题产生的原因（一）理论武装不够。……: the first item on the heading's line, with its number
			int end = heading.end();
			Optional<Marker> first = Markers.leading(at.text().substring(end))
					.map(m -> new Marker(m.level(), m.value(), m.label(), end + m.start(), end + m.end()));
			content(-1, at, first, first.map(Marker::end).orElse(end));
		}
	}

	/**
	 * The first heading of the problems, the causes and the measures as written, for the export to write it so: of
	 * the report's parts, or under each aspect (（二）存在问题的原因), as the by-aspect layout writes them.
	 */
	private void rememberHeading(Part part, String words) {
		Optional<ItemKind> kind = switch (part) {
		case PROBLEMS -> Optional.of(ItemKind.PROBLEM);
		case CAUSES -> Optional.of(ItemKind.CAUSE);
		case MEASURES -> Optional.of(ItemKind.MEASURE);
		default -> Optional.empty();
		};
		String heading = words.strip().replaceAll("[：:，,。；;\\s]+$", "");
		if (kind.isPresent() && !heading.isEmpty()) {
			partHeadings.putIfAbsent(kind.get(), heading);
		}
	}

	/**
	 * Where aspects' headings stand in the words after a part's heading on its line (（一）在……方面。……（二）在……方面。),
	 * the first right after the heading, each after a stop: none unless the words start with one.
	 */
	private static List<Integer> aspectsOnTheLine(String text, int end) {
		int start = afterMarks(text, end);
		List<Integer> found = new ArrayList<>();
		for (int i = start; i < text.length(); i++) {
			boolean opens = i == start || "。；;".indexOf(text.charAt(i - 1)) >= 0;
			if (opens && "（(".indexOf(text.charAt(i)) >= 0) {
				String rest = text.substring(i);
				Optional<Marker> section = Markers.leading(rest).filter(m -> m.level() == Level.SECTION && m.start() == 0);
				if (section.isPresent() && Headings.at(rest, section.get().end()).aspectForm()) {
					found.add(i);
				}
			}
			if (found.isEmpty() && i > start) {
				return List.of();
			}
		}
		return found;
	}

	/**
	 * After the last problem, before the next part's heading, a paragraph with no number that says 以上问题…… or
	 * 上述问题…… sums up the problems and leads to their causes: it is not the last problem's words.
	 */
	private boolean sumsUpTheProblems(int index, At at, Optional<Marker> marker, int from) {
		String text = at.text().substring(from);
		// after the problems themselves, not after an aspect's own causes or measures (上述问题的整改，由……)
		Target read = problemsBeingRead();
		boolean afterProblems = read != null && !read.items.isEmpty();
		return context == Context.PROBLEMS && index >= 0 && marker.isEmpty() && afterProblems && text.length() < 200
				&& words.list("problems.summedUp").stream().anyMatch(text::startsWith) && Markers.inline(text, 0).isEmpty()
				&& causesOrMeasuresFollow(index);
	}

	/** The problems the paragraphs go on with: the report's (no aspect heading over them) or the aspect's own. */
	private Target problemsBeingRead() {
		return aspect == null ? problems : target == aspect.problems ? target : null;
	}

	private boolean causesOrMeasuresFollow(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			String next = paragraphs.get(i).text().strip();
			if (!next.isEmpty()) {
				Headings.Heading heading = Headings.at(next, Markers.leading(next).map(Marker::end).orElse(0));
				Optional<Part> part = heading.aspectForm() ? Optional.empty() : words.partOf(heading.head());
				return part.filter(p -> p == Part.CAUSES || p == Part.MEASURES).isPresent();
			}
		}
		return false;
	}

	/**
	 * The words that summed up the problems open the causes (or the measures, when no causes part comes), before
	 * any words of that part's own; when that part has words of its own already, they go on with the last problem.
	 */
	private void carryTheProblemsSummary(Part part) {
		if (problemsSummedUp == null) {
			return;
		}
		ItemKind kind = part == Part.CAUSES ? ItemKind.CAUSE : part == Part.MEASURES ? ItemKind.MEASURE : null;
		if (kind != null && !itemsRead(kind) && !leads.containsKey(kind)) {
			leads.put(kind, new StringBuilder(problemsSummedUp.text().strip()));
			leadFrom.put(kind, target);
			problemsSummedUp = null;
		} else {
			giveBackTheProblemsSummary();
		}
	}

	private void giveBackTheProblemsSummary() {
		if (summedUpFrom != null && summedUpFrom.current != null) {
			summedUpFrom.current.append(problemsSummedUp.text(), true);
		} else {
			pending.add(note(problemsSummedUp, ImportMessages.Lead + "：" + problemsSummedUp.text()));
		}
		problemsSummedUp = null;
		summedUpFrom = null;
	}

	/**
	 * 五、个人有关事项说明: a part the report writes under its own heading, which the .dzr keeps as the heading of a
	 * 说明; what the heading's paragraph says after a colon is its first paragraph.
	 */
	private void startStatement(At at, Optional<Marker> marker, Headings.Heading heading, Optional<Part> part) {
		context = Context.STATEMENT;
		String text = at.text();
		int from = marker.map(Marker::end).orElse(0);
		String words = text.substring(from, heading.end()).strip().replaceFirst("[：:。.]$", "");
		structure.add(new Piece(at.place(0, heading.end()), text.substring(0, heading.end())));
		StatementBuilder statement = new StatementBuilder(at.place(from, heading.end() - from), part, words,
				note(at, text.substring(0, heading.end())));
		pending.add(statement.note);
		statements.add(statement);
		if (heading.end() < text.length()) {
			statementParagraph(text.substring(heading.end()));
		}
	}

	private void statementParagraph(String text) {
		String paragraph = text.strip();
		if (paragraph.isEmpty()) {
			return;
		}
		StatementBuilder statement = statements.get(statements.size() - 1);
		if (statement.paragraphs.isEmpty()) {
			int note = pending.lastIndexOf(statement.note);
			if (note >= 0) {
				pending.remove(note);
			}
		}
		statement.paragraphs.add(paragraph);
	}

	/**
	 * 五、其他说明: a part heading of the report that says nothing the importer knows. What follows is kept as the
	 * paragraphs of a 说明 under that heading, so that the document handed in still has them; the finding says so.
	 */
	private boolean unknownHeading(Level level, Headings.Heading heading, boolean standalone, String text) {
		boolean alone = standalone && !Sentences.END.matcher(text).find();
		// 四、关于支部阵地建设的情况：…… after the measures — the heading and its first sentence (before them, 一、学习
		// 贯彻党的创新理论情况：…… may be an aspect of a profile not known)
		char closedBy = heading.closedBy(text);
		boolean withText = !standalone && (closedBy == '：' || closedBy == ':') && (atTheEnd() || context == Context.MEASURES)
				&& (heading.head().startsWith("关于") || STATEMENT_HEADING_END.matcher(heading.head()).find());
		return level == Level.PART && (alone || withText) && !heading.aspectForm() && heading.head().length() <= 20
				&& !Headings.namesKnownAspect(known, Headings.core(heading.head()), false);
	}

	private void startUnknown(At at, Optional<Marker> marker, Headings.Heading heading) {
		marker.ifPresent(m -> number(at, m));
		aspect = null;
		target = null;
		keptPart = null;
		findings.add(new Finding(at.place(0, at.text().length()), FindingKind.UNKNOWN_HEADING,
				ImportMessages.bind(ImportMessages.UnknownHeading, at.text())));
		startStatement(at, marker, heading, Optional.empty());
	}

	private boolean unknownStatement() {
		return !statements.isEmpty() && statements.get(statements.size() - 1).part.isEmpty();
	}

	/**
	 * After the closing paragraph, a short line that says no sentence and reads as a heading, with text after it
	 * (关于意识形态工作责任制落实情况), heads a part the report adds at its end, not more of the closing (我的发言完毕 is).
	 */
	private boolean headingAfterTheClosing(int index, String text) {
		if (text.length() > 30 || SENTENCE_MARK.matcher(text).find() || !text.startsWith("关于") && !STATEMENT_HEADING_END.matcher(text).find()) {
			return false;
		}
		for (int i = index + 1; i < paragraphs.size(); i++) {
			if (!paragraphs.get(i).text().isBlank()) {
				return !signatureLines.contains(i);
			}
		}
		return false;
	}

	// ---- aspects

	private boolean aspectHeading(Level level, Headings.Heading heading, boolean standalone, String text) {
		String head = heading.head();
		String core = Headings.core(head);
		boolean known = Headings.namesKnownAspect(this.known, core, heading.aspectForm());
		if (!known && namesAShortfall(heading)) {
			return false;
		}
		boolean closed = standalone || "：:。".indexOf(heading.closedBy(text)) >= 0;
		boolean colon = standalone || "：:".indexOf(heading.closedBy(text)) >= 0;
		if (!heading.aspectForm() && !known && !sibling(level, head, colon) || core.isEmpty() || core.length() > 40
				|| core.contains("，") && !known) {
			return false;
		}
		if (level == Level.NONE && (!closed || head.length() > 40) || !heading.aspectForm() && !standalone && head.length() > 40) {
			return false;
		}
		return switch (context) {
		case HEAD, PROBLEMS -> aspect == null || !level.below(aspect.level) || level == aspect.level
				|| known && level == Level.NONE && !aspect.core.equals(core);
		// （一）理论学习方面 groups the causes below it; （一）提高政治能力。 is a measure that names its aspect.
		case CAUSES, MEASURES -> standalone && (heading.aspectForm() || !Sentences.END.matcher(text).find())
				|| heading.aspectForm() && (head.endsWith("原因") || head.endsWith("措施")) // （一）廉洁自律方面的原因。…
				|| (heading.aspectForm() || aspects.stream().anyMatch(a -> a.core.equals(core))) && listsRightAfter(text, heading);
		// （一）在理论学习方面。一是……二是……: the aspect's causes under its heading; （二）提高政治能力。一是…… a measure
		// （一）在理论学习方面 after a part the language keeps apart: the aspects have begun
		case KEPT -> standalone && heading.aspectForm() && (level == Level.PART || level == Level.SECTION);
		// after a heading not known (一、对照检视深入查找) any aspect heading, also with its first problem, begins them
		case STATEMENT -> unknownStatement() || standalone && heading.aspectForm() && (level == Level.PART || level == Level.SECTION);
		default -> false;
		};
	}

	/** Whether inline items (一是……) start right after a heading, as the aspect's causes or measures under it. */
	private static boolean listsRightAfter(String text, Headings.Heading heading) {
		int start = afterMarks(text, heading.end());
		return start < text.length() && Markers.inline(text, heading.end()).stream().anyMatch(m -> m.start() == start);
	}

	/** Where the words start after the marks and spaces that close a heading (。：， and spaces). */
	private static int afterMarks(String text, int from) {
		int at = from;
		while (at < text.length() && "。：:，, \u3000".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		return at;
	}

	/**
	 * Under 存在的问题, a short heading at the level the aspects stand at (（三）联系服务群众情况) is the next aspect even
	 * when it names no known one and does not say 方面.
	 */
	private boolean sibling(Level level, String head, boolean closed) {
		boolean aspectLevel = aspect == null ? level == Level.SECTION || level == Level.PART : level == aspect.level;
		return context == Context.PROBLEMS && aspectLevel && level != Level.NONE && closed && head.length() <= 25
				&& !Sentences.END.matcher(head).find() && words.labelAt(head).isEmpty();
	}

	private void startAspect(int index, At at, Optional<Marker> marker, Headings.Heading heading, boolean standalone) {
		marker.ifPresentOrElse(m -> number(at, m), () -> closeBelow(Level.SECTION));
		Place place = at.place(0, heading.end());
		structure.add(new Piece(place, at.text().substring(0, heading.end())));
		Level level = marker.map(Marker::level).orElse(Level.NONE);
		headingLevel = level;
		if (context == Context.CAUSES || context == Context.MEASURES) {
			groupUnder(at, heading, level);
			if (!standalone) {
				content(-1, at, Optional.empty(), heading.end()); // the text after （一）X方面的原因。 is the cause itself
			}
			return;
		}
		aspect = new AspectBuilder(place, heading.head(), level, takePending());
		aspects.add(aspect);
		context = Context.PROBLEMS;
		target = aspect.problems;
		if (!standalone) {
			content(index, at, Optional.empty(), heading.end());
		}
	}

	/**
	 * 问题一（学习党的创新理论方面）：学习主动性不够。— the aspect's heading is in the brackets, its problem after; a
	 * second problem of the same aspect (问题二（学习……方面）：) goes on with it.
	 */
	private void problemOfAspect(int index, At at, Matcher problem) {
		Headings.Heading inBrackets = new Headings.Heading(problem.group(1), problem.end(1), problem.end(), true);
		boolean standalone = problem.end() >= at.text().length();
		if (aspect == null || !aspect.core.equals(Headings.core(inBrackets.head()))) {
			startAspect(index, at, Optional.empty(), inBrackets, standalone);
			return;
		}
		structure.add(new Piece(at.place(0, problem.end()), at.text().substring(0, problem.end())));
		target = aspect.problems;
		target.level = null;
		if (!standalone) {
			content(index, at, Optional.empty(), problem.end());
		}
	}

	/**
	 * 三、原因分析 followed by （一）理论学习方面 …: the causes under it belong to that aspect. When the problems stood
	 * under no aspect heading, a group that names an aspect of a known profile is that aspect: the problems go under
	 * the aspects so made (Attacher.spread), as the writer grouped the causes.
	 */
	private void groupUnder(At at, Headings.Heading heading, Level level) {
		groupHeading = null;
		String core = Headings.core(heading.head());
		Optional<String> id = known.stream().map(p -> Headings.aspectIn(p, core, true)).flatMap(Optional::stream).findFirst();
		for (AspectBuilder candidate : aspects) {
			boolean same = candidate.core.equals(core) || id.isPresent()
					&& known.stream().anyMatch(p -> Headings.aspectIn(p, candidate.core, true).equals(id));
			if (same) {
				aspect = candidate;
				target = context == Context.CAUSES ? candidate.causes : candidate.measures;
				return;
			}
		}
		if (id.isPresent() && !problems.items.isEmpty()) {
			aspect = new AspectBuilder(at.place(0, heading.end()), heading.head(), level, takePending());
			aspects.add(aspect);
			target = context == Context.CAUSES ? aspect.causes : aspect.measures;
			return;
		}
		aspect = null;
		target = context == Context.CAUSES ? causes : measures;
		groupHeading = heading.head();
		groupLevel = level;
		pending.add(note(at, ImportMessages.SubHeading + "：" + at.text()));
	}

	/** 存在问题：… / 原因分析：… / （二）根源剖析 under an aspect: what follows is that part of the aspect. */
	private boolean label(At at, Optional<Marker> marker, int from) {
		if (aspect == null || context != Context.PROBLEMS && target != aspect.causes && target != aspect.measures) {
			return false;
		}
		String text = at.text();
		Optional<ImportVocabulary.Label> label = partLabel(text.substring(from));
		if (label.isEmpty()) {
			return false;
		}
		int after = from + label.get().length();
		if (marker.isPresent() && !marker.get().level().below(aspect.level)) {
			return false;
		}
		// 问题：1.…… 原因：1.……: each label numbers its items anew, but not the aspects (1.在……方面 问题：…… 2.在……)
		marker.ifPresentOrElse(m -> number(at, m), () -> closeBelow(aspect.level == Level.NONE ? Level.SECTION : aspect.level));
		int rest = Math.min(text.length(), after + 1);
		structure.add(new Piece(at.place(0, rest), text.substring(0, rest)));
		if (rest >= text.length() || text.substring(rest).isBlank()) {
			rememberHeading(label.get().part(), text.substring(from, after)); // a heading alone, not 问题：…… before its text
		}
		partsWithinAspects = true; // 问题：…… 原因：……: each aspect has its parts, the report has none of its own
		target = switch (label.get().part()) {
		case CAUSES -> aspect.causes;
		case MEASURES -> aspect.measures;
		default -> aspect.problems;
		};
		target.level = null;
		if (rest < text.length() && !text.substring(rest).isBlank()) {
			content(-1, at, Optional.empty(), rest);
		}
		return true;
	}

	// ---- content

	private void content(int index, At at, Optional<Marker> marker, int from) {
		String text = at.text();
		if (context == Context.CLOSING && marker.isEmpty() && headingAfterTheClosing(index, text)) {
			startUnknown(at, marker, Headings.at(text, 0));
			return;
		}
		if (context != Context.HEAD && marker.isEmpty()
				&& (isClosing(text.substring(from), context != Context.STATEMENT) && !numberedAfter(index) || looksAheadAtTheEnd(index, text))
				|| context == Context.CLOSING) {
			closing.append(text.substring(from));
			context = Context.CLOSING;
			return;
		}
		if (tableRow(index, at, marker, from)) {
			return;
		}
		if (sumsUpTheProblems(index, at, marker, from)) {
			problemsSummedUp = new At(at.paragraph(), at.lead() + from, text.substring(from));
			summedUpFrom = problemsBeingRead();
			return;
		}
		switch (context) {
		case HEAD -> head(at);
		case KEPT -> {
			if (!readKept(at, 0)) {
				keep(at, text);
			}
		}
		case STATEMENT -> statementParagraph(text);
		case PROBLEMS -> {
			if (aspect == null) {
				if (aspects.isEmpty() && problems.items.isEmpty() && opensTheProblems(index, text.substring(from))) {
					leads.computeIfAbsent(ItemKind.PROBLEM, k -> new StringBuilder()).append(text.substring(from).strip());
				} else if (aspects.isEmpty() && problemsWithoutAspects(index, marker.isPresent() || numbered(text.substring(from)))) {
					items(index, at, marker, from, problems);
				} else if (aspects.isEmpty()) {
					pending.add(note(at, ImportMessages.Lead + "：" + text.substring(from)));
				} else {
					findings.add(new Finding(at.place(from, text.length() - from), FindingKind.UNPLACED,
							ImportMessages.bind(ImportMessages.ProblemOutsideAspect, excerpt(text))));
					pending.add(note(at, text));
				}
			} else {
				items(index, at, marker, from, target);
			}
		}
		default -> items(index, at, marker, from, target);
		}
	}

	/**
	 * A Word table under the measures whose header names the measure's column (整改台账: 序号 | 问题 | 整改措施 | 责任人 |
	 * 完成时限): each row a measure with its 责任人 and 时限, as rows pasted as text are read; false for any other table,
	 * which is kept as it stood.
	 */
	private boolean tableOfMeasures(int index, At at, List<List<String>> rows) {
		boolean measuresHere = context == Context.MEASURES || context == Context.PROBLEMS && aspect != null && target == aspect.measures;
		if (!measuresHere || rows.size() < 2 || !measureTable.header(String.join("\t", rows.get(0)))) {
			return false;
		}
		structure.add(new Piece(at.place(0, at.text().length()), at.text()));
		for (List<String> row : rows.subList(1, rows.size())) {
			Optional<String> measure = measureTable.row(String.join("\t", row));
			if (measure.isPresent()) {
				items(index, new At(at.paragraph(), at.lead(), measure.get()), Optional.empty(), 0, target);
			} else {
				pending.add(note(at, String.join(" | ", row))); // a row that does not fit the header is kept where it stood
			}
		}
		return true;
	}

	/**
	 * A row of a table of measures pasted as text (cells split by tabs), under the measures of the report or of an
	 * aspect (整改措施： then the table): its header is layout, each row a measure.
	 */
	private boolean tableRow(int index, At at, Optional<Marker> marker, int from) {
		String text = at.text();
		boolean measuresHere = context == Context.MEASURES || context == Context.PROBLEMS && aspect != null && target == aspect.measures;
		if (!measuresHere || text.indexOf('\t') < 0) {
			return false;
		}
		if (measureTable.header(text.substring(from))) {
			structure.add(new Piece(at.place(0, text.length()), text));
			return true;
		}
		Optional<String> row = measureTable.row(text.substring(from));
		row.ifPresent(measure -> items(index, new At(at.paragraph(), at.lead(), text.substring(0, from) + measure), marker, from, target));
		return row.isPresent();
	}

	/** {@code byStart}: also a paragraph that starts as closings do (以上……); in a 说明, 以上情况，特此说明 ends it. */
	private boolean isClosing(String text, boolean byStart) {
		return text.length() < 160 && (byStart && words.list("closing.start").stream().anyMatch(text::startsWith)
				|| words.list("closing").stream().anyMatch(text::contains));
	}

	private void items(int index, At at, Optional<Marker> marker, int from, Target into) {
		String text = at.text();
		if (marker.isPresent() && marker.get().end() == from) {
			Marker m = marker.get();
			if (into.level == null || into.level == Level.NONE || !m.level().below(into.level)) {
				if (groupHeading(index, at, m)) {
					return;
				}
				if (groupLevel != null && !m.level().below(groupLevel)) {
					groupHeading = null; // （二）严格执行报告制度。…… beside the group's heading, not under it
				}
				into.level = m.level();
				number(at, m);
				structure.add(new Piece(at.place(m), text.substring(m.start(), m.end())));
				// 41.……。42.……。 in one paragraph: the numbers that follow on are items of the same list
				// （一）……。（二）……。 and ①……；②…… too: several measures or causes written in one paragraph
				List<Marker> following = m.level() == Level.LIST || m.level() == Level.SUB || m.level() == Level.SECTION || m.level() == Level.CIRCLED
						? Markers.following(text, from, m.level(), m.value() + 1) : List.of();
				int start = from;
				for (Marker next : following) {
					newItem(at, start, next.start(), into);
					numbers.get(m.level()).add(new Numbering.Number(next.value(), next.label(), at.place(next)));
					structure.add(new Piece(at.place(next), text.substring(next.start(), next.end())));
					start = next.end();
				}
				newItem(at, start, text.length(), into);
			} else if (into.current != null) {
				into.current.append(text, into.problems); // a sub-point (（1）… under 1.) belongs to its item
			} else {
				newItem(at, 0, into);
			}
			return;
		}
		if (into == cases && into.current != null) {
			// a case is told, then weighed against oneself, over several paragraphs (通过剖析这一案例，我认识到：一是……):
			// an unnumbered one goes on with the case before it
			into.current.append(text.substring(from), into.problems);
			return;
		}
		List<Marker> inline = ordinalWordsInTurn(Markers.inline(text, from), into);
		if (!inline.isEmpty()) {
			into.inOrdinalWords = inline.get(0).value() == 0;
			// 反思以上问题，一是……: the words before the first item open them, with a colon rather than a dangling comma
			String lead = text.substring(from, inline.get(0).start()).strip().replaceFirst("[，,]$", "：");
			if (!lead.isEmpty()) {
				if (into.current != null) {
					into.current.append(lead, into.problems);
				} else {
					openingWords(at, into, lead);
				}
			}
			for (int i = 0; i < inline.size(); i++) {
				Marker m = inline.get(i);
				int end = i + 1 < inline.size() ? inline.get(i + 1).start() : text.length();
				number(at, m);
				structure.add(new Piece(at.place(m), text.substring(m.start(), m.end())));
				into.level = into.level == null ? Level.INLINE : into.level;
				newItem(at, m.end(), end, into);
			}
			return;
		}
		// a bare headline takes a sentence as its body; short lines without stops are a list (严守纪律规矩 / 加强理论学习)
		boolean itsBody = into.current != null && into.current.awaitsItsBody() && Sentences.endsSentence(text.strip());
		if (into.current != null && (into.level != null && into.level != Level.NONE || itsBody)) {
			into.current.append(text.substring(from), into.problems);
		} else if (into.current == null && (index >= 0 && numberedNext(index) || introduces(text))) {
			// also a heading's own words that end in a colon (三、整改措施。针对上述问题，我将抓好以下整改：)
			openingWords(at, into, text.substring(from));
		} else {
			into.level = Level.NONE;
			newItem(at, from, into);
		}
	}

	/**
	 * 首先，……其次，…… number items only where they can: not in the body of an item numbered 1. or （一） (首先，学习时间
	 * 不足…… under 1.理论学习不够深入 explains it), and a paragraph's 其次， or 最后， goes on with a list 首先 began
	 * (最后，恳请各位同志…… after measures numbered otherwise is no measure).
	 */
	private static List<Marker> ordinalWordsInTurn(List<Marker> inline, Target into) {
		if (inline.isEmpty() || inline.get(0).value() != 0) {
			return inline;
		}
		boolean insideANumberedItem = into.current != null && into.level != null && into.level != Level.NONE && into.level != Level.INLINE;
		boolean begins = inline.get(0).label().equals(Markers.FIRST_IN_ORDER);
		return insideANumberedItem || !begins && !into.inOrdinalWords ? List.of() : inline;
	}

	/**
	 * Words before the first item of {@code into}: the lead (导语) of the report's problems (those under no aspect
	 * heading), causes or measures or of an aspect's problems, which the language keeps and the export writes. Before
	 * the causes or measures of the first aspect of a draft written by aspect (its 原因： and 措施： under it), they open
	 * the report's part when it has no lead yet (a document exported by aspect writes the report's there); else —
	 * before a later aspect's, before a group of causes by aspect, before a case — a comment: the language has no
	 * place for them, and the whole report's part they do not open.
	 */
	private void openingWords(At at, Target into, String text) {
		boolean firstAspectsOwn = context == Context.PROBLEMS && aspect != null && aspect == aspects.get(0)
				&& (into == aspect.causes || into == aspect.measures);
		ItemKind part = into == problems ? ItemKind.PROBLEM
				: into == causes || firstAspectsOwn && into == aspect.causes ? ItemKind.CAUSE
						: into == measures || firstAspectsOwn && into == aspect.measures ? ItemKind.MEASURE : null;
		StringBuilder lead = null;
		if (part == ItemKind.PROBLEM) {
			lead = leads.computeIfAbsent(part, k -> new StringBuilder());
		} else if (part != null && !itemsRead(part) && (!leads.containsKey(part) || leadFrom.get(part) == into)) {
			lead = leads.computeIfAbsent(part, k -> new StringBuilder());
			leadFrom.put(part, into);
		} else if (aspect != null && into == aspect.problems) {
			lead = aspect.lead;
		}
		if (lead == null) {
			pending.add(note(at, ImportMessages.Lead + "：" + text));
		} else {
			lead.append(text.strip());
		}
	}

	/** Whether a cause or measure (of {@code part}) has been read, of the report or of any aspect. */
	private boolean itemsRead(ItemKind part) {
		Target report = part == ItemKind.CAUSE ? causes : measures;
		return !report.items.isEmpty()
				|| aspects.stream().anyMatch(a -> !(part == ItemKind.CAUSE ? a.causes : a.measures).items.isEmpty());
	}

	/**
	 * （一）思想根源 standing alone above 1. 2. …: a sub-heading of the part, not an item; so is （一）主观原因 above
	 * paragraphs not numbered, a kind of cause that no cause is by itself.
	 */
	private boolean groupHeading(int index, At at, Marker marker) {
		String rest = at.text().substring(marker.end());
		boolean ofAKind = words.list("kinds").contains(rest.strip().replaceFirst("[：:]$", ""));
		if (index < 0 || rest.length() > 20 || !ofAKind && SENTENCE_MARK.matcher(rest).find() || context == Context.PROBLEMS) {
			return false;
		}
		Optional<Marker> next = nextMarker(index);
		boolean numberedBelow = next.isPresent() && next.get().level().below(marker.level());
		if (!numberedBelow && !(ofAKind && next.isEmpty() && textFollows(index))) {
			return false;
		}
		number(at, marker);
		pending.add(note(at, ImportMessages.SubHeading + "：" + at.text()));
		groupHeading = rest.strip();
		groupLevel = marker.level();
		target.level = null;
		return true;
	}

	private void newItem(At at, int from, Target into) {
		newItem(at, from, at.text().length(), into);
	}

	private void newItem(At at, int from, int to, Target into) {
		String content = at.text().substring(from, to).strip().replaceFirst("[；;]$", "。");
		if (content.isEmpty()) {
			return;
		}
		Sentences.Split split = Sentences.split(content);
		ItemBuilder item = new ItemBuilder(at.place(from, to - from), split.headline(), takePending());
		if (into == causes || into == measures) {
			item.group = Optional.ofNullable(groupHeading);
		}
		item.append(split.body(), into.problems);
		into.items.add(item);
		into.current = item;
	}

	/** Whether the subtitle is the byline written above the title, which may go on over more lines. */
	private boolean bylineAbove;

	private void head(At at) {
		String text = at.text();
		if (title == null) {
			title = text;
		} else if (subtitle == null && preface.isEmpty() && Bylines.isByline(title)
				&& (words.list("title.end").stream().anyMatch(text::endsWith) || words.mentions("title.words", text))) {
			// the writer named above the title (also one set over lines: 2024年度民主生活会 / 个人对照检查材料): the export
			// sets the byline under it, as the subtitle
			subtitle = title;
			title = text;
			bylineAbove = true;
		} else if ((subtitle == null || bylineAbove) && preface.isEmpty() && continuesTitle(text)) {
			// 中共某局党组 / 2025年度民主生活会 / 对照检查材料: a title set over lines is one title
			title += text;
		} else if (subtitle == null && preface.isEmpty() && (text.matches("^[（(].*[）)]$")
				|| text.length() <= 30 && !SENTENCE_MARK.matcher(text.replace("、", "")).find())) {
			// The brackets are the layout's (the export sets every subtitle in them), not the subtitle's words.
			subtitle = text.replaceFirst("^[（(](.*)[）)]$", "$1");
		} else if (preface.isEmpty() && Bylines.isByline(text) && subtitleDate().isPresent()) {
			// （2023年9月） then 市生态环境局局长 苏明远 under the title: the date is the report's, the byline its subtitle; a
			// date the signature contradicts is kept where the writer sees it
			String written = subtitleDate().orElseThrow();
			if (date == null || date.equals(written)) {
				date = written;
			} else {
				headNotes.add(note(at, subtitle));
			}
			subtitle = text;
		} else if (preface.isEmpty() && dateOf(text).isPresent()) {
			// the date under the writer's name above the text: the report's date, not the preface's first words
			String written = dateOf(text).orElseThrow();
			if (date == null || date.equals(written)) {
				date = written;
				structure.add(new Piece(at.place(0, text.length()), text));
			} else {
				headNotes.add(note(at, text)); // the signature says another date: this one is kept where the writer sees it
			}
		} else if (preface.isEmpty() && ADDRESSEE.matcher(text).matches()) {
			headNotes.add(note(at, text)); // before the preface, where it stood
		} else if (preface.isEmpty() && SALUTATION.matcher(text).lookingAt()) {
			Matcher salutation = SALUTATION.matcher(text);
			salutation.lookingAt();
			headNotes.add(note(at, salutation.group())); // before the preface, where it stood
			preface.append(text.substring(salutation.end()).strip());
		} else {
			preface.append(text);
		}
	}

	/** Whether a short line after a title that has not yet said what it is (…材料) goes on with it. */
	private boolean continuesTitle(String text) {
		return words.list("title.end").stream().noneMatch(title::endsWith) && text.length() <= 30
				&& !SENTENCE_MARK.matcher(text.replace("、", "")).find() && !text.matches("^[（(].*") && words.mentions("title.words", text);
	}

	/** Text of a part the language has no place for yet, or a table: a comment labelled with its part. */
	private void keep(At at, String text) {
		if (context == Context.HEAD) {
			headNotes.add(note(at, text)); // a table or a footnote of the preface stays by it, not in the first aspect
			return;
		}
		pending.add(context == Context.KEPT && keptPart != null ? kept(keptPart.label(), at, text) : note(at, text));
	}

	/** Whether the reader of the kept part took the paragraph (from {@code start}) into entries of the part. */
	private boolean readKept(At at, int start) {
		return switch (keptPart) {
		case CRITICISM -> criticisms(at, start);
		case LAST_YEAR -> followups(at, start);
		default -> false;
		};
	}

	/**
	 * The statements of a paragraph of 上年度整改; the clauses it does not take (a summary, general words) are kept as
	 * comments of the part.
	 */
	private boolean followups(At at, int start) {
		if (start == 0 && at.text().indexOf('\t') > 0) {
			List<String> cells = FollowupTable.cells(at.text());
			if (followupTable.header(cells)) {
				structure.add(new Piece(at.place(0, at.text().length()), at.text()));
				return true;
			}
			Optional<String> row = followupTable.row(cells);
			if (row.isPresent()) {
				return statements(new At(at.paragraph(), at.lead(), row.get()), 0, true);
			}
			if (followupTable.headed()) {
				return false; // a row that does not fit the header (no measure in its column) is kept as it stood
			}
		}
		return statements(at, start, false);
	}

	/**
	 * A Word table in 上年度整改 whose header names the statements' column (序号 | 整改措施 | 责任领导 | 落实情况): each
	 * row a statement, as rows pasted as text are read; false for any other table, which is kept as it stood.
	 */
	private boolean tableOfFollowups(At at, List<List<String>> rows) {
		if (context != Context.KEPT || keptPart != Part.LAST_YEAR || rows.size() < 2 || !followupTable.header(rows.get(0))) {
			return false;
		}
		structure.add(new Piece(at.place(0, at.text().length()), at.text()));
		for (List<String> cells : rows.subList(1, rows.size())) {
			Optional<String> row = followupTable.row(cells);
			if (row.isEmpty() || !statements(new At(at.paragraph(), at.lead(), row.get()), 0, true)) {
				pending.add(kept(Part.LAST_YEAR.label(), at, String.join(" | ", cells))); // kept where it stood
			}
		}
		return true;
	}

	/** {@code row}: a table's row, one statement as a numbered item is. */
	private boolean statements(At at, int start, boolean row) {
		Optional<Marker> marker = start == 0 ? Markers.leading(at.text()).filter(m -> m.level() != Level.INLINE) : Optional.empty();
		FollowupReader.Reading reading = followupReader.read(at.text(), marker.map(Marker::end).orElse(start), marker.isPresent() || row);
		if (!reading.readsAsThePart()) {
			return false;
		}
		marker.ifPresent(m -> structure.add(new Piece(at.place(m), at.text().substring(m.start(), m.end()))));
		for (Span label : reading.labels()) {
			structure.add(new Piece(at.place(label.start(), label.end() - label.start()), at.text().substring(label.start(), label.end())));
		}
		for (FollowupReader.Entry e : reading.entries()) {
			followups.add(new Draft.Followup(at.place(e.start(), e.end() - e.start()), e.state(), e.text(), e.reason()));
		}
		reading.rest().forEach(rest -> pending.add(kept(Part.LAST_YEAR.label(), at, rest)));
		return true;
	}

	/** The criticisms of a paragraph of 相互批评, if it holds any or is a label saying which way they go. */
	private boolean criticisms(At at, int start) {
		Optional<Marker> marker = start == 0 ? Markers.leading(at.text()) : Optional.empty();
		CriticismReader.Reading reading = criticismReader.read(at.text(), marker.map(Marker::end).orElse(start));
		if (reading.entries().isEmpty() && reading.labels().isEmpty()) {
			return false;
		}
		marker.ifPresent(m -> structure.add(new Piece(at.place(m), at.text().substring(m.start(), m.end()))));
		for (Span label : reading.labels()) {
			structure.add(new Piece(at.place(label.start(), label.end() - label.start()), at.text().substring(label.start(), label.end())));
		}
		for (CriticismReader.Entry e : reading.entries()) {
			if (e.person() == null && e.answersTheLast()) {
				respondToTheLast(at, e.text());
				continue;
			}
			if (e.person() == null) {
				respondToAll(at, e.text());
				continue;
			}
			criticisms.add(new Draft.Criticism(at.place(e.start(), e.text().length()), e.received(), e.person(),
					criticismReader.nameIn(e.person()), e.text(), e.response()));
		}
		return true;
	}

	/** A response to the criticism received just before it (对此，我诚恳接受……), when that one has none yet. */
	private void respondToTheLast(At at, String response) {
		int last = criticisms.size() - 1;
		Draft.Criticism c = last >= 0 ? criticisms.get(last) : null;
		if (c != null && c.received() && c.response().isEmpty()) {
			criticisms.set(last, new Draft.Criticism(c.place(), true, c.person(), c.name(), c.text(), Optional.of(response)));
		} else {
			pending.add(kept(Part.CRITICISM.label(), at, response));
		}
	}

	/** One response to all the criticisms received before it: each of them without one of its own gets it. */
	private void respondToAll(At at, String response) {
		boolean given = false;
		for (int i = 0; i < criticisms.size(); i++) {
			Draft.Criticism c = criticisms.get(i);
			if (c.received() && c.response().isEmpty()) {
				criticisms.set(i, new Draft.Criticism(c.place(), true, c.person(), c.name(), c.text(), Optional.of(response)));
				given = true;
			}
		}
		if (!given) {
			pending.add(kept(Part.CRITICISM.label(), at, response));
		}
	}

	/**
	 * 附：1.征求意见建议清单 and the names listed after it: attachments, the report's 附件 (an attachment is a
	 * document of its own, not a measure the list's number would make of it).
	 */
	private boolean enclosure(int index, At at) {
		String text = at.text();
		Matcher label = ENCLOSURE.matcher(text);
		boolean opens = label.find() && onlyEnclosuresAfter(index);
		if (!opens && (context != Context.ENCLOSURES || !enclosureLike(text))) {
			return false;
		}
		context = Context.ENCLOSURES;
		int from = opens ? label.end() : 0;
		int nameStart = from + Markers.leading(text.substring(from)).map(Marker::end).orElse(0);
		String name = text.substring(nameStart).strip();
		if (saysOfTheAttachments(text, name, opens)) {
			pending.add(kept(ImportMessages.Enclosure, at, text));
			return true;
		}
		if (nameStart > 0) {
			// 附件1： and 2. are layout: the export numbers the attachments again
			structure.add(new Piece(at.place(0, nameStart), text.substring(0, nameStart)));
		}
		// 附件：1.甲；2.乙 on one line: a name each; a name has no stop after it (GB/T 9704), one at its end is the
		// list's punctuation, and the numbers are layout
		for (String each : NEXT_IN_LINE.split(name)) {
			Matcher number = NUMBER_IN_LINE.matcher(each);
			if (number.lookingAt()) {
				structure.add(new Piece(at.place(text.indexOf(each, nameStart), number.end()), number.group()));
			}
			String named = NAME_STOP.matcher(each.substring(number.lookingAt() ? number.end() : 0).strip()).replaceFirst("");
			if (!named.isEmpty()) {
				enclosures.add(new Draft.Enclosure(named)); // 附件 alone on its line names none: its title follows
			}
		}
		return true;
	}

	/**
	 * 附：征求意见情况另行报送。 — a sentence after 附：, or one with a break inside, says something of the attachments
	 * and names none: a comment where it stood, not an attachment (a name may end with a stray stop: 附件1：……清单。,
	 * and 2.……清单。 under 附件：1.……).
	 */
	private static boolean saysOfTheAttachments(String text, String name, boolean labelled) {
		String bare = NAME_STOP.matcher(String.join("", NEXT_IN_LINE.split(name))).replaceFirst("");
		return bare.matches(".*[。；;，,].*") || labelled && name.endsWith("。") && !text.startsWith("附件");
	}

	/** 附： starts the list only at the end: what follows it, but for the signature, is more names of attachments. */
	private boolean onlyEnclosuresAfter(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (!text.isEmpty() && !signatureLines.contains(i) && !enclosureLike(text)) {
				return false;
			}
		}
		return true;
	}

	/** A name in a list of attachments (2.整改台账): short, no sentence, no heading's number. */
	private static boolean enclosureLike(String text) {
		Optional<Marker> number = Markers.leading(text);
		// a numbered or labelled name may end with a stray stop (2.整改落实清单。); an unnumbered line with a stop is a
		// sentence (特此报告。)
		String words = number.isPresent() || ENCLOSURE.matcher(text).find() ? NAME_STOP.matcher(text).replaceFirst("") : text;
		return text.length() <= ENCLOSURE_MAX && !words.contains("。")
				&& number.map(m -> m.level() == Level.LIST || m.level() == Level.SUB || m.level() == Level.CIRCLED).orElse(true);
	}

	/** A comment labelled with what it was in the source: 【相互批评】第 12 行：…… */
	private String kept(String what, At at, String text) {
		return "【" + what + "】" + note(at, text);
	}

	// ---- the signature: 单位 or 姓名, then the date, at the end

	private void signature() {
		signatureAt(lastText(paragraphs.size() - 1));
		if (signatureLines.isEmpty()) {
			signatureAt(lastText(beforeTheEnclosures())); // the attachments listed after the signature
		}
	}

	private void signatureAt(int last) {
		if (last < 0) {
			return;
		}
		String text = paragraphs.get(last).text().strip();
		Matcher both = TRAILING_DATE.matcher(text);
		Optional<String> written = dateOf(text);
		if (written.isPresent()) {
			date = written.get();
			signatureLines.add(last);
			int before = lastText(last - 1);
			if (before >= 0 && signs(withoutLabel(paragraphs.get(before).text().strip()))) {
				signedBy(signer(before));
				signatureLines.add(before);
			}
		} else if (both.matches() && signs(withoutLabel(both.group(1).strip())) && dateOf(both.group(2)).isPresent()) {
			date = dateOf(both.group(2)).orElseThrow();
			signedBy(withoutLabel(both.group(1).strip()));
			signer(last);
			signatureLines.add(last);
		}
	}

	/**
	 * The text of a line of the signature without a label before the name (对照检查人：张某), which is recorded as
	 * structure: the .dzr says 落款 instead.
	 */
	private String signer(int index) {
		Paragraph p = paragraphs.get(index);
		String text = p.text().strip();
		String name = withoutLabel(text);
		if (name.length() < text.length()) {
			int lead = p.text().indexOf(text.charAt(0));
			String label = text.substring(0, text.indexOf(name));
			int column = p.sourceIndex(lead);
			structure.add(new Piece(new Place(p.line(), column + 1, p.offset() + column, label.length()), label));
		}
		return name;
	}

	private String withoutLabel(String text) {
		for (String label : words.list("signature.label")) {
			if (text.startsWith(label)) {
				String rest = text.substring(label.length()).strip();
				if (rest.startsWith("：") || rest.startsWith(":")) {
					return rest.substring(1).strip();
				}
			}
		}
		return text;
	}

	private boolean signs(String text) {
		return text.length() <= 30 && (!SENTENCE_MARK.matcher(text).find() || postAndName(text)) && !text.startsWith("以上")
				&& Markers.leading(text).isEmpty();
	}

	/** 副县长：范志明 — a post (it ends as posts do) and a name; 责任人：王明 and 完成时限：长期坚持 are a measure's fields. */
	private boolean postAndName(String text) {
		Matcher m = POST_AND_NAME.matcher(text);
		return m.matches() && words.endsWithAny("criticism.titles", m.group(1)) && !words.mentions("table.responsible", m.group(1))
				&& !words.mentions("table.deadline", m.group(1));
	}

	/** A line that is a date alone, as the .dzr writes it: 2025年1月20日 (also from 2025.1.20 and 二〇二五年一月二十日). */
	private static Optional<String> dateOf(String text) {
		if (DATE.matcher(text).matches()) {
			return Optional.of(ChineseNumerals.dateInFigures(text.replaceAll("[\\s（()）]", "")));
		}
		Matcher figures = FIGURES_DATE.matcher(text);
		if (!figures.matches()) {
			return Optional.empty();
		}
		long month = Markers.arabic(figures.group(2));
		long day = Markers.arabic(figures.group(3));
		return month >= 1 && month <= 12 && day >= 1 && day <= 31
				? Optional.of(Markers.arabic(figures.group(1)) + "年" + month + "月" + day + "日") : Optional.empty();
	}

	private void signedBy(String text) {
		if (words.endsWithAny("signature.unit", text) || text.length() > 12) {
			organization = text;
		} else {
			author = text;
		}
	}

	/** The last paragraph before the list of attachments a report may end with after its signature (附件：1.……). */
	private int beforeTheEnclosures() {
		// 附件1：…… 附件2：……: the list starts at the first label of the run of short lines at the end
		int first = -1;
		for (int i = paragraphs.size() - 1; i >= 0; i--) {
			String text = paragraphs.get(i).text().strip();
			if (ENCLOSURE.matcher(text).find()) {
				first = i;
			} else if (paragraphs.get(i).verbatim()) {
				continue; // an attachment's table (整改台账) under its title
			} else if (first >= 0 && dateOf(text).isPresent() || !text.isEmpty() && !enclosureLike(text)) {
				break; // the signature's date above the list, or the text
			}
		}
		return first >= 0 ? first - 1 : paragraphs.size() - 1;
	}

	private int lastText(int from) {
		for (int i = from; i >= 0; i--) {
			if (!paragraphs.get(i).text().isBlank() && !paragraphs.get(i).verbatim()) {
				return i;
			}
		}
		return -1;
	}

	// ---- looking ahead

	private Optional<Marker> nextMarker(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (!text.isEmpty()) {
				Optional<Marker> leading = Markers.leading(text);
				if (leading.isPresent()) {
					// 2.原因分析 after 1.存在问题 and its one paragraph: the next label, not the next item of a list
					return partLabel(text.substring(leading.get().end())).isPresent() ? Optional.empty() : leading;
				}
				List<Marker> inline = Markers.inline(text, 0);
				return inline.isEmpty() || inline.get(0).start() > 0 ? Optional.empty() : Optional.of(inline.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * 二问题产生的原因 after 一、存在的问题: the next part's numeral, its 、 left out, before the name of a part alone —
	 * read as the heading it is, not as a problem called 二问题产生的原因 with every cause after it.
	 */
	private Optional<Marker> partNumberWithoutItsMark(String text) {
		List<Numbering.Number> parts = numbers.getOrDefault(Level.PART, List.of());
		long next = parts.isEmpty() ? 1 : parts.get(parts.size() - 1).value() + 1;
		// the first part's only before any part, where nothing else starts with 一 (一 上年度民主生活会整改措施落实情况)
		return Markers.bareNumeral(text).filter(m -> m.value() == next && (!parts.isEmpty() || context == Context.HEAD)).filter(m -> {
			String rest = text.substring(m.end()).strip();
			Optional<Part> part = words.partOf(rest);
			// a part other than the one being read, in words that say no shortfall: 二级单位学习督导不到位的问题 and
			// 四风问题反弹隐患仍存 are problems that start with a numeral, 三重一大决策执行不严的根源 a cause
			return rest.length() <= BARE_HEADING_LONGEST && !SENTENCE_MARK.matcher(rest).find() && part.isPresent()
					&& !part.get().equals(partBeingRead()) && !words.mentions("shortfall", rest);
		});
	}

	/** The part of the report's problems, causes or measures being read; none elsewhere. */
	private Part partBeingRead() {
		return switch (context) {
		case PROBLEMS -> Part.PROBLEMS;
		case CAUSES -> Part.CAUSES;
		case MEASURES -> Part.MEASURES;
		default -> null;
		};
	}

	/** Whether sentences follow the paragraph at {@code index}: text, not a heading (整改措施) nor the end. */
	private boolean textFollows(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (!text.isEmpty()) {
				return Sentences.endsSentence(text);
			}
		}
		return false;
	}

	/** 制定整改措施如下： — a paragraph that ends with a colon introduces a list or a table; it is no item. */
	private static boolean introduces(String text) {
		return text.endsWith("：") || text.endsWith(":");
	}

	/**
	 * 今后，我将…… or 下一步，局党组将…… as the last paragraph of the text: the closing, in words other than those of a
	 * closing (请批评指正, 为契机) — the report ends by saying what comes next.
	 */
	private boolean looksAheadAtTheEnd(int index, String text) {
		return index >= 0 && text.length() < 200 && context != Context.KEPT && closing.isEmpty()
				&& (words.list("closing.last").stream().anyMatch(text::startsWith) || resolves(text))
				&& lastOfTheText(index) && !continuesAHeadline(index);
	}

	/** The group or the writer resolving: 我将……, 局党组将……, 学院党委将…… (a short name of the group before it). */
	private boolean resolves(String text) {
		return words.list("closing.resolve").stream().anyMatch(word -> {
			int at = text.indexOf(word);
			if (at < 0 || at > RESOLVING_GROUP) {
				return false;
			}
			String group = text.substring(0, at);
			// 各党支部将…… hands the measures down: a step of them, not the group resolving
			return group.codePoints().allMatch(Character::isLetter) && words.list("closing.notResolving").stream().noneMatch(group::startsWith);
		});
	}

	/** 下一步打算, 今后打算 — a heading that says what comes next (in the words of closing.last). */
	private boolean looksAhead(String head) {
		return words.list("closing.last").stream().anyMatch(head::contains);
	}

	/** （一）加强理论学习 then 今后，我将每月……: the paragraph is the body of the numbered headline before it. */
	private boolean continuesAHeadline(int index) {
		for (int i = index - 1; i >= 0; i--) {
			String text = paragraphs.get(i).text().strip();
			if (!text.isEmpty()) {
				return Markers.leading(text).isPresent() && !Sentences.END.matcher(text).find();
			}
		}
		return false;
	}

	private boolean lastOfTheText(int index) {
		for (int i = index + 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (ENCLOSURE.matcher(text).find()) {
				return true;
			}
			if (!text.isEmpty() && !signatureLines.contains(i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a numbered paragraph (an item, a heading) comes later: then this one is not the report's closing. */
	private boolean numberedAfter(int index) {
		for (int i = Math.max(index, 0) + 1; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i).text().strip();
			if (ENCLOSURE.matcher(text).find() || headsAStatement(text)) {
				// the list of attachments is numbered, but after the report's text; a 说明 may stand after the closing
				return false;
			}
			if (!signatureLines.contains(i) && !text.isEmpty()
					&& (Markers.leading(text).isPresent() || !Markers.inline(text, 0).isEmpty())) {
				return true;
			}
		}
		return false;
	}

	/** 八、其他需要说明的问题: the numbered heading of a 说明, a part a report may add after its closing. */
	private boolean headsAStatement(String text) {
		Optional<Marker> marker = Markers.leading(text);
		if (marker.isEmpty() || marker.get().level() != Level.PART && marker.get().level() != Level.SECTION) {
			return false;
		}
		Headings.Heading heading = Headings.at(text, marker.get().end());
		char closedBy = heading.closedBy(text);
		return (heading.end() >= text.length() || closedBy == '：' || closedBy == ':')
				&& words.partOf(heading.head()).filter(Part::isStatement).isPresent();
	}

	/** Whether the next paragraph starts a list of items (so that this one is the list's lead). */
	private boolean numberedNext(int index) {
		return nextMarker(index).filter(this::underTheHeading).map(m -> switch (m.level()) {
		case LIST, SUB, CIRCLED, INLINE -> true;
		case SECTION -> context != Context.PROBLEMS;
		default -> false;
		}).orElse(false);
	}

	/** 原因分析, 整改措施： or 原因分析：政治站位不够高: the label of an aspect's part, alone or before its colon. */
	private Optional<ImportVocabulary.Label> partLabel(String text) {
		return words.labelAt(text).filter(label -> {
			int after = label.length();
			boolean alone = after >= text.length() || after + 1 == text.length() && "。：:".indexOf(text.charAt(after)) >= 0;
			return alone || "：:".indexOf(text.charAt(after)) >= 0;
		}).or(() -> partHeadingAlone(text));
	}

	/**
	 * A line alone that is a part's label with words that say how it was found before it (查摆的主要问题, 检视出的问题,
	 * 整改落实的措施; label.modifiers): under an aspect, the label of its problems, causes or measures, as the by-aspect
	 * layout writes the report's own headings. 学用脱节的问题 says what the problem is: a problem.
	 */
	private Optional<ImportVocabulary.Label> partHeadingAlone(String text) {
		String line = text.strip().replaceAll("[：:]$", "");
		for (String modifier : words.list("label.modifiers")) {
			if (line.startsWith(modifier)) {
				String rest = line.substring(modifier.length());
				Optional<ImportVocabulary.Label> label = words.labelAt(rest).filter(l -> l.length() == rest.length());
				if (label.isPresent()) {
					return Optional.of(new ImportVocabulary.Label(label.get().part(), line.length()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a number can stand under the last aspect heading: 2. after 1.在理论学习方面：学习不够深入。 is the next
	 * aspect, as （二）在……方面 is after a cause written under （一）在……方面, so that text is the aspect's problem or
	 * cause, not the lead-in to a list.
	 */
	private boolean underTheHeading(Marker next) {
		return headingLevel == null || headingLevel == Level.NONE || next.level().below(headingLevel);
	}

	/** Whether the next paragraph's number stands at {@code level} or above (a part of the report, not of the aspect). */
	private boolean nextAtOrAbove(int index, Level level) {
		return nextMarker(index).map(m -> !m.level().below(level)).orElse(false);
	}

	// ---- numbering

	private void number(At at, Marker marker) {
		if (marker.level() != Level.INLINE) {
			closeBelow(marker.level());
		}
		numbers.computeIfAbsent(marker.level(), l -> new ArrayList<>()).add(new Numbering.Number(marker.value(), marker.label(), at.place(marker)));
	}

	private void closeBelow(Level level) {
		for (Level deeper : Level.values()) {
			if (deeper.below(level)) {
				List<Numbering.Number> list = numbers.remove(deeper);
				if (list != null) {
					findings.addAll(Numbering.check(list));
				}
			}
		}
	}

	// ---- the result

	private List<String> takePending() {
		List<String> taken = List.copyOf(pending);
		pending.clear();
		return taken;
	}

	private String note(At at, String text) {
		return unit.at(at.paragraph().line()) + "：" + text;
	}

	static String excerpt(String text) {
		return text.length() > 30 ? text.substring(0, 30) + "…" : text;
	}

	private Draft finish() {
		numbers.values().forEach(list -> findings.addAll(Numbering.check(list)));
		numbers.clear();
		findings.sort((a, b) -> Integer.compare(a.place().offset(), b.place().offset()));
		List<Draft.Aspect> read = aspects.stream().map(a -> new Draft.Aspect(a.place, a.heading, Optional.empty(), a.notes,
				Optional.of(a.lead.toString()).filter(l -> !l.isEmpty()), build(a.problems, false), build(a.causes, false),
				build(a.measures, true))).toList();
		Map<ItemKind, String> leadTexts = new EnumMap<>(ItemKind.class);
		leads.forEach((kind, text) -> {
			if (!text.isEmpty()) {
				leadTexts.put(kind, text.toString());
			}
		});
		Draft.Head head = new Draft.Head(Optional.ofNullable(title), Optional.ofNullable(subtitle), Optional.ofNullable(organization),
				Optional.ofNullable(author), Optional.ofNullable(date).or(this::subtitleDate), scope(),
				Optional.of(preface.toString()).filter(s -> !s.isEmpty()), Optional.of(closing.toString()).filter(s -> !s.isEmpty()),
				Map.copyOf(leadTexts), List.copyOf(headNotes), Map.copyOf(partHeadings));
		if (aspects.isEmpty() && problems.items.isEmpty()) {
			// with causes or measures read, they have nowhere to go: the writer must hear it, not find an empty document
			findings.add(new Finding(Place.NOWHERE, FindingKind.NOTHING_RECOGNISED, causes.items.isEmpty() && measures.items.isEmpty()
					? ImportMessages.NothingRecognised : ImportMessages.NoProblemsRecognised));
		}
		return new Draft(head, read, build(problems, false), build(cases, false), build(causes, false), build(measures, true),
				takePending(), List.of(), List.copyOf(findings), List.copyOf(structure), List.copyOf(kept), followups.list(), List.copyOf(criticisms),
				List.copyOf(enclosures), statements.stream().filter(st -> !st.paragraphs.isEmpty())
						.map(StatementBuilder::build).toList());
	}

	private static List<Draft.Item> build(Target target, boolean measures) {
		return target.items.stream().map(i -> i.build(measures)).toList();
	}

	private Optional<String> subtitleDate() {
		if (subtitle == null) {
			return Optional.empty();
		}
		return dateOf(subtitle.strip());
	}

	/** 个人 or 班子: by the title, then by the signature, then by who speaks (我 or 我们). */
	private Optional<Scope> scope() {
		String heading = title == null ? "" : title;
		if (words.mentions("personal", heading)) {
			return Optional.of(Scope.PERSONAL);
		}
		if (namesTheGroup(heading)) {
			return Optional.of(Scope.GROUP);
		}
		if (author != null || organization != null) {
			return Optional.of(author != null ? Scope.PERSONAL : Scope.GROUP);
		}
		// 某党支部2023年度组织生活会对照检查材料: the 支部's own, though it speaks of 自我批评; not 党员王明在……支部……会上的
		if (namedNotAsAMember(heading, BRANCH.matcher(heading)) && !SPEAKER_AT_A_MEETING.matcher(heading).find()) {
			return Optional.of(Scope.GROUP);
		}
		StringBuilder joined = new StringBuilder();
		paragraphs.forEach(p -> joined.append(p.text()));
		String all = joined.toString();
		int plural = words.list("voice.plural").stream().mapToInt(w -> count(all, w)).sum();
		// 我 is also the first character of 我们 and the second of 自我 (自我批评 is what a 支部 does too): those are taken
		// off again
		int singular = words.list("voice.singular").stream().mapToInt(w -> count(all, w)).sum() - count(all, "我们") - count(all, "自我");
		return singular > plural ? Optional.of(Scope.PERSONAL) : plural > 0 ? Optional.of(Scope.GROUP) : Optional.empty();
	}

	/** 局党组 or 领导班子 in the title, but not 局党组书记、局长: one of the group writing for themselves. */
	private boolean namesTheGroup(String title) {
		return words.list("group").stream().anyMatch(word -> namedNotAsAMember(title, Pattern.compile(Pattern.quote(word)).matcher(title)));
	}

	/** Whether a name the matcher finds in the title stands once with no member after it (书记, 委员, 党员…). */
	private static boolean namedNotAsAMember(String title, Matcher name) {
		while (name.find()) {
			if (!MEMBER_OF_THE_GROUP.matcher(title).region(name.end(), title.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	private static int count(String text, String word) {
		int n = 0;
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
			n++;
		}
		return n;
	}
}
