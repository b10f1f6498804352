package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.DraftReader.Unit;
import org.duizhao.dsl.importer.Headings;
import org.duizhao.dsl.importer.ImportVocabulary;
import org.duizhao.dsl.importer.ImportVocabulary.Part;
import org.duizhao.dsl.importer.NoticeReader;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.model.FollowupState;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the importers' vocabulary (vocabulary.properties) does what its key says, in a draft of its own. */
class ImportVocabularyTest {

	private static final ImportVocabulary WORDS = ImportVocabulary.get();

	private static Stream<Arguments> entries(String prefix) {
		return WORDS.keys(prefix).stream().flatMap(key -> WORDS.list(key).stream().map(word -> Arguments.of(key, word)));
	}

	static Stream<Arguments> parts() {
		return entries("part.");
	}

	static Stream<Arguments> labels() {
		return entries("label.").filter(entry -> !entry.get()[0].equals("label.modifiers"));
	}

	static Stream<Arguments> aspectWords() {
		return Stream.concat(entries("aspect.prefix"), entries("aspect.suffix"));
	}

	static Stream<Arguments> hints() {
		return entries("hint.");
	}

	static Stream<Arguments> examples() {
		return entries("example");
	}

	static Stream<Arguments> closings() {
		return entries("closing").filter(entry -> !entry.get()[0].equals("closing.last") && !entry.get()[0].equals("closing.resolve"));
	}

	static Stream<Arguments> lastClosings() {
		return Stream.concat(entries("closing.last"), entries("closing.resolve"));
	}

	static Stream<Arguments> tableHeaders() {
		return entries("table.").filter(entry -> !entry.get()[0].equals("table.lastYear"));
	}

	static Stream<Arguments> lastYearsTableHeaders() {
		return Stream.concat(entries("table.lastYear"), entries("table.measure"));
	}

	static Stream<Arguments> verbs() {
		return entries("notice.verbs");
	}

	static Stream<Arguments> scopes() {
		return Stream.of("personal", "group", "voice.singular", "voice.plural").flatMap(key -> entries(key));
	}

	static Stream<Arguments> leads() {
		return entries("aspect.lead");
	}

	static Stream<Arguments> units() {
		return entries("signature.unit");
	}

	private static ReportImport.Result importText(String text) {
		return ReportImport.run(new ReportImport.Request(ReportImport.lines(text), "词表.txt", Unit.LINE, List.of(), Optional.empty(), "词表"))
				.orElseThrow();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("parts")
	void aPartWordNamesItsPart(String key, String word) {
		Part part = Stream.of(Part.values()).filter(p -> key.equalsIgnoreCase("part." + p.name().replace("_", ""))
				|| key.equals("part." + camel(p))).findFirst().orElseThrow();
		assertEquals(Optional.of(part), WORDS.partOf(word), word);
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n二、" + word + "\n");
		assertTrue(result.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.UNKNOWN_HEADING), word);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("labels")
	void aLabelPutsWhatFollowsIntoItsPartOfTheAspect(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n" + word + "：一是示例内容不够。\n");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		int found = switch (key) {
		case "label.problems" -> aspect.problems().size();
		case "label.causes" -> aspect.causes().size();
		default -> aspect.measures().size();
		};
		assertEquals(1, found, word + "\n" + result.report());
	}

