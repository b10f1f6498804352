package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.duizhao.dsl.export.TitleLines;
import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.dsl.text.Deadlines;
import org.duizhao.dsl.text.Finding;
import org.duizhao.dsl.text.Names;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.text.OpinionsTold;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.text.StatedDeadlines;
import org.duizhao.dsl.text.Typography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text analysers on their own, on strings as writers type them. */
class TextAnalysisTest {

	@Test
	void placeholdersOfEveryKind() {
		List<String> found = Placeholders.find("学习党的XX大精神，促进*发展，××同志，某某单位，比如：……。（此处补充事例）[待填]【待补充】")
				.stream().map(Finding::found).toList();
		assertEquals(List.of("XX", "*", "××", "某某", "……", "（此处补充事例）", "[待填]", "【待补充】"), found);
	}

	@Test
	void noPlaceholderInOrdinaryText() {
		assertTrue(Placeholders.find("学习不够深入……等问题仍然存在，XXL码，Xi'an，2×3").isEmpty());
	}

	@Test
	void halfWidthOnlyNextToHan() {
		List<Finding> found = Typography.halfWidthPunctuation("学习,工作;see 1, 2 (ok) 问题?");
		assertEquals(List.of(",", ";", "?"), found.stream().map(Finding::found).toList());
		assertEquals(List.of("，", "；", "？"), found.stream().map(Finding::replacement).toList());
	}

	/** 到位.支委会 and 上. at the end are sentence ends written half-width; 1.5倍, 2024.1 and Word.docx are not. */
	@Test
	void aHalfWidthFullStopAfterHanIsHalfWidth() {
		List<Finding> found = Typography.halfWidthPunctuation("思想认识不够到位.支委会放在日常事务上.增长1.5倍，见2024.1版和附件.docx");
		assertEquals(List.of(8, 19), found.stream().map(Finding::offset).toList());
		assertEquals(List.of("。", "。"), found.stream().map(Finding::replacement).toList());
		assertEquals("思想认识不够到位.", Typography.asSentence("思想认识不够到位."));
	}

	/**
	 * A dot between the parts of a transliterated name is the name's: the middle dot is asked for, the import writes
	 * it; a stop between two words of running text stays a stop (实.加 and 位.支 are no name's parts).
	 */
	@Test
	void aDotBetweenTheTransliteratedPartsOfANameIsTheNamesNotAStop() {
		String named = "群众代表阿不都热合曼.吐尔逊反映，由阿依古丽•买买提负责";
		List<Finding> found = Names.otherSeparators(named);
		assertEquals(List.of(10, 22), found.stream().map(Finding::offset).toList());
		assertEquals(List.of("·", "·"), found.stream().map(Finding::replacement).toList());
		assertEquals(List.of(), Typography.halfWidthPunctuation(named));
		assertEquals("群众代表阿不都热合曼·吐尔逊反映，由阿依古丽·买买提负责", Names.withMiddleDots("群众代表阿不都热合曼.吐尔逊反映，由阿依古丽•买买提负责"));
		String running = "工作不够扎实.加强学习不够到位.支委会落实不力.提高质量，执法监督推进不力.依法行政意识不强";
		assertEquals(running, Names.withMiddleDots(running));
		assertEquals(List.of("。", "。", "。", "。"), Typography.halfWidthPunctuation(running).stream().map(Finding::replacement).toList());
		assertEquals(List.of(), Names.otherSeparators(running));
		assertTrue(Names.isDotted("阿依古丽·买买提"));
		assertFalse(Names.isDotted("王伟"));
	}

	/** A long title breaks at a word, never between a year's digits and its 年 (2025 | 年度). */
	@Test
	void aLongTitleKeepsItsYearWhole() {
		assertEquals(List.of("江北区市场监督管理局党组", "2025年度民主生活会对照检查材料"), TitleLines.of("江北区市场监督管理局党组2025年度民主生活会对照检查材料"));
		assertEquals(List.of("2023年主题教育专题", "民主生活会班子对照检查材料"), TitleLines.of("2023年主题教育专题民主生活会班子对照检查材料"));
	}

	@Test
	void unpairedMarksAreFoundInOrder() {
		assertEquals(List.of("”", "“", "《"),
				Typography.unpairedMarks("他说”好“还有《选集》《讲话").stream().map(Finding::found).toList());
		assertTrue(Typography.unpairedMarks("“学习”（一）《讲话》‘好’").isEmpty());
		List<Finding> found = Typography.unpairedMarks("（一）“学习《讲话");
		assertEquals(List.of(3, 6), found.stream().map(Finding::offset).toList());
		assertEquals(List.of("”", "》"), found.stream().map(Finding::replacement).toList());
	}