	/** 查摆的主要问题 alone under an aspect heads its problems, as the by-aspect export writes a report's own heading. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("labelModifiers")
	void aModifiedLabelAloneHeadsItsPartOfTheAspect(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、在学习方面\n（一）" + word + "问题\n1.示例内容不够。\n（二）" + word + "措施\n1.每月学习1次。\n");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("示例内容不够。", "每月学习1次。"), List.of(aspect.problems().get(0).headline(), aspect.measures().get(0).headline()),
				word + "\n" + result.report());
	}

	static Stream<Arguments> labelModifiers() {
		return entries("label.modifiers");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("aspectWords")
	void aspectHeadingsSayTheirAspectWhateverIsAroundIt(String key, String word) {
		String heading = key.equals("aspect.prefix") ? word + "理论学习方面" : "在理论学习" + (word.startsWith("方面") ? word : "方面" + word);
		assertEquals("理论学习", Headings.core(heading), heading);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("hints")
	void aHintWordPlacesACauseUnderItsAspect(String key, String word) {
		String aspect = key.substring("hint.".length());
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在其他事项方面\n一是示例。\n（二）在" + aspect + "方面\n一是样例。\n"
				+ "二、问题的原因\n（一）" + word + "上有差距。\n");
		Draft.Attachment placed = result.draft().attachments().get(0);
		assertEquals(Draft.Rule.MEANING, placed.rule(), word);
		assertTrue(result.draft().aspects().get(1).causes().size() == 1, word + "\n" + result.report());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("examples")
	void anExampleWordStartsTheExample(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够深入。" + word + "：三月只学了一次。\n");
		assertEquals(Optional.of("三月只学了一次。"), result.draft().aspects().get(0).problems().get(0).example(), word);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("units")
	void aSignatureEndingInAUnitWordIsTheUnit(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n某县某局" + word + "\n2025年1月8日\n");
		assertEquals(Optional.of("某县某局" + word), result.draft().head().organization(), word);
	}

	/** Each word that says a shortfall makes a heading alone on its line a problem's headline, its body below. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("shortfalls")
	void aShortfallWordMakesAHeadingAProblemsHeadline(String key, String word) {
		String headline = "理论学习" + word;
		List<ProfileAspects> profile = List.of(new ProfileAspects("方案", "方案", List.of(new AspectName("学习", "理论学习"), new AspectName("廉洁", "廉洁自律"))));
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.lines("对照检查材料\n一、存在的问题\n（一）" + headline
				+ "\n全年集中学习只有2次。\n"), "词表.txt", Unit.LINE, profile, Optional.empty(), "词表")).orElseThrow();
		assertEquals(List.of(headline + "|全年集中学习只有2次。"), result.draft().aspects().stream().flatMap(a -> a.problems().stream())
				.map(p -> p.headline() + "|" + p.body()).toList(), word + "\n" + result.report());
	}

	/** Each word that names a kind of cause or measure makes a numbered heading of it alone head the paragraphs below. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("kinds")
	void aKindWordMakesAHeadingHeadTheItemsBelowIt(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n1.学习不够。\n二、原因分析\n（一）" + word
				+ "\n重视不够，学用脱节。\n三、整改措施\n（一）" + word + "\n每月研读1本原著。\n");
		assertEquals(List.of("重视不够，学用脱节。", "每月研读1本原著。"), result.draft().aspects().stream()
				.flatMap(a -> Stream.concat(a.causes().stream(), a.measures().stream())).map(Draft.Item::headline).toList(), word + "\n" + result.report());
	}

	static Stream<Arguments> kinds() {
		return entries("kinds");
	}

	/** Each long name a heading spells out is written in its short form in the id of a derived profile's aspect. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("shorthands")
	void aLongNameIsShortInADerivedId(String key, String pair) {
		String[] longAndShort = pair.split("=", 2);
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在落实" + longAndShort[0] + "方面\n一是学习不够。\n");
		assertEquals(List.of(Optional.of("落实" + longAndShort[1])), result.draft().aspects().stream().map(Draft.Aspect::id).toList(),
				pair + "\n" + result.report());
	}

	static Stream<Arguments> shorthands() {
		return entries("id.shorthand");
	}

	static Stream<Arguments> shortfalls() {
		return entries("shortfall");
	}

	/** Each word that sums up the problems, after the last of them and before the causes, opens the causes. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("summingUp")
	void aSummingUpWordOpensTheCauses(String key, String word) {
		String words = word + "虽有客观因素，但根本在于主观。";
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n1.学习不够。\n" + words + "\n二、问题产生的原因\n1.重视不够。\n");
		assertEquals(Optional.of(words), Optional.ofNullable(result.draft().head().leads().get(ItemKind.CAUSE)),
				word + "\n" + result.report());
	}

	static Stream<Arguments> summingUp() {
		return entries("problems.summedUp");
	}

	/** Each word that says a sentence lists the roots makes one naming several aspects said above it. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("listedCauses")
	void aListingWordMakesACauseOfSeveralAspectsSaid(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在理论学习方面\n一是学习不够。\n（二）在廉洁自律方面\n一是把关不严。\n"
				+ "二、问题产生的原因\n" + word + "理论学习满足于完成任务，廉洁自律意识有所松懈。\n");
		assertTrue(result.draft().aspects().stream().flatMap(a -> a.causes().stream()).anyMatch(c -> c.notes().stream().anyMatch(n -> n.contains("理论学习、廉洁自律"))),
				word + "\n" + result.report());
	}

	static Stream<Arguments> listedCauses() {
		return entries("causes.listed");
	}

	/** Each word of a list numbered in words numbers an item after 首先. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("ordinalWords")
	void anOrdinalWordNumbersAnItem(String key, String word) {
		String second = key.equals("ordinal.words.first") ? "其次" : word;
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n首先，学习不够。" + second + "，调研不深。\n");
		assertEquals(List.of("学习不够。", "调研不深。"), result.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::headline).toList(),
				word + "\n" + result.report());
	}

	static Stream<Arguments> ordinalWords() {
		return entries("ordinal.words");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("closings")
	void aClosingWordEndsTheMeasures(String key, String word) {
		String closing = key.equals("closing.start") ? word + "，我们将认真整改。" : "我们将以此" + word + "，认真整改。";
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n二、整改措施\n（一）加强学习。\n" + closing + "\n");
		assertEquals(Optional.of(closing), result.draft().head().closing(), word + "\n" + result.report());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("lastClosings")
	void aLastParagraphThatLooksAheadIsTheClosing(String key, String word) {
		String closing = word + "，我将以更高的标准要求自己，把整改措施落到实处。";
		String measures = "对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n二、整改措施\n（一）加强学习。\n";
		ReportImport.Result result = importText(measures + closing + "\n张某\n2026年1月8日\n");
		assertEquals(Optional.of(closing), result.draft().head().closing(), word + "\n" + result.report());
		// not where more text follows: then it is more of the measures
		ReportImport.Result before = importText(measures + closing + "\n每月集中学习1次。\n");
		assertEquals(Optional.empty(), before.draft().head().closing(), word + "\n" + before.report());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("lastYearsTableHeaders")
	void aLastYearsTableHeaderWordNamesTheStatementsColumn(String key, String word) {
		ReportImport.Result result = importText("对照检查材料\n一、上年度整改情况\n序号\t" + word + "\t责任领导\t落实情况\n1\t修订接待办法\t办公室主任\t已完成\n"
				+ "二、存在的问题\n（一）在学习方面\n一是学习不够。\n");
		assertEquals(List.of("已完成 修订接待办法（责任领导：办公室主任）。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList(),
				word + "\n" + result.report());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("tableHeaders")
	void aTableHeaderWordNamesItsColumn(String key, String word) {
		List<String> header = new ArrayList<>(List.of("措施", "责任人", "完成时限"));
		header.set(key.equals("table.measure") ? 0 : key.equals("table.responsible") ? 1 : 2, word);
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n二、整改措施\n"
				+ String.join("\t", header) + "\n每月集中学习1次\t党委书记\t2024年3月底前\n");
		Draft.Item measure = result.draft().aspects().get(0).measures().get(0);
		assertEquals("每月集中学习1次。|党委书记|2024年3月底前",
				measure.headline() + "|" + measure.responsible().orElse("-") + "|" + measure.deadline().orElse("-"), word + "\n" + result.report());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("verbs")
	void aNoticeVerbIsNotPartOfTheAspectsId(String key, String word) {
		NoticeReader.Found found = NoticeReader.read(ReportImport.lines("关于开好2027年度民主生活会的通知\n重点对照检查以下方面：带头" + word
				+ "政治纪律规矩；带头增强党性修养。\n"));
		assertEquals("政治纪律", found.aspects().get(0).id(), word);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("scopes")
	void aScopeWordTellsWhoWrites(String key, String word) {
		boolean personal = key.equals("personal") || key.equals("voice.singular");
		String text = key.startsWith("voice.") ? "对照检查材料\n前言。" + (word + "学习不够。").repeat(3) + "\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n"
				: "2025年度" + word + "对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n";
		assertEquals(Optional.of(personal ? Scope.PERSONAL : Scope.GROUP), importText(text).draft().head().scope(), word);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("leads")
	void aLeadWordIsNotPartOfAnAspectsName(String key, String word) {
		assertEquals("强化政治忠诚", Headings.stripLead(word + "强化政治忠诚"), word);
	}

	static Stream<Arguments> noticeWords() {
		return Stream.of("notice.introducing", "notice.aspect", "notice.notAspect").flatMap(key -> entries(key));
	}

	/** Of two numbered lists in a notice, the one the word speaks for is taken as the aspects. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("noticeWords")
	void aNoticeWordDecidesWhichListAreTheAspects(String key, String word) {
		String first = switch (key) {
		case "notice.notAspect" -> "如下：\n1.甲" + word + "乙。\n2.丙" + word + "丁。";
		default -> "如下：\n1.甲乙丙丁。\n2.戊己庚辛。";
		};
		String second = switch (key) {
		case "notice.introducing" -> "下面" + word + "：\n1.子丑寅卯。\n2.辰巳午未。";
		case "notice.aspect" -> "如下：\n1.子" + word + "丑。\n2.寅" + word + "卯。";
		default -> "如下：\n1.子丑寅卯。\n2.辰巳午未。";
		};
		NoticeReader.Found found = NoticeReader.read(ReportImport.lines("关于开好2027年度民主生活会的通知\n一、安排\n" + first + "\n二、内容\n" + second + "\n"));
		List<String> labels = found.aspects().stream().map(a -> a.label()).toList();
		assertTrue(labels.size() == 2 && (labels.get(0).startsWith("子") || labels.get(0).startsWith("辰")), word + ": " + labels);
	}

	static Stream<Arguments> surnamesAndTitles() {
		return Stream.of(only("criticism.surnames"), only("criticism.titles"), only("criticism.nameStarts")).flatMap(s -> s);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("surnamesAndTitles")
	void aColleagueIsNamedByASurnameAfterAnyTitles(String key, String word) {
		String person = key.equals("criticism.titles") ? word + "王某" : word + "某";
		List<Draft.Criticism> read = criticisms("对" + person + "同志：讲话时间偏长。\n");
		assertEquals(List.of(key.equals("criticism.titles") ? "王某" : word + "某"), read.stream().map(Draft.Criticism::name).toList(), word);
	}

	private static List<Draft.Followup> followups(String statement) {
		return importText("个人对照检查材料\n一、上年度整改措施落实情况\n" + statement + "\n二、存在的问题\n（一）在学习方面\n一是学习不够。\n").draft().followups();
	}

	static Stream<Arguments> followupWords() {
		return Stream.of("followup.done", "followup.continuing", "followup.notDone", "followup.reason", "followup.notReason",
				"followup.denial", "followup.future", "followup.recurred", "followup.summary", "followup.overall").flatMap(ImportVocabularyTest::only);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("followupWords")
	void aFollowupWordDoesWhatItsKeySays(String key, String word) {
		String named = "1.关于“台账不全”的问题，";
		switch (key) {
		case "followup.done", "followup.continuing", "followup.notDone" -> assertEquals(
				List.of(switch (key) {
				case "followup.done" -> FollowupState.DONE;
				case "followup.continuing" -> FollowupState.CONTINUING;
				default -> FollowupState.NOT_DONE;
				}), followups(named + "目前" + word + "。").stream().map(f -> f.state().orElse(null)).toList(), word);
		case "followup.reason" -> assertEquals(List.of(Optional.of(word + "资金不足")),
				followups(named + word + "资金不足，尚未完成。").stream().map(Draft.Followup::reason).toList(), word);
		case "followup.notReason" -> assertEquals(List.of(Optional.empty()),
				followups(named + word + "群众满意，尚未完成。").stream().map(Draft.Followup::reason).toList(), word);
		case "followup.denial" -> assertEquals(List.of(Optional.of(FollowupState.NOT_DONE)),
				followups(named + word + "整改完成。").stream().map(Draft.Followup::state).toList(), word);
		case "followup.future" -> assertEquals(List.of(Optional.empty()),
				followups(named + word + "整改完成。").stream().map(Draft.Followup::state).toList(), word);
		case "followup.recurred" -> assertEquals(1, followups("调研走过场的现象今年" + word + "。").size(), word);
		// what would be a statement (a problem that came back) weighs the whole after it
		case "followup.overall" -> assertEquals(List.of(), followups(word + "，整改取得阶段性成效，但反弹的风险仍然存在。"), word);
		default -> assertEquals(List.of(), followups(word + "4个问题均已整改完成。"), word);
		}
	}

	static Stream<Arguments> connectives() {
		return only("criticism.connectives");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("connectives")
	void aConnectiveBeforeALabelBelongsToIt(String key, String word) {
		List<Draft.Criticism> read = criticisms(word + "，其他同志对我的批评：讲话时间偏长。\n");
		assertEquals(List.of("讲话时间偏长。"), read.stream().filter(Draft.Criticism::received).map(Draft.Criticism::text).toList(), word);
	}

	static Stream<Arguments> titleEnds() {
		return only("title.end");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("titleEnds")
	void aTitleThatSaysWhatItIsEndsThere(String key, String word) {
		ReportImport.Result result = importText("中共某局党组对照检查" + word + "\n党员对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n");
		assertEquals(Optional.of("中共某局党组对照检查" + word), result.draft().head().title(), word);
	}

	static Stream<Arguments> titleWords() {
		return only("title.words");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("titleWords")
	void aShortLineWithATitleWordGoesOnWithTheTitle(String key, String word) {
		ReportImport.Result result = importText("中共某局党组\n2025年度" + word + "\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n");
		assertEquals(Optional.of("中共某局党组2025年度" + word), result.draft().head().title(), word);
	}

	static Stream<Arguments> signatureLabels() {
		return entries("signature.label");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("signatureLabels")
	void aSignatureLabelIsNotPartOfTheName(String key, String word) {
		ReportImport.Result result = importText("个人对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n" + word + "：张某\n2025年1月8日\n");
		assertEquals(Optional.of("张某"), result.draft().head().author(), word + "\n" + result.report());
	}

	private static final String CRITICISM_PART = "个人对照检查材料\n一、存在的问题\n（一）在学习方面\n一是学习不够。\n二、相互批评\n";

	private static List<Draft.Criticism> criticisms(String part) {
		return importText(CRITICISM_PART + part).draft().criticisms();
	}

	/** The words of one key only (entries takes every key that starts with its prefix). */
	private static Stream<Arguments> only(String key) {
		return WORDS.list(key).stream().map(word -> Arguments.of(key, word));
	}

	static Stream<Arguments> criticismLabels() {
		return only("criticism.label");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("criticismLabels")
	void aLabelWordBeforeAColonSaysWhichWayTheCriticismGoes(String key, String word) {
		List<Draft.Criticism> read = criticisms("其他同志对我的" + word + "：讲话时间偏长。\n");
		assertEquals(List.of(true), read.stream().map(Draft.Criticism::received).toList(), word);
	}

	static Stream<Arguments> receivingLabels() {
		return only("criticism.received");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("receivingLabels")
	void aLabelSayingItIsAboutTheWriterIsFollowedByReceivedCriticisms(String key, String word) {
		List<Draft.Criticism> read = criticisms("（一）" + word + "的批评\n讲话时间偏长。\n");
		assertEquals(List.of(true), read.stream().map(Draft.Criticism::received).toList(), word);
	}

	static Stream<Arguments> receivingWords() {
		return only("criticism.receivedIn");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("receivingWords")
	void wordsAboutTheWriterMakeACriticismReceived(String key, String word) {
		List<Draft.Criticism> read = criticisms("有同志" + word + "讲话时间偏长。\n");
		assertEquals(List.of("同志们"), read.stream().filter(Draft.Criticism::received).map(Draft.Criticism::person).toList(), word);
	}

	static Stream<Arguments> acceptingWords() {
		return entries("criticism.accept");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("acceptingWords")
	void aSentenceAcceptingTheCriticismIsTheResponse(String key, String word) {
		List<Draft.Criticism> read = criticisms("李某同志指出我讲话时间偏长。这条意见" + word + "。\n");
		assertEquals(Optional.of("这条意见" + word + "。"), read.get(0).response(), word);
	}

	static Stream<Arguments> responseWords() {
		return Stream.concat(only("criticism.responseStart").map(a -> Arguments.of(a.get()[0], a.get()[1] + "今后改进。")),
				only("criticism.response").map(a -> Arguments.of(a.get()[0], "我将" + a.get()[1] + "。")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("responseWords")
	void aSentenceStartingAsAResponseAndPromisingIsTheResponse(String key, String sentence) {
		List<Draft.Criticism> read = criticisms("李某同志指出我讲话时间偏长。" + sentence + "\n");
		assertEquals(Optional.of(sentence), read.get(0).response(), sentence);
	}

	static Stream<Arguments> sharedReplies() {
		return only("criticism.sharedReply");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("sharedReplies")
	void aReplyToAllAfterTheCriticismsReceivedIsTheirResponse(String key, String word) {
		List<Draft.Criticism> read = criticisms("（一）其他同志对我的批评\n李某同志：讲话时间偏长。\n" + word + "，我诚恳接受。\n");
		assertEquals(List.of("李某 " + word + "，我诚恳接受。"), read.stream().map(c -> c.person() + " " + c.response().orElse("")).toList(), word);
	}

	static Stream<Arguments> replies() {
		return only("criticism.reply");
	}

	/** Each word of a reply, then its comma, answers the one criticism above it; not the one before that. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("replies")
	void aReplyOnItsLineAnswersTheCriticismAboveIt(String key, String word) {
		List<Draft.Criticism> read = criticisms("（一）其他同志对我的批评\n李某同志：讲话时间偏长。\n王某同志：调研偏少。\n" + word + "，我诚恳接受。\n");
		assertEquals(List.of("李某 ", "王某 " + word + "，我诚恳接受。"), read.stream().map(c -> c.person() + " " + c.response().orElse("")).toList(), word);
	}

	static Stream<Arguments> notNames() {
		return entries("criticism.notNames");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("notNames")
	void wordsBefore同志ThatNameNoOneAreNoColleague(String key, String word) {
		assertEquals(List.of(), criticisms("对" + word + "同志：讲话时间偏长。\n"), word);
	}

	private static String camel(Part part) {
		String[] words = part.name().toLowerCase().split("_");
		StringBuilder sb = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return sb.toString();
	}
}