	@Test
	void spacesBetweenHanButNotAtLineBreaks() {
		assertEquals(List.of(2), Typography.spacesBetweenHan("学习 不够\n\t\t深入 ok 好").stream().map(Finding::offset).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "会前通过座谈会、问卷等方式征求意见建议31条，全部纳入对照检查。", "共收集到干部群众意见建议十二条。",
			"班子成员分头听取基层意见，汇总形成建议清单共9项。", "征集意见 15 条", "会前共收到31条意见建议。", "征求意见建议十五条。" })
	void opinionsToldWithTheirCount(String text) {
		assertTrue(OpinionsTold.in(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "班子广泛征求意见，认真查摆问题。", "对征求到的意见逐条认领。", "征求意见。会后召开3次专题会。", "提出整改措施20条。",
			"广泛听取意见建议，对照六个方面认真查摆问题。", "征求意见时召开座谈会4个。" })
	void opinionsNotTold(String text) {
		assertFalse(OpinionsTold.in(text), text);
	}

	@Test
	void theCountOfTheOpinionsToldIsTheirs() {
		assertEquals(Optional.of(15), OpinionsTold.count("会前召开座谈会4个，通过意见箱和座谈会共收到意见建议15条，主要有："));
		assertEquals(Optional.of(15), OpinionsTold.count("征求意见建议十五条。"));
		assertEquals(Optional.of(31), OpinionsTold.count("会前共收到３１条意见建议。"));
	}

	@Test
	void aDateInNumeralsIsWrittenInFigures() {
		assertEquals("2026年1月12日", ChineseNumerals.dateInFigures("二〇二六年一月十二日"));
		assertEquals("2025年12月31日", ChineseNumerals.dateInFigures("二零二五年十二月三十一日"));
		assertEquals("2025年11月", ChineseNumerals.dateInFigures("二〇二五年十一月"));
		assertEquals("2025年1月20日", ChineseNumerals.dateInFigures("2025年1月20日"));
		assertEquals("2025年1月15日", ChineseNumerals.dateInFigures("２０２５年１月１５日"));
		assertEquals("一是学习不够", ChineseNumerals.dateInFigures("一是学习不够"));
	}

	/** A deadline said without its year takes the year of the report's month, the next for a month past by then. */
	@Test
	void aDeadlineWithoutAYearTakesTheYearItIsWrittenIn() {
		Optional<YearMonth> december = Optional.of(YearMonth.of(2024, 12));
		assertEquals(Optional.of("2025年10月底前"), StatedDeadlines.stated("于10月底前完成专题学习。", december));
		assertEquals(Optional.of("2024年底前"), StatedDeadlines.stated("年底前撰写2篇调研报告。", december));
		assertEquals(Optional.of("2025年底前"), StatedDeadlines.stated("2025年上半年建成，年底前推广。", december));
		assertEquals(Optional.empty(), StatedDeadlines.stated("于10月底前完成专题学习。", Optional.empty()));
		assertEquals(Optional.empty(), StatedDeadlines.stated("坚持每月10日前报送。", december));
		assertEquals(Optional.of("2025年3月底"), StatedDeadlines.withYear("3月底", YearMonth.of(2025, 1)));
		assertEquals(Optional.of("2026年3月底前"), StatedDeadlines.withYear("三月底前", YearMonth.of(2026, 1)));
		assertEquals(Optional.of("2025年内"), StatedDeadlines.withYear("年内", YearMonth.of(2025, 1)));
		assertEquals(Optional.empty(), StatedDeadlines.withYear("长期坚持", YearMonth.of(2025, 1)));
		assertEquals(Optional.of(YearMonth.of(2025, 1)), StatedDeadlines.writtenIn(Optional.of("2025年1月20日"), Optional.of("2023年度组织生活会")));
		assertEquals(Optional.of(YearMonth.of(2025, 1)), StatedDeadlines.writtenIn(Optional.empty(), Optional.of("2024年度民主生活会对照检查材料")));
		assertEquals(Optional.of(YearMonth.of(2025, 11)), StatedDeadlines.writtenIn(Optional.of("二〇二五年十一月二十日"), Optional.of("对照检查材料")));
		// a meeting the title dates in a month is held then, not the year after
		assertEquals(Optional.of(YearMonth.of(2025, 1)), StatedDeadlines.writtenIn(Optional.empty(), Optional.of("2025年1月专题民主生活会对照检查材料")));
		Optional<YearMonth> january = Optional.of(YearMonth.of(2025, 1));
		// the end of a month not named, a span of years, a half year: no year-end and no year of their own
		assertEquals(Optional.empty(), StatedDeadlines.stated("本月底前完成自查。", january));
		assertEquals(Optional.empty(), StatedDeadlines.stated("两年内完成改造。", january));
		assertEquals(Optional.empty(), StatedDeadlines.stated("半年内完成整改。", january));
		// 明年 and 今年 say the year; a month in numerals is a month
		assertEquals(Optional.of("2026年6月底前"), StatedDeadlines.stated("明年6月底前全部完工。", january));
		assertEquals(Optional.of("2025年底前"), StatedDeadlines.stated("今年年底前建成。", january));
		assertEquals(Optional.of("2025年3月底前"), StatedDeadlines.stated("三月底前完成轮训。", january));
		assertEquals(Optional.empty(), StatedDeadlines.writtenIn(Optional.of("2025年13月"), Optional.of("对照检查材料")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日", "2024年6月底前", "2024年6月", "2024年底",
			"2024年下半年", "长期坚持", "立行立改", "2024年12月31日前", "2024年全年", "2024年内", "2024年第三季度前", "2024年6月底以前", "立即整改",
			"即知即改" })
	void validDeadlines(String deadline) {
		assertTrue(Deadlines.isValid(deadline), deadline);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-30", "2024年13月", "下个月", "尽快", "2024", "", "年底前", "6月底前" })
	void invalidDeadlines(String deadline) {
		assertFalse(Deadlines.isValid(deadline), deadline);
	}

	@Test
	void nearDuplicatesIgnorePunctuationAndFindCloseTexts() {
		List<NearDuplicates.Match> matches = new NearDuplicates().find(List.of(
				"理论学习不够深入，学用结合不紧。",
				"调查研究不够扎实，听汇报多。",
				"理论学习不够深入 学用结合不紧",
				"调查研究不够扎实，听汇报多了。"));
		assertEquals(2, matches.size());
		assertEquals(new NearDuplicates.Match(2, 0, 1.0), matches.get(0));
		assertEquals(1, matches.get(1).earlier());
		assertEquals(3, matches.get(1).index());
	}

	@Test
	void thousandsOfDistinctTextsGiveNoMatches() {
		List<String> texts = new ArrayList<>();
		Random random = new Random(42);
		for (int i = 0; i < 2000; i++) {
			texts.add(randomText(random, 40));
		}
		assertEquals(List.of(), new NearDuplicates().find(texts));
	}

	@Test
	void closeTextsAreFoundAmongThousands() {
		// 300 texts of 40 characters, each followed later by a copy with one character changed (similarity about
		// 0.85): locality-sensitive hashing may miss a pair only rarely
		Random random = new Random(7);
		List<String> originals = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String text = randomText(random, 40);
			originals.add(text);
			texts.add(text);
		}
		for (String original : originals) {
			StringBuilder changed = new StringBuilder(original);
			changed.setCharAt(20, '新');
			texts.add(changed.toString());
		}
		List<NearDuplicates.Match> matches = new NearDuplicates().find(texts);
		long found = matches.stream().filter(m -> m.index() - 300 == m.earlier()).count();
		assertTrue(found >= 294, "found " + found + " of 300");
		assertTrue(matches.stream().allMatch(m -> m.index() - 300 == m.earlier()), "no false matches");
	}

	@Test
	void afterAnEditTheMatchesAreThoseOfAFreshSearch() {
		// the editor's search keeps what it found between texts that stayed; the result must not depend on that
		Random random = new Random(11);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			StringBuilder sb = new StringBuilder(randomText(random, 30));
			texts.add(sb.toString());
			if (i % 10 == 0) {
				sb.setCharAt(15, '新');
				texts.add(sb.toString()); // a near copy right after
			}
		}
		NearDuplicates kept = new NearDuplicates();
		kept.find(texts);
		List<String> edited = new ArrayList<>(texts);
		edited.set(1, edited.get(1) + "XX"); // a near copy edited: still one
		edited.set(12, edited.get(12).substring(0, 5)); // a near copy cut short: no longer one
		edited.remove(30);
		edited.add(texts.get(50)); // an identical copy
		edited.add(new StringBuilder(texts.get(60)).reverse().toString());
		edited.add(0, texts.get(70) + "新"); // a near copy before its original
		assertEquals(new NearDuplicates().find(edited), kept.find(edited));
		assertEquals(new NearDuplicates().find(texts), kept.find(texts));
	}

	/** {@code length} characters drawn from the words reports use, so that texts share trigrams as real ones do. */
	private static String randomText(Random random, int length) {
		String han = "学习工作作风担当廉洁政治能力本领理论群众基层调研制度落实责任纪律规矩意识宗旨服务发展";
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < length; c++) {
			text.append(han.charAt(random.nextInt(han.length())));
		}
		return text.toString();
	}
}
