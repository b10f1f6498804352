package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.duizhao.dsl.export.Block;
import org.duizhao.dsl.export.ReportLayout;
import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.DraftReader.Unit;
import org.duizhao.dsl.importer.ImportMessages;
import org.duizhao.dsl.importer.ImportVocabulary;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.text.Typography;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.FollowupState;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Report;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Reports in the traditional layout, in the shapes real ones come in, read into a .dzr. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ReportImportTest {

	@Inject
	private Fixture fixture;

	static final List<ProfileAspects> PROFILES = List.of(new ProfileAspects("主题教育2023", "2023年主题教育",
			List.of(new AspectName("理论学习", "理论学习"), new AspectName("政治素质", "政治素质"), new AspectName("能力本领", "能力本领"),
					new AspectName("担当作为", "担当作为"), new AspectName("工作作风", "工作作风"), new AspectName("廉洁自律", "廉洁自律"))));

	static final String INLINE_REPORT = """
			2023年主题教育专题民主生活会班子对照检查材料
			（2023年12月20日）
			按照县委要求，局党组开展了学习研讨。下面，我代表班子作对照检查。
			一、存在的问题
			（一）在理论学习方面
			一是学习的系统性不够强。集中学习多按通知安排。二是学用结合还有差距。比如，分析难点问题不够深入。
			（二）在政治素质方面
			1.政治站位还不够高。从政治上看问题不够。
			2.斗争精神不足。
			（三）在能力本领方面
			班子成员能力与新要求还有差距。
			一是专业能力不足。
			二是创新意识不强。
			（四）在担当作为方面
			一是担当意识不够强。遇到难题绕着走。
			（五）在工作作风方面
			一是调查研究不够深入。
			（六）在廉洁自律方面
			一是监督管理还有薄弱环节。
			二、典型案例剖析
			某局违规发放津贴案警示我们，制度执行不能打折扣。
			三、产生问题的原因
			（一）理论武装不够深入。对理论学习重视不够。
			（二）党性锻炼不够经常。政治素质方面要求不严。
			（三）能力建设抓得不紧。培训针对性不强。
			（四）担当精神有所弱化。怕出错。
			（五）宗旨意识有所淡化。联系群众不够。
			（六）管党治党责任压得不实。监督偏软。
			四、下一步整改措施
			（一）强化理论武装。制定年度学习计划。
			（二）锤炼政治品格。开展专题党性教育。
			（三）提升能力本领。分层分类开展培训。
			（四）勇于担当作为。建立难题清单。
			（五）改进工作作风。每月开展一次调研。
			（六）严守廉洁底线。完善风险防控制度。
			以上对照检查，请大家批评指正。
			青川县交通运输局党组
			2023年12月20日
			""";

	static ReportImport.Result importText(String text) {
		return importText(text, "材料");
	}

	static ReportImport.Result importText(String text, String stem) {
		return importText(text, stem, PROFILES);
	}

	/** Imported with {@code known} the profiles the report may follow. */
	static ReportImport.Result importText(String text, String stem, List<ProfileAspects> known) {
		return ReportImport.run(new ReportImport.Request(ReportImport.lines(text), stem + ".txt", Unit.LINE, known, Optional.empty(), stem))
				.orElseThrow();
	}

	private static List<String> placed(ReportImport.Result result) {
		return result.draft().attachments().stream().map(a -> ImportMessages.of(a.kind()) + " " + a.aspect().orElse("—") + " " + a.rule())
				.toList();
	}

	private static List<String> findings(ReportImport.Result result) {
		return result.draft().findings().stream().map(f -> f.place().line() + ":" + f.place().column() + ": " + f.message()).toList();
	}

	@Test
	void aReportWithInlineNumberedAndLeadProblemsBecomesACompleteDzr() {
		ReportImport.Result result = importText(INLINE_REPORT);
		assertEquals("""
				// 由 duizhao import 从“材料.txt”导入。
				报告 "2023年主题教育专题民主生活会班子对照检查材料"
				副标题 "2023年12月20日"
				单位 "青川县交通运输局党组"
				类型 班子
				日期 "2023年12月20日"
				依据 主题教育2023

				前言 "按照县委要求，局党组开展了学习研讨。下面，我代表班子作对照检查。"

				标题 原因 "产生问题的原因"
				标题 措施 "下一步整改措施"

				方面 理论学习 {
					问题 P1 "学习的系统性不够强。"
						"集中学习多按通知安排。"
					问题 P2 "学用结合还有差距。"
						例如 "分析难点问题不够深入。"
					原因 C1 "理论武装不够深入。"
						"对理论学习重视不够。"
						针对 P1, P2
					措施 M1 "强化理论武装。"
						"制定年度学习计划。"
						针对 C1
				}

				方面 政治素质 {
					问题 P3 "政治站位还不够高。"
						"从政治上看问题不够。"
					问题 P4 "斗争精神不足。"
					原因 C2 "党性锻炼不够经常。"
						"政治素质方面要求不严。"
						针对 P3, P4
					措施 M2 "锤炼政治品格。"
						"开展专题党性教育。"
						针对 C2
				}

				方面 能力本领 {
					导语 "班子成员能力与新要求还有差距。"
					问题 P5 "专业能力不足。"
					问题 P6 "创新意识不强。"
					原因 C3 "能力建设抓得不紧。"
						"培训针对性不强。"
						针对 P5, P6
					措施 M3 "提升能力本领。"
						"分层分类开展培训。"
						针对 C3
				}

				方面 担当作为 {
					问题 P7 "担当意识不够强。"
						"遇到难题绕着走。"
					原因 C4 "担当精神有所弱化。"
						"怕出错。"
						针对 P7
					措施 M4 "勇于担当作为。"
						"建立难题清单。"
						针对 C4
				}

				方面 工作作风 {
					问题 P8 "调查研究不够深入。"
					原因 C5 "宗旨意识有所淡化。"
						"联系群众不够。"
						针对 P8
					措施 M5 "改进工作作风。"
						"每月开展一次调研。"
						针对 C5
				}

				方面 廉洁自律 {
					问题 P9 "监督管理还有薄弱环节。"
					原因 C6 "管党治党责任压得不实。"
						"监督偏软。"
						针对 P9
					措施 M6 "严守廉洁底线。"
						"完善风险防控制度。"
						针对 C6
				}

				案例 "某局违规发放津贴案警示我们，制度执行不能打折扣。"

				结语 "以上对照检查，请大家批评指正。"

				落款 "青川县交通运输局党组" "2023年12月20日"
				""", result.report());
		assertEquals(Optional.empty(), result.derived());
		assertEquals(List.of(), result.draft().findings());
		// the depth checks' advice (提示) is about the source's wording, not the import
		assertEquals(Set.of(IssueCodes.MISSING_RESPONSIBLE, IssueCodes.MISSING_DEADLINE), Fixture.codes(fixture.validate(result.report())
				.stream().filter(i -> i.getSeverity() != Severity.INFO).toList()),
				"a complete source passes every check but the ledger, which the source did not have");
		assertEquals(List.of("原因 理论学习 MEANING", "原因 政治素质 MEANING", "原因 能力本领 MEANING", "原因 担当作为 MEANING",
				"原因 工作作风 MEANING", "原因 廉洁自律 MEANING", "措施 理论学习 MEANING", "措施 政治素质 MEANING", "措施 能力本领 MEANING",
				"措施 担当作为 MEANING", "措施 工作作风 MEANING", "措施 廉洁自律 MEANING"), placed(result));
	}

	@Test
	void aPartHeadingWithItsTextOnTheSameLineIsThatPart() {
		// as many write it: the part's heading, a space, and what the part says, in one paragraph
		String spaced = """
				2025年度民主生活会个人对照检查材料
				一、上年度整改情况 去年查摆的3个问题已整改2个，1个正在推进。
				二、存在的问题
				（一）在理论学习方面
				一是学习不够深入。
				三、问题产生的原因
				（一）理论武装不够。
				四、整改措施
				（一）加强理论学习。
				五、相互批评意见　同事指出我调研不够深入，下基层次数少。
				附：征求意见情况另行报送。
				""";
		String report = importText(spaced).report();
		assertEquals("""
				// 由 duizhao import 从“材料.txt”导入。
				报告 "2025年度民主生活会个人对照检查材料"
				类型 个人
				依据 主题教育2023

				上年度整改 "[待填：上年度材料的文件名]" "去年查摆的3个问题已整改2个，1个正在推进。" {
					// 【上年度整改】第 2 行：一、上年度整改情况
				}

				标题 原因 "问题产生的原因"
				标题 措施 "整改措施"

				方面 理论学习 {
					问题 P1 "学习不够深入。"
					原因 C1 "理论武装不够。"
						针对 P1
					措施 M1 "加强理论学习。"
						针对 C1
				}

				相互批评 {
					// 【相互批评】第 10 行：五、相互批评意见
					来自 "同志们" "同事指出我调研不够深入，下基层次数少。"
				}

				// 【附件】第 11 行：附：征求意见情况另行报送。
				""", report);
		// a numbered heading that only starts with a part's words is no part
		String sentence = importText(spaced.replace("一、上年度整改情况 去年", "一、上年度整改情况，去年")).report();
		assertFalse(sentence.contains("上年度整改 \""), sentence);
	}

	@Test
	void numberedAspectsWithTheirProblemAfterAColonKeepIt() {
		// 1.在……方面：问题 — the next aspect's number is no list that the text would lead into
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				1.在理论学习方面：学习不够深入，满足于读原文。
				2.在工作作风方面：调查研究不够，下基层次数少。
				二、问题产生的原因
				（一）理论武装不够。
				三、整改措施
				（一）加强学习。
				""");
		String report = result.report();
		assertTrue(report.contains("方面 理论学习 {\n\t问题 P1 \"学习不够深入，满足于读原文。\"\n"), report);
		assertTrue(report.contains("方面 工作作风 {\n\t问题 P2 \"调查研究不够，下基层次数少。\"\n"), report);
		assertFalse(report.contains("导语"), report);
	}

	@Test
	void aPartHeadingBeforeAColonIsThatPartWhateverItsTextSays() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				按照要求，现将个人对照检查情况报告如下。
				一、征求意见情况：会前共收到意见建议6条，主要集中在调研不够深入等方面，已逐条认领。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入。
				""");
		String report = result.report();
		assertTrue(report.contains("前言 \"按照要求，现将个人对照检查情况报告如下。\"\n"), report);
		assertTrue(report.contains("// 【征求意见】第 3 行：一、征求意见情况："), report);
	}

	@Test
	void aspectHeadingsNumbered一是OnTheirOwnLineHoldTheProblemsBelowThem() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的问题
				一是在理论学习方面
				1.学习不够深入。
				2.学用结合不紧。
				二是在工作作风方面
				1.调查研究不够。
				二、问题产生的原因
				（一）理论武装不够。
				三、整改措施
				（一）加强学习。
				""");
		String report = result.report();
		assertTrue(report.contains("方面 理论学习 {\n\t问题 P1 \"学习不够深入。\"\n\t问题 P2 \"学用结合不紧。\"\n"), report);
		assertTrue(report.contains("方面 工作作风 {\n\t问题 P3 \"调查研究不够。\"\n"), report);
		assertFalse(report.contains("导语"), report);
		// 一是 followed by a sentence is still an item
		String inline = importText("""
				班子对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是在理论学习方面存在差距。
				""").report();
		assertTrue(inline.contains("问题 P1 \"在理论学习方面存在差距。\""), inline);
	}

	@Test
	void lastYearsRectificationNamedByItsYearIsThatPart() {
		String report = importText("""
				班子对照检查材料
				一、2023年度民主生活会整改措施落实情况
				上年度查摆的12个问题已整改完成11个。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入。
				""").report();
		assertTrue(report.contains("// 【上年度整改】第 2 行：一、2023年度民主生活会整改措施落实情况\n"), report);
		assertFalse(report.contains("措施 M1"), report);
	}

	/** One aspect with its problem, cause and the heading of the measures: the body of the drafts below. */
	static final String ONE_ASPECT = """
			一、存在的问题
			（一）在理论学习方面
			1.学习不够深入，全年只读了2本原著。
			二、问题产生的原因
			（一）理论武装不够，学用脱节。
			三、整改措施
			""";

	static final String PERSONAL_TAIL = "个人对照检查材料\n" + ONE_ASPECT + """
			（一）加强理论学习，每月研读1本原著。
			四、相互批评意见
			会前，我与班子成员逐一谈心谈话5人次。
			（一）对其他同志的批评
			对林某同志：推进项目时督促不够，有2个项目拖期；对王某同志，开会发言顾虑多，存在好人主义。
			（二）其他同志对我的批评
			1.李某同志指出我下基层少，全年只去了3次。我虚心接受，今后每月至少下基层2天。
			2.有同志提出我讲话时间偏长。
			以上对照检查，请同志们批评指正。
			附：1.征求意见建议清单
			2.个人整改台账
			对照检查人：孙某
			2026年1月20日
			""";

	@Test
	void criticismsGivenAndReceivedAreThePartsEntries() {
		ReportImport.Result result = importText(PERSONAL_TAIL);
		assertTrue(result.report().contains("""
				相互批评 {
					// 【相互批评】第 9 行：四、相互批评意见
					// 【相互批评】第 10 行：会前，我与班子成员逐一谈心谈话5人次。
					对 "林某" "推进项目时督促不够，有2个项目拖期。"
					对 "王某" "开会发言顾虑多，存在好人主义。"
					来自 "李某" "李某同志指出我下基层少，全年只去了3次。" 回应 "我虚心接受，今后每月至少下基层2天。"
					来自 "同志们" "有同志提出我讲话时间偏长。"
				}
				"""), result.report());
		assertTrue(result.summary().stream().anyMatch(l -> l.text().equals("相互批评 4 条")), result.summary().toString());
		assertTrue(result.summary().stream().noneMatch(l -> l.text().startsWith("作为注释保留的部分")), result.summary().toString());
	}

	@Test
	void aTextThatNamesNoColleagueAndHasNoLabelIsNoCriticism() {
		String report = importText("""
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.学习不够深入。
				二、相互批评
				会前与分管科室同志谈心，听取了意见。
				""").report();
		assertTrue(report.contains("相互批评 {\n\t// 【相互批评】第 5 行：二、相互批评\n\t// 【相互批评】第 6 行：会前与分管科室同志谈心，听取了意见。\n}"),
				report);
	}

	@Test
	void attachmentsAreTheReportsAttachmentsBeforeTheSignatureAndTheLabelledNameSigns() {
		ReportImport.Result result = importText(PERSONAL_TAIL);
		assertTrue(result.report().endsWith("""
				结语 "以上对照检查，请同志们批评指正。"

				附件 "征求意见建议清单", "个人整改台账"

				落款 "孙某" "2026年1月20日"
				"""), result.report());
		assertFalse(result.report().contains("措施 M2"), result.report());
		assertEquals(List.of("征求意见建议清单", "个人整改台账"), result.draft().enclosures().stream().map(Draft.Enclosure::name).toList());
	}

	@Test
	void aGroupReportIsSignedByItsUnit() {
		String report = importText(INLINE_REPORT).report();
		assertTrue(report.endsWith("落款 \"青川县交通运输局党组\" \"2023年12月20日\"\n"), report);
	}

	@Test
	void lastYearsListsKeepTheirCountsAndWhatTellsMoreOfAnItemJoinsIt() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				去年查摆的5个问题，已完成3项：建立自学制度；到基层调研12次；修订接待办法。正在推进的有：食品安全追溯平台建设；执法人员轮训。
				其中，追溯平台因省级系统接口调整，尚未完成，预计明年6月前上线。
				另外，参加市级技能竞赛的计划，因单位工作调整，尚未完成。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				""");
		assertTrue(result.report().contains("""
				上年度整改 "" "去年查摆的5个问题，已完成3项。" {
					// 上年度材料（.dzr 或 .docx）的文件名可写在引号里，以便逐项核对上年度措施的编号
					// 【上年度整改】第 2 行：一、上年度民主生活会整改措施落实情况
					// 【上年度整改】第 3 行：正在推进的有：
					整改 上年1 已完成 "建立自学制度。"
					整改 上年2 已完成 "到基层调研12次。"
					整改 上年3 已完成 "修订接待办法。"
					整改 上年4 未完成 "食品安全追溯平台建设。追溯平台尚未完成，预计明年6月前上线。" 原因 "因省级系统接口调整"
					整改 上年5 持续推进 "执法人员轮训。"
					整改 上年6 未完成 "另外，参加市级技能竞赛的计划，尚未完成。" 原因 "因单位工作调整"
				}
				"""), result.report());
	}

	@Test
	void lastYearsStatementsAreThePartsFollowupsAndItsSummariesItsOwnWords() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				对照上年度整改清单逐项进行了复核。
				1.关于“调研不深入”的问题。全年调研20次，已整改完成。
				2.关于“学用脱节”的问题，因课题尚未结题，持续推进。
				智慧平台建设因采购延期，尚未完成。
				3.关于“台账不规范”的问题。由于系统更换，未完成。
				查摆的5个问题已完成3个，2个持续推进。去年的6个问题中，学习不够、调研不深等4个问题已完成整改；“会议偏多”问题仍在推进。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				""");
		assertTrue(result.report().contains("""
				上年度整改 "" "对照上年度整改清单逐项进行了复核。查摆的5个问题已完成3个，2个持续推进。" {
					// 上年度材料（.dzr 或 .docx）的文件名可写在引号里，以便逐项核对上年度措施的编号
					// 【上年度整改】第 2 行：一、上年度民主生活会整改措施落实情况
					整改 上年1 已完成 "关于“调研不深入”的问题。全年调研20次，已整改完成。"
					整改 上年2 持续推进 "关于“学用脱节”的问题，持续推进。" 原因 "因课题尚未结题"
					整改 上年3 未完成 "智慧平台建设尚未完成。" 原因 "因采购延期"
					整改 上年4 未完成 "关于“台账不规范”的问题。未完成。" 原因 "由于系统更换"
					整改 上年5 已完成 "去年的6个问题中，学习不够、调研不深等4个问题已完成整改。"
					整改 上年6 持续推进 "“会议偏多”问题仍在推进。"
				}
				"""), result.report());
		assertTrue(result.summary().stream().anyMatch(l -> l.text().equals("上年度整改 6 项")), result.summary().toString());
		// the ids are the import's own (上年1 parses as an id): without last year's file there is nothing to check them
		// against, and the part has no placeholder left
		assertEquals(Set.of(), Fixture.codes(fixture.validate(result.report()).stream()
				.filter(i -> i.getCode().startsWith("duizhao.previous") || i.getCode().equals(IssueCodes.PLACEHOLDER)
						|| i.getCode().equals(IssueCodes.SYNTAX_ERROR) || i.getCode().equals(Diagnostic.SYNTAX_DIAGNOSTIC)).toList()));
	}

	@Test
	void listedStatementsAndAreasAreStatementsAndASubHeadingIsNot() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、上年度民主生活会整改措施落实情况
				（一）总体情况
				去年查摆的14个问题，已整改完成12个，其余2个持续推进。一是理论学习方面，修订了学习制度；二是调查研究方面，完成调研课题6个。
				产业发展方面，引进加工企业2家。其中“基层调研不够”一项，全年走访学校47所。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				""");
		assertEquals(List.of("理论学习方面，修订了学习制度。", "调查研究方面，完成调研课题6个。", "产业发展方面，引进加工企业2家。",
				"其中“基层调研不够”一项，全年走访学校47所。"), result.draft().followups().stream().map(Draft.Followup::text).toList());
		assertTrue(result.draft().followups().stream().allMatch(f -> f.state().isEmpty()), result.report());
		assertTrue(result.report().contains("// 【上年度整改】第 3 行：（一）总体情况\n"), result.report());
	}

	@Test
	void aDeadlineTheMeasureStatesIsItsTimeLimitTheLatestOfSeveral() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。2026年3月底前完成轮训；2026年6月底前出台学习制度。
				（二）改进学习方法。每月10日前报送学习台账，2025年起实行积分制，2026年推出3门课程。
				（三）严格学习考勤。（责任人：办公室主任；完成时限：2026年3月底前）
				（四）完善学习档案。2026年3月底前完成整理，年底前建成电子档案。
				""");
		List<Optional<String>> deadlines = result.draft().aspects().get(0).measures().stream().map(Draft.Item::deadline).toList();
		// a frequency, a start and a bare year promise no date; a labelled one is taken as labelled; the latest
		// without its year (年底前) takes the year the measure names
		assertEquals(List.of(Optional.of("2026年6月底前"), Optional.empty(), Optional.of("2026年3月底前"), Optional.of("2026年底前")),
				deadlines);
		assertTrue(result.report().contains("措施 M1 \"加强理论学习。\"\n\t\t\"2026年3月底前完成轮训；2026年6月底前出台学习制度。\"\n"
				+ "\t\t针对 C1\n\t\t时限 \"2026年6月底前\"\n"), result.report());
	}

	/**
	 * 于10月底前完成 and 完成时限：3月底前 leave out the year: the report's date gives it (the next year for a month
	 * already past), one finding says what was supplied; without a date the year of the title's meeting does.
	 */
	@Test
	void aDeadlineWithoutItsYearTakesTheYearTheReportIsWrittenIn() {
		String measures = """
				三、整改措施
				1.制定个人学习计划，于10月底前完成专题学习。
				2.建立学习台账（责任人：本人；完成时限：3月底前）。
				3.年底前撰写2篇调研报告。
				4.坚持每月10日前报送学习台账。
				""";
		String head = "个人对照检查材料\n一、存在的问题\n（一）在理论学习方面。学习不够系统，全年只读了2本原著。\n";
		ReportImport.Result dated = importText(head + measures + "王晓东\n2024年12月20日\n");
		assertEquals(List.of(Optional.of("2025年10月底前"), Optional.of("2025年3月底前"), Optional.of("2024年底前"), Optional.empty()),
				dated.draft().aspects().get(0).measures().stream().map(Draft.Item::deadline).toList(), dated.report());
		assertEquals(List.of("3 条措施的完成时限没有写年份，按材料的日期2024年12月20日补上了年份（如措施“制定个人学习计划，于10月底前完成专题学习。”：2025年10月底前）；请核对，台账按时限督办"),
				dated.draft().findings().stream().filter(f -> f.kind() == Draft.FindingKind.DEADLINE_YEAR).map(Draft.Finding::message).toList());
		ReportImport.Result titled = importText("2024年度民主生活会" + head + measures);
		assertEquals(List.of(Optional.of("2025年10月底前"), Optional.of("2025年3月底前"), Optional.of("2025年底前"), Optional.empty()),
				titled.draft().aspects().get(0).measures().stream().map(Draft.Item::deadline).toList(), titled.report());
		assertTrue(titled.draft().findings().stream().anyMatch(f -> f.message().contains("按标题的2024年度（会在次年初召开）补上了年份")),
				titled.draft().findings().toString());
		// neither a date nor a year: no deadline is made up, and nothing is said
		ReportImport.Result neither = importText(head + measures.replace("（责任人：本人；完成时限：3月底前）", ""));
		assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
				neither.draft().aspects().get(0).measures().stream().map(Draft.Item::deadline).toList(), neither.report());
		assertTrue(neither.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.DEADLINE_YEAR));
		// a year the measure names is kept as it is, and then nothing is supplied
		ReportImport.Result own = importText(head + "三、整改措施\n1.2026年6月底前完成专题学习。\n王晓东\n2024年12月20日\n");
		assertEquals(Optional.of("2026年6月底前"), own.draft().aspects().get(0).measures().get(0).deadline());
		assertTrue(own.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.DEADLINE_YEAR));
	}

	/** A Markdown draft's bold leaves no spaces in the words it marked; its heading marks and bullets are no text. */
	@Test
	void markdownBoldAndHeadingMarksLeaveNoSpacesInTheText() {
		String draft = """
				# 个人对照检查材料
				## 一、存在的问题
				### （一）在理论学习方面
				**一是学习不够系统**。全年只读了**2本**原著。
				- 二是学用结合不紧，3篇调研报告未转化。
				""";
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.markdown(draft), "材料.md", Unit.LINE, PROFILES,
				Optional.empty(), "材料")).orElseThrow();
		assertEquals(List.of("学习不够系统。 全年只读了2本原著。", "学用结合不紧，3篇调研报告未转化。 "),
				result.draft().aspects().get(0).problems().stream().map(p -> p.headline() + " " + p.body()).toList(), result.report());
	}

	/** A Markdown table of measures is read as a table pasted from Word: a measure per row, with its 责任人 and 时限. */
	@Test
	void aMarkdownTableOfMeasuresGivesItsMeasures() {
		String draft = """
				# 班子对照检查材料
				## 一、存在的问题
				### （一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				## 二、问题的原因
				（一）理论武装不够，学用脱节。
				## 三、整改措施
				| 序号 | 整改措施 | 责任人 | 完成时限 |
				| --- | :--- | --- | --- |
				| 1 | 制定农贸市场改造方案，年内开工 | 分管副主任 | 2025年10月底前 |
				| 2 | 每月集中学习1次 | 党工委书记 | 长期坚持 |
				""";
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.markdown(draft), "材料.md", Unit.LINE, PROFILES,
				Optional.empty(), "材料")).orElseThrow();
		assertEquals(List.of("制定农贸市场改造方案，年内开工。|分管副主任|2025年10月底前", "每月集中学习1次。|党工委书记|长期坚持"),
				result.draft().aspects().get(0).measures().stream()
						.map(m -> m.headline() + "|" + m.responsible().orElse("") + "|" + m.deadline().orElse("")).toList(), result.report());
		assertEquals("学习不够深入，全年只读了2本原著。", result.draft().aspects().get(0).problems().get(0).headline());
	}

	/** A place after Markdown's bold is said at its column in the file: the ** taken out are counted. */
	@Test
	void aPlaceAfterMarkdownBoldIsAtItsColumnInTheFile() {
		String line = "**一是学习不够系统**。**二是学用结合不紧**，3篇调研报告未转化。";
		List<Paragraph> paragraphs = ReportImport.markdown("## 一、存在的问题\n### （一）在理论学习方面\n" + line + "\n");
		Paragraph read = paragraphs.get(2);
		assertEquals("一是学习不够系统。二是学用结合不紧，3篇调研报告未转化。", read.text());
		assertEquals(2, read.sourceIndex(0));
		assertEquals(line.indexOf("学用"), read.sourceIndex(read.text().indexOf("学用")));
		Draft.Item second = ReportImport.run(new ReportImport.Request(paragraphs, "材料.md", Unit.LINE, PROFILES, Optional.empty(), "材料"))
				.orElseThrow().draft().aspects().get(0).problems().get(1);
		assertEquals(line.indexOf("学用") + 1, second.place().column(), second.toString());
	}

	/**
	 * （一）主观原因 and （二）客观原因 over paragraphs of their own name kinds of causes: the paragraphs are the causes,
	 * the headings comments where they stood; a numbered cause with such a word in its sentence is a cause as before.
	 */
	@Test
	void aHeadingThatNamesAKindOfCauseHeadsTheCausesBelowIt() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）理论学习方面。一是学习不够系统，全年只读了2本原著。
				（二）工作作风方面。一是调研不深入，全年下基层只有4次。
				二、原因分析
				（一）主观原因
				理想信念有所松懈，对理论学习重要性认识不足，学用脱节。
				宗旨意识有所淡化，到基层听真话的主动性下降。
				（二）客观原因：
				事务性工作多，用于学习和调研的时间被挤占。
				三、整改措施
				1.每月研读1本原著。
				2.每季度到基层蹲点一周。
				""");
		assertEquals(List.of("理想信念有所松懈，对理论学习重要性认识不足，学用脱节。", "宗旨意识有所淡化，到基层听真话的主动性下降。",
				"事务性工作多，用于学习和调研的时间被挤占。"), result.draft().aspects().stream().flatMap(a -> a.causes().stream())
				.sorted(Comparator.comparingInt(c -> c.place().line())).map(Draft.Item::headline).toList(), result.report());
		assertTrue(result.report().contains("// 第 6 行：小标题：（一）主观原因\n"), result.report());
		assertTrue(result.report().contains("// 第 9 行：小标题：（二）客观原因：\n"), result.report());
		// a cause numbered on its own, whose words name a kind, stays a cause
		ReportImport.Result numbered = importText("个人对照检查材料\n一、存在的问题\n（一）理论学习方面。一是学习不够系统，全年只读了2本原著。\n"
				+ "二、原因分析\n（一）主观原因是理想信念有所松懈。\n（二）客观上事务性工作多。\n");
		assertEquals(List.of("主观原因是理想信念有所松懈。", "客观上事务性工作多。"), numbered.draft().aspects().stream().flatMap(a -> a.causes().stream())
				.map(Draft.Item::headline).toList(), numbered.report());
	}

	/**
	 * The first part's heading without its 、 (一 上年度……落实情况, 一上年度……) after the preface is the part's heading:
	 * it ran into the preface, and the part was said to be missing. A preface sentence that starts with 一 stays one.
	 */
	@Test
	void theFirstPartsHeadingWithoutItsCommaAfterThePrefaceIsThePart() {
		for (String heading : List.of("一 上年度民主生活会整改措施落实情况", "一上年度民主生活会整改措施落实情况")) {
			ReportImport.Result result = importText("领导班子对照检查材料\n下面，我代表局党委班子作对照检查。\n" + heading
					+ "\n2024年度查摆问题5个，已完成3个，持续推进2个。\n二 征求意见情况\n会前共征求到意见建议23条。\n" + ONE_ASPECT);
			assertEquals(Optional.of("下面，我代表局党委班子作对照检查。"), result.draft().head().preface(), result.report());
			assertTrue(result.report().contains("上年度整改 \"[待填：上年度材料的文件名]\" \"2024年度查摆问题5个，已完成3个，持续推进2个。\""), result.report());
		}
		ReportImport.Result sentence = importText("领导班子对照检查材料\n一年来，班子认真学习。\n" + ONE_ASPECT);
		assertEquals(Optional.of("一年来，班子认真学习。"), sentence.draft().head().preface(), sentence.report());
	}

	/**
	 * Under the causes and the measures, an aspect's heading with its items after it on the line (（一）在理论学习方面。
	 * 一是……二是……) groups them under that aspect, each item its own with its own 时限: the heading was one cause
	 * with all of them as its words. A measure that names its aspect and says more is still a measure.
	 */
	@Test
	void anAspectsHeadingWithItsCausesOnTheLineGroupsThem() {
		for (String after : List.of("。", "：", "")) {
			ReportImport.Result result = importText("2025年度组织生活会支部对照检查材料\n一、存在的问题\n（一）在理论学习方面" + after + "一是集中学习全年只安排了6次。二是作业设计没有形成办法。\n"
					+ "（二）在联系群众方面" + after + "一是家访少。\n二、原因分析\n（一）在理论学习方面" + after + "一是把学习当成任务。二是学习计划执行不严。\n"
					+ "（二）在联系群众方面" + after + "一是宗旨意识淡化。\n三、整改措施\n（一）在理论学习方面" + after
					+ "一是每月1次集中学习，3月底前印发计划。二是本学期内形成校本作业指南。\n（二）在联系群众方面" + after + "一是每学期家访全覆盖。\n");
			List<Draft.Aspect> aspects = result.draft().aspects();
			assertEquals(List.of("把学习当成任务。", "学习计划执行不严。"), aspects.get(0).causes().stream().map(Draft.Item::headline).toList(), result.report());
			assertEquals(List.of("每月1次集中学习，3月底前印发计划。|2026年3月底前", "本学期内形成校本作业指南。|"),
					aspects.get(0).measures().stream().map(m -> m.headline() + "|" + m.deadline().orElse("")).toList(), result.report());
			assertEquals(List.of("宗旨意识淡化。", "每学期家访全覆盖。"), List.of(aspects.get(1).causes().get(0).headline(), aspects.get(1).measures().get(0).headline()));
		}
		ReportImport.Result measure = importText("对照检查材料\n一、存在的问题\n（一）在理论学习方面\n1.学习不够深入，全年只读了2本原著。\n三、整改措施\n"
				+ "（一）提高政治能力。一是严守政治纪律。二是每半年开展1次政治能力自查。\n");
		assertEquals(List.of("提高政治能力。"), measure.draft().aspects().get(0).measures().stream().map(Draft.Item::headline).toList(), measure.report());
	}

	/**
	 * A problem titled 学用脱节的问题 under an aspect is a problem, not the label of its problems (查摆的问题 is); 问题：
	 * with its text after it is no heading of the report's.
	 */
	@Test
	void aTitledProblemIsNoLabelAndALabelWithItsTextNoHeading() {
		ReportImport.Result titled = importText("对照检查材料\n一、存在的问题\n（一）在理论学习方面\n1.学用脱节的问题\n全年只读了2本原著。\n"
				+ "2.以会代学的问题\n传达文件多。\n");
		assertEquals(List.of("学用脱节的问题|全年只读了2本原著。", "以会代学的问题|传达文件多。"), titled.draft().aspects().get(0).problems().stream()
				.map(p -> p.headline() + "|" + p.body()).toList(), titled.report());
		ReportImport.Result labels = importText("对照检查材料\n一、在理论学习方面\n问题：学习不够深入。\n原因：重视不够。\n措施：每月学习1次。\n");
		assertFalse(labels.report().contains("标题 "), labels.report());
	}

	/**
	 * The problems' heading with the aspects and their problems after it in one paragraph (二、存在的问题：（一）在……方面。
	 * ……（二）在……方面。……) gives each aspect its problems, as on lines of their own; they were the part's 导语, and no
	 * aspect was read. A heading followed by one problem that starts with （一） is not split.
	 */
	@Test
	void aspectsOnThePartsHeadingLineAreAspects() {
		ReportImport.Result result = importText("""
				2025年度民主生活会个人对照检查材料
				二、存在的问题：（一）在带头强化政治忠诚方面。学习贯彻不够深入，全年撰写体会只有2篇。（二）在带头干事创业方面。推进古镇项目不力，经营权回收拖了一年。
				三、问题产生的原因：（一）干事创业的劲头不足，存在畏难情绪。（二）理论学习不深，学用脱节。
				""");
		assertEquals(List.of("强化政治忠诚:学习贯彻不够深入，全年撰写体会只有2篇。|理论学习不深，学用脱节。",
				"干事创业:推进古镇项目不力，经营权回收拖了一年。|干事创业的劲头不足，存在畏难情绪。"),
				result.draft().aspects().stream().map(a -> a.id().orElse("?") + ":" + a.problems().stream().map(Draft.Item::headline).collect(Collectors.joining())
						+ "|" + a.causes().stream().map(Draft.Item::headline).collect(Collectors.joining())).toList(), result.report());
		ReportImport.Result one = importText("对照检查材料\n一、存在的问题：（一）学习不够深入，全年只读了2本原著。\n");
		assertTrue(one.report().contains("学习不够深入，全年只读了2本原著。"), one.report());
		assertTrue(one.draft().aspects().stream().noneMatch(a -> a.heading().contains("学习不够深入")), one.report());
	}

	/** What a third blind import found: a part heading that counts the aspects, and one whose 、 was left out. */
	@Test
	void aPartHeadingThatCountsTheAspectsOrLacksItsCommaHeadsItsPart() {
		for (String heading : List.of("一、对照六个方面查摆的问题", "一、对照“六个方面”检视出的问题", "一、围绕六个方面查摆的主要问题")) {
			ReportImport.Result result = importText("对照检查材料\n" + heading + """

					（一）理论学习方面
					（1）集体学习质量不高。全年集体学习12次，其中8次是领读文件。
					（2）学习与业务结合不够。
					二问题产生的原因
					（一）理想信念有所弱化，对理论学习重视不够。
					三 整改措施
					（一）坚持每月1次中心组学习。
					时限：长期坚持　责任人：党委书记
					""");
			assertEquals(Optional.empty(), result.derived(), heading + "\n" + result.report());
			Draft.Aspect aspect = result.draft().aspects().get(0);
			assertEquals(List.of("理论学习", "集体学习质量不高。", "学习与业务结合不够。", "理想信念有所弱化，对理论学习重视不够。", "坚持每月1次中心组学习。"),
					Stream.of(Stream.of(aspect.id().orElse("")), aspect.problems().stream().map(Draft.Item::headline),
							aspect.causes().stream().map(Draft.Item::headline), aspect.measures().stream().map(Draft.Item::headline)).flatMap(x -> x).toList(),
					heading + "\n" + result.report());
			// 时限 before 责任人 on one line, apart by a space
			assertEquals(List.of("长期坚持", "党委书记"), List.of(aspect.measures().get(0).deadline().orElse(""), aspect.measures().get(0).responsible().orElse("")));
		}
		// a numeral that starts a word is no part's number: 十分 is not 十、, 二级单位 not 二、, 四风 not 四、
		ReportImport.Result word = importText("对照检查材料\n一、存在的问题\n（一）理论学习方面\n学习不够系统。\n二级单位学习督导不到位的问题\n"
				+ "二、原因分析\n（一）重视不够。\n三重一大决策执行不严的根源\n");
		assertEquals(List.of("学习不够系统。|", "二级单位学习督导不到位的问题|", "重视不够。|三重一大决策执行不严的根源"), word.draft().aspects().stream()
				.flatMap(a -> Stream.concat(a.problems().stream(), a.causes().stream())).map(i -> i.headline() + "|" + i.body()).toList(),
				word.report());
		ReportImport.Result same = importText("对照检查材料\n一、存在的问题\n（一）理论学习方面\n学习不够系统。\n二级问题清单\n");
		assertEquals(List.of("学习不够系统。", "二级问题清单"), same.draft().aspects().get(0).problems().stream().map(Draft.Item::headline).toList(),
				same.report());
	}

	/**
	 * A transliterated name dotted with a half-width stop (阿不都热合曼.吐尔逊) is one name written with the middle dot:
	 * it split the item in two and was no colleague to criticise. A stop between two words stays a stop.
	 */
	@Test
	void aNameDottedWithAStopIsOneNameWithTheMiddleDot() {
		String report = importText("""
				2025年度民主生活会个人对照检查材料
				一、存在的问题
				（一）在深化理论武装方面。一是学习不深入，群众代表阿不都热合曼.吐尔逊反映我们调研少。二是以会代学。
				二、相互批评
				对阿依古丽•买买提同志：下基层调研次数偏少。
				""").report();
		assertTrue(report.contains("""
					问题 P1 "学习不深入，群众代表阿不都热合曼·吐尔逊反映我们调研少。"
					问题 P2 "以会代学。"
				"""), report);
		assertTrue(report.contains("对 \"阿依古丽·买买提\" \"下基层调研次数偏少。\""), report);
		// full-width digits are written half-width, as GB/T 9704 writes them
		assertTrue(importText("个人对照检查材料\n一、存在的问题\n（一）在理论学习方面\n１．全年召开学习会１２次，调研只有２次。\n").report()
				.contains("问题 P1 \"全年召开学习会12次，调研只有2次。\""));
		String stop = importText("""
				2025年度民主生活会个人对照检查材料
				一、存在的问题
				（一）在深化理论武装方面。学习不够扎实.以会代学。
				""").report();
		assertTrue(stop.contains("问题 P1 \"学习不够扎实.\"\n\t\t\"以会代学。\""), stop);
	}

	/**
	 * Colleagues named after long titles (州党组书记、州长……), after a title with a name no Han surname starts (副州长
	 * 扎西次仁), or by such a name alone: each is the colleague, not a comment or 同志们. A group is still no colleague.
	 */
	@Test
	void colleaguesWithTitlesAndNamesNoHanSurnameStartsAreNamed() {
		List<Draft.Criticism> read = importText("""
				2025年度民主生活会个人对照检查材料
				一、相互批评
				对州党组书记、州长阿不都热合曼·吐尔逊同志：在调度会上打断汇报较多。
				对党委书记、董事长周建国同志：开会时间过长。
				副州长扎西次仁同志指出我：对干部思想关心少。我诚恳接受。
				扎西同志指出我：调研安排过紧。我诚恳接受。
				其他班子成员同志指出我：讲话偏长。我诚恳接受。
				""").draft().criticisms();
		assertEquals(List.of("对 阿不都热合曼·吐尔逊", "对 周建国", "来自 扎西次仁", "来自 扎西", "来自 同志们"),
				read.stream().map(c -> (c.received() ? "来自 " : "对 ") + c.name()).toList());
		List<Draft.Criticism> groups = importText("2025年度民主生活会个人对照检查材料\n一、相互批评\n对书记处全体同志：会议偏多。\n对主任以外的同志：下基层少。\n")
				.draft().criticisms();
		assertEquals(List.of(), groups.stream().map(Draft.Criticism::name).toList());
	}

	/** 有同志提出，我…… names no colleague and is received; a reply to all after them answers each. */
	@Test
	void aCriticismFromSomeoneUnnamedIsReceivedAndAReplyToAllAnswersIt() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				有同志提出，我在分管工作上有“老好人”思想，对下属干部批评不够严厉。
				也有同志指出，我对新业务学得慢，在规划编制上依赖外包单位。
				对以上批评意见，我诚恳接受，将在今后工作中认真改正。
				""");
		assertEquals(List.of("received 同志们 有同志提出，我在分管工作上有“老好人”思想，对下属干部批评不够严厉。 对以上批评意见，我诚恳接受，将在今后工作中认真改正。",
				"received 同志们 也有同志指出，我对新业务学得慢，在规划编制上依赖外包单位。 对以上批评意见，我诚恳接受，将在今后工作中认真改正。"),
				result.draft().criticisms().stream().map(c -> (c.received() ? "received " : "given ") + c.person() + " " + c.text()
						+ c.response().map(r -> " " + r).orElse("")).toList(), result.report());
	}

	/** A measure and a date after a tab, with no header row over them: the date is its 时限, not its words. */
	@Test
	void aDateInACellAfterAMeasureIsItsDeadline() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT
				+ "1.建立“书记接访日”，每月在镇信访室接待群众。\t长期坚持\n2.每季度听取村党组织书记履职汇报。\t2025年3月底前\n3.完善值班制度。\t张某负责\n");
		assertEquals(List.of("建立“书记接访日”，每月在镇信访室接待群众。||长期坚持", "每季度听取村党组织书记履职汇报。||2025年3月底前", "完善值班制度。|张某负责|"),
				result.draft().aspects().get(0).measures().stream().map(m -> m.headline() + "|" + m.body().strip() + "|" + m.deadline().orElse("")).toList(),
				result.report());
	}

	/** ①……；②…… in one paragraph are items as 一是……；二是…… are. */
	@Test
	void circledNumbersInOneParagraphAreItems() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + "①清理检查考核事项，压减到15项以内；②建立检查计划备案制度，未经备案一律不得开展。\n");
		assertEquals(List.of("清理检查考核事项，压减到15项以内。", "建立检查计划备案制度，未经备案一律不得开展。"),
				result.draft().aspects().get(0).measures().stream().map(Draft.Item::headline).toList(), result.report());
	}

	/** 反思以上问题，一是……: the words before the first cause open the causes with a colon, not a dangling comma. */
	@Test
	void wordsBeforeTheFirstInlineItemEndWithAColon() {
		ReportImport.Result result = importText("个人对照检查材料\n一、存在的问题\n（一）理论学习方面\n一是学习不够深入，全年中心组学习10次。\n"
				+ "二、问题产生的原因\n反思以上问题，一是理论学习的自觉性不够，把学习当任务。二是党性修养有所放松。\n");
		assertEquals("反思以上问题：", result.draft().head().leads().get(ItemKind.CAUSE), result.report());
		assertEquals(2, result.draft().aspects().get(0).causes().size(), result.report());
	}

	/** 整改情况如下： above last year's statements announces them: the part's words, no statement. */
	@Test
	void aLineThatAnnouncesLastYearsStatementsIsNoStatement() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、上年度整改措施落实情况
				上一年度我个人查摆的问题，整改情况如下：
				1.每季度到分管所蹲点1次，全年蹲点5次（已完成）。
				2.农村乱占耕地建房遏制，新增问题仍有11宗（持续推进）。
				""");
		assertEquals(List.of("DONE", "CONTINUING"), result.draft().followups().stream().map(f -> f.state().map(Enum::name).orElse("—")).toList(),
				result.report());
		assertTrue(result.report().contains("上一年度我个人查摆的问题，整改情况如下"), result.report());
		// a numbered statement that names its problem and goes on after a colon is a statement
		ReportImport.Result named = importText("个人对照检查材料\n一、上年度整改措施落实情况\n1.关于理论学习不够深入的问题，主要采取了以下措施：\n"
				+ "每月研读1本原著，目前已完成。\n二、存在的问题\n（一）在学习方面\n一是学习不够。\n");
		assertTrue(named.draft().followups().stream().anyMatch(f -> f.text().startsWith("关于理论学习不够深入的问题")), named.report());
	}

	/**
	 * The words that introduce the opinions listed (……共收到意见建议15条，主要有：) are the part's words; a sentence after
	 * the list is its 结语 after the opinions (not words the document would put before them), and the export writes it
	 * there: a comment was lost from the document handed in.
	 */
	@Test
	void theWordsBeforeTheOpinionsListedOpenThePart() {
		ReportImport.Result result = importText("""
				2025年度民主生活会班子对照检查材料
				一、征求意见情况
				会前通过意见箱和座谈会共收到意见建议15条，主要有：
				1.投诉举报处理结果反馈不及时。
				2.建议加强农村集体聚餐指导。
				以上意见均已逐条认领。
				二、存在的问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				""");
		String report = result.report();
		assertTrue(report.contains("征求意见 共 15 条 \"会前通过意见箱和座谈会共收到意见建议15条，主要有：\" {\n"), report);
		assertTrue(report.contains("""
					意见 Y2 "建议加强农村集体聚餐指导。"
					结语 "以上意见均已逐条认领。"
				}
				"""), report);
		List<String> lines = ReportLayout.of((Report) fixture.parse(report).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		int last = lines.indexOf("2.建议加强农村集体聚餐指导。");
		assertEquals("以上意见均已逐条认领。", lines.get(last + 1), lines.toString());
		// and read back as it was
		assertTrue(importText(String.join("\n", lines)).report().contains("\t结语 \"以上意见均已逐条认领。\"\n}"), lines.toString());
	}

	/** The writer named above a title set over two lines: the byline is the subtitle, the lines the title. */
	@Test
	void aBylineAboveATitleOverTwoLinesIsTheSubtitle() {
		ReportImport.Result result = importText("石岭镇党委书记　韩东\n2024年度民主生活会\n个人对照检查材料\n" + ONE_ASPECT + "1.每月研读1本原著。\n");
		assertEquals(List.of(Optional.of("2024年度民主生活会个人对照检查材料"), Optional.of("石岭镇党委书记　韩东")),
				List.of(result.draft().head().title(), result.draft().head().subtitle()), result.report());
	}

	/** What the ledger's brackets say besides its fields (配合：……) is exported in the same brackets as the fields. */
	@Test
	void aLabelBesidesTheLedgersFieldsIsExportedInTheirBrackets() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + "1.补齐村小音体美教师。（牵头：党组书记；配合：基础教育股；时限：2026年8月底前）\n");
		Draft.Item measure = result.draft().aspects().get(0).measures().get(0);
		assertEquals(List.of("党组书记", "2026年8月底前"), List.of(measure.responsible().orElse(""), measure.deadline().orElse("")), result.report());
		List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(lines.contains("（一）补齐村小音体美教师。（责任人：党组书记；完成时限：2026年8月底前；配合：基础教育股）"), lines.toString());
		// and read back as it was
		Draft.Item again = importText(String.join("\n", lines)).draft().aspects().get(0).measures().get(0);
		assertEquals(List.of(measure.headline(), measure.body(), "党组书记", "2026年8月底前"),
				List.of(again.headline(), again.body(), again.responsible().orElse(""), again.deadline().orElse("")));
	}

	/** A part's heading with its first item on the same line: the item's words are the item's, none lost. */
	@Test
	void aPartHeadingWithItsFirstItemOnOneLineLosesNoWords() {
		ReportImport.Result result = importText("""
				2023年主题教育专题民主生活会班子对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够系统。全年集中学习计划12次，实际完成9次。
				二、问题产生的原因（一）理论武装不够。认识不足。
				三、整改措施（1）建立补学制度。每月补学1次。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("理论武装不够。|认识不足。", "建立补学制度。|每月补学1次。"), Stream.concat(aspect.causes().stream(), aspect.measures().stream())
				.map(i -> i.headline() + "|" + i.body()).toList(), result.report());
	}

	/**
	 * 附件 alone on its line after the signature, its title below (GB/T 9704's attachment page): the attachment; the
	 * closing, the signer and the date above it are theirs, not more of the last measure.
	 */
	@Test
	void anAttachmentPageAfterTheSignatureLeavesTheEndingAsItIs() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + "（一）制定计划。每月学习1次。（责任人：书记；完成时限：2026年3月底前）\n"
				+ "局党组将抓好整改落实。\n中共甲局党组\n2026年1月12日\n附件\n局党组整改台账\n");
		assertEquals(List.of("每月学习1次。", "局党组将抓好整改落实。", "中共甲局党组", "2026年1月12日"),
				List.of(result.draft().aspects().get(0).measures().get(0).body(), result.draft().head().closing().orElse(""),
						result.draft().head().organization().orElse(""), result.draft().head().date().orElse("")), result.report());
		assertEquals(List.of("局党组整改台账"), result.draft().enclosures().stream().map(Draft.Enclosure::name).toList());
	}

	/**
	 * 学院党委将…… as the last paragraph after a measure with its ledger is the closing: the group that resolves may be
	 * named in full before 党委将. Words before it in a clause (按要求，党委将) or a measure after it make it no closing.
	 */
	@Test
	void aGroupNamedInFullResolvingAtTheEndIsTheClosing() {
		String measure = "（一）建立“三审三校”制度。（责任人：党委副书记钱亦农；完成时限：2026年3月底前）\n";
		String closing = "学院党委将把这次民主生活会作为加强班子建设的重要契机，抓紧抓实各项整改任务。";
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + measure + closing + "\n");
		assertEquals(List.of(closing, ""), List.of(result.draft().head().closing().orElse(""),
				result.draft().aspects().get(0).measures().get(0).body()), result.report());
		ReportImport.Result clause = importText("班子对照检查材料\n" + ONE_ASPECT + measure + "按照要求，党委将每季度听取一次汇报。\n");
		assertEquals(Optional.empty(), clause.draft().head().closing(), clause.report());
		ReportImport.Result more = importText("班子对照检查材料\n" + ONE_ASPECT + measure + closing + "\n（二）每季度听取一次汇报。\n");
		assertEquals(Optional.empty(), more.draft().head().closing(), more.report());
		ReportImport.Result handedDown = importText("班子对照检查材料\n" + ONE_ASPECT + measure + "各党支部将对照问题清单逐项整改，每月报送进度。\n");
		assertEquals(Optional.empty(), handedDown.draft().head().closing(), handedDown.report());
	}

	/**
	 * 完成时限：长期坚持 after the last comma of a measure that is one sentence is its 时限, as in brackets; a label whose
	 * words name no date (整改时限：每月通报) and one in the middle of the sentence stay words (the date that one names
	 * is the 时限 its words state). A space between the words of a 责任人 is layout (党组书记、局长 彭远), taken out.
	 */
	@Test
	void labelledFieldsAfterAMeasuresLastCommaAreItsLedger() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT
				+ "一是加强理论武装，每月撰写心得1篇，完成时限：长期坚持。二是严明组织纪律，外出一律按规定报备，责任人：办公室　主任，时限：立行立改。"
				+ "三是建立台账，整改时限：每月通报。四是明确整改时限：2026年3月底前，逐月调度。五是先听取意见再表态，长期坚持。六是坚持长期坚持的好传统。七是对群众反映的问题，立即整改。\n");
		assertEquals(List.of("加强理论武装，每月撰写心得1篇。||长期坚持", "严明组织纪律，外出一律按规定报备。|办公室主任|立行立改", "建立台账，整改时限：每月通报。||",
				"明确整改时限：2026年3月底前，逐月调度。||2026年3月底前", "先听取意见再表态。||长期坚持", "坚持长期坚持的好传统。||", "对群众反映的问题，立即整改。||"),
				result.draft().aspects().get(0).measures().stream()
						.map(m -> m.headline() + "|" + m.responsible().orElse("") + "|" + m.deadline().orElse("")).toList(), result.report());
	}

	/**
	 * The parts' headings as the draft writes them (a notice may prescribe them) are the report's 标题, which the export
	 * writes instead of its own; a heading the export writes anyway is not repeated. Read back, the same.
	 */
	@Test
	void thePartsHeadingsAsWrittenAreExportedSo() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的主要问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				二、问题的原因
				（一）理论武装不够，学用脱节。
				三、下一步整改措施
				（一）加强理论学习。每月集中学习1次。
				""");
		assertTrue(result.report().contains("\n标题 问题 \"存在的主要问题\"\n标题 措施 \"下一步整改措施\"\n\n方面 "), result.report());
		List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals(List.of("一、存在的主要问题", "二、问题的原因", "三、下一步整改措施"), lines.stream().filter(l -> l.matches("^[一二三]、.*")).toList(),
				lines.toString());
		assertEquals(result.report(), importText(String.join("\n", lines)).report(), "read back the same");
	}

	/** A byline under the title is exported as written, a date under it in brackets. */
	@Test
	void aBylineIsExportedWithoutBrackets() {
		ReportImport.Result result = importText("2024年度民主生活会个人对照检查材料\n县人民政府党组成员、副县长　周立新\n" + ONE_ASPECT + "1.每月研读1本原著。\n");
		List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("县人民政府党组成员、副县长　周立新", lines.get(1), result.report());
		ReportImport.Result dated = importText("2024年度民主生活会个人对照检查材料\n（2025年1月20日）\n" + ONE_ASPECT + "1.每月研读1本原著。\n");
		List<String> datedLines = ReportLayout.of((Report) fixture.parse(dated.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("（2025年1月20日）", datedLines.get(1), dated.report());
	}

	/**
	 * A measure whose words name no aspect, placed under the one no other measure went to (not where its place in the
	 * list puts it): said as such, and above it in the report, for the writer to check.
	 */
	@Test
	void aMeasurePlacedSoThatEachAspectHasOneIsSaid() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）理论学习方面
				1.学习不够系统。今年自学多是碎片化浏览。
				（二）工作作风方面
				1.调研不深入，全年下基层只有4次。
				二、整改措施
				1.每月撰写1篇体会文章。
				2.每季度到理论学习基地开展1次专题研讨。
				""");
		assertEquals(List.of("措施 工作作风 COVER", "措施 理论学习 MEANING"), placed(result), result.report());
		assertEquals(List.of("措施“每月撰写1篇体会文章。”没有提到任何方面，为使各方面都有措施归入了“工作作风”，请核对"),
				result.draft().findings().stream().filter(f -> f.kind() == Draft.FindingKind.PLACED_BY_POSITION).map(Draft.Finding::message).toList());
		assertTrue(result.summary().stream().anyMatch(l -> l.text().endsWith("→ 工作作风：为使各方面都有（内容未提及任何方面）")), result.summary().toString());
	}

	/** One heading of a 2025 draft that a 2023 aspect also names: the profile of the title's meeting. */
	@Test
	void anAspectOfTwoProfilesGoesByTheTitlesMeeting() {
		List<ProfileAspects> known = List.of(PROFILES.get(0), new ProfileAspects("民主生活会2025", "2025年度民主生活会",
				List.of(new AspectName("政治忠诚", "带头强化政治忠诚、提高政治能力"), new AspectName("担当", "带头干事创业、担当作为"))));
		String text = "2025年度民主生活会个人对照检查材料\n一、存在的问题\n（一）在带头干事创业、担当作为方面\n1.推动难点工作的魄力不够。12家养殖场搬迁只完成5家。\n";
		ReportImport.Result result = importText(text, "材料", known);
		assertEquals("民主生活会2025", result.profile().name(), result.report());
		assertEquals(Optional.of("担当"), result.draft().aspects().get(0).id());
	}

	/** What a blind import of new drafts found (second session): each case in a draft of its own shape. */
	@Test
	void aTitleOverThreeLinesAHeadingForProblemsCausesAndMeasuresTogetherAndADateInChineseNumerals() {
		ReportImport.Result result = importText("""
				中共某县某局党组
				2025年度民主生活会
				对照检查材料
				一、上年度民主生活会整改措施落实情况
				1.关于“调研不深入”的问题。全年调研20次，已整改完成。
				二、对照检查的主要问题、原因及整改措施
				（一）在理论学习方面
				问题：学习不够深入，全年只读了2本原著。
				原因：理论武装不够，学用脱节。
				措施：每月研读1本原著。
				二〇二六年一月十二日
				""");
		String report = result.report();
		assertTrue(report.startsWith("// 由 duizhao import 从“材料.txt”导入。\n报告 \"中共某县某局党组2025年度民主生活会对照检查材料\"\n"), report);
		assertEquals(List.of(1, 1, 1), result.draft().aspects().stream()
				.flatMap(a -> Stream.of(a.problems().size(), a.causes().size(), a.measures().size())).toList(), report);
		// the date is the date, not an attachment or text; the part before the aspects stays before them
		// written in figures, as GB/T 9704 dates a document
		assertEquals(Optional.of("2026年1月12日"), result.draft().head().date(), report);
		assertTrue(report.indexOf("上年度整改 \"\" {") < report.indexOf("方面 理论学习 {"), report);
	}

	@Test
	void aPartBeforeTheAspectsIsWrittenBeforeTheSignatureEvenWhenNoAspectCameIn() {
		String report = importText("""
				班子对照检查材料
				一、上年度民主生活会整改措施落实情况
				1.关于“调研不深入”的问题。全年调研20次，已整改完成。
				二、其他说明
				会前开展了谈心谈话。
				某县某局党组
				2026年1月12日
				""").report();
		assertTrue(report.indexOf("上年度整改") < report.indexOf("落款"), report);
		assertTrue(report.contains("\n说明 \"其他说明\" {\n\t\"会前开展了谈心谈话。\"\n}\n"), report);
		assertEquals(List.of(), Fixture.codes(fixture.validate(report).stream()
				.filter(i -> i.getCode().equals(IssueCodes.SYNTAX_ERROR) || i.getCode().equals(Diagnostic.SYNTAX_DIAGNOSTIC)).toList())
				.stream().toList(), report);
	}

	@Test
	void spacesBetweenTitleNameAndComradeAreLayout() {
		List<Draft.Criticism> read = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。
				四、相互批评
				（一）对其他同志的批评
				对 副院长 高志远 同志：审核案件时常把关不严。
				（二）其他同志对我的批评
				院长 李  明 同志：下基层调研次数偏少。我诚恳接受。
				""").draft().criticisms();
		assertEquals(List.of("对 副院长高志远 高志远 审核案件时常把关不严。", "来自 院长李明 李明 下基层调研次数偏少。|我诚恳接受。"),
				read.stream().map(c -> (c.received() ? "来自 " : "对 ") + c.person() + " " + c.name() + " " + c.text()
						+ (c.received() ? "|" + c.response().orElse("") : "")).toList());
	}

	@Test
	void aResponseToAllTheCriticismsReceivedIsEachOnesResponse() {
		List<Draft.Criticism> read = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。
				四、相互批评
				（一）其他同志对我的批评
				李某同志：调研时听汇报多，下村少。
				王某同志：会议讲话偏长。
				对以上批评意见，我将认真反思、切实整改。
				""").draft().criticisms();
		assertEquals(List.of("李某 调研时听汇报多，下村少。|对以上批评意见，我将认真反思、切实整改。", "王某 会议讲话偏长。|对以上批评意见，我将认真反思、切实整改。"),
				read.stream().map(c -> c.person() + " " + c.text() + "|" + c.response().orElse("")).toList());
	}

	@Test
	void oneResponseToSeveralIsExportedOnceAndReadBackForEach() {
		String text = Samples.VALID.replace("类型 班子", "类型 个人") + """

				相互批评 {
					来自 "李红" "调研时听汇报多。" 回应 "对以上批评意见，我诚恳接受。"
					来自 "王海" "讲话时间偏长。" 回应 "对以上批评意见，我诚恳接受。"
					来自 "陈丽" "下村少。" 回应 "每月下村两天。"
				}
				""";
		List<String> lines = ReportLayout.of((Report) fixture.parse(text).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		int received = lines.indexOf("（一）其他同志对我的批评和我的回应");
		assertEquals(List.of("李红同志：调研时听汇报多。", "王海同志：讲话时间偏长。", "我的回应：对以上批评意见，我诚恳接受。",
				"陈丽同志：下村少。我的回应：每月下村两天。"), lines.subList(received + 1, received + 5), lines.toString());
		// up to the criticisms' end (the unit the export signs with, on a line of its own without a date, is not read here)
		List<Draft.Criticism> read = importText(String.join("\n", lines.subList(0, received + 5))).draft().criticisms();
		assertEquals(List.of("李红 对以上批评意见，我诚恳接受。", "王海 对以上批评意见，我诚恳接受。", "陈丽 每月下村两天。"),
				read.stream().map(c -> c.person() + " " + c.response().orElse("")).toList(), read + "\n" + lines);
	}

	@Test
	void aColleagueNamedWithTitlesIsThatColleagueAlsoInALabel() {
		List<Draft.Criticism> read = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。
				四、批评与自我批评
				对党组书记、局长陈某同志：议题安排过多，讨论不充分。
				镇长潘某同志对我的批评：表态过早。我完全接受。
				副主任钟某同志指出我沟通不够。
				""").draft().criticisms();
		assertEquals(List.of("对 党组书记、局长陈某 陈某", "来自 镇长潘某 潘某 表态过早。|我完全接受。", "来自 副主任钟某 钟某 副主任钟某同志指出我沟通不够。|"),
				read.stream().map(c -> (c.received() ? "来自 " : "对 ") + c.person() + " " + c.name()
						+ (c.received() ? " " + c.text() + "|" + c.response().orElse("") : "")).toList());
	}

	@Test
	void aTableOfLastYearsMeasuresPastedAsTextReadsAsSentences() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				序号\t整改措施\t完成情况
				1\t修订理论学习制度\t已完成
				2\t建设党员活动阵地\t持续推进，主体工程已完工
				""" + ONE_ASPECT);
		// a cell that is only a state is the state (the export writes it in brackets before the words)
		assertEquals(List.of("已完成 修订理论学习制度。", "持续推进 建设党员活动阵地，持续推进，主体工程已完工。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList());
	}

	@Test
	void personalMattersAndTalksAreStatementsUnderTheirOwnHeadingsBeforeTheClosing() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				""" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				四、相互批评
				对李红同志：调研时听汇报多，到现场少。
				五、个人有关事项说明：本人严格执行领导干部报告个人有关事项制度。
				2025年，本人婚姻、住房、投资情况均无变化，已如实报告。
				（一）谈话函询情况
				本人今年未受到谈话函询。
				以上对照检查，请同志们批评指正。
				张明
				2026年1月8日
				""");
		String report = result.report();
		int criticism = report.indexOf("相互批评 {");
		assertTrue(criticism > 0, report);
		assertEquals("""
				说明 "个人有关事项说明" {
					"本人严格执行领导干部报告个人有关事项制度。"
					"2025年，本人婚姻、住房、投资情况均无变化，已如实报告。"
				}

				说明 "谈话函询情况" {
					"本人今年未受到谈话函询。"
				}

				结语 "以上对照检查，请同志们批评指正。"

				落款 "张明" "2026年1月8日"
				""", report.substring(report.indexOf("说明 ")), report);
		assertTrue(report.indexOf("说明 ") > criticism, report);
		assertEquals(Set.of(), Fixture.codes(fixture.validate(report).stream()
				.filter(i -> i.getCode().equals(IssueCodes.SYNTAX_ERROR) || i.getCode().equals(Diagnostic.SYNTAX_DIAGNOSTIC)).toList()));
		assertFalse(result.draft().kept().contains(ImportVocabulary.Part.PERSONAL_MATTERS), result.draft().kept().toString());
	}

	@Test
	void partsThatSay问题ButNeedExplainingAreStatementsAndUnnumberedOnesToo() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				""" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				四、相互批评
				对市长助理赵某同志：协调项目时主动性不够，有的事项需要反复催办。
				常务副市长冯某同志对我的批评：讲话官腔较重。我诚恳接受。
				需要说明的问题
				本人配偶在外地工作。
				谈话函询情况：本年度本人没有受到谈话函询。
				五、巡视反馈问题整改情况
				巡视反馈涉及本人分管领域的3个问题已全部整改。
				六、需要说明的其他问题
				本人的弟弟从事建材销售，已按规定报告。
				我将以这次民主生活会为新起点，抓好整改。
				个人有关事项说明
				本人如实报告了个人有关事项，年内没有变化。
				李某
				2023年12月26日
				""");
		assertEquals(List.of("需要说明的问题：本人配偶在外地工作。", "谈话函询情况：本年度本人没有受到谈话函询。", "巡视反馈问题整改情况：巡视反馈涉及本人分管领域的3个问题已全部整改。",
				"需要说明的其他问题：本人的弟弟从事建材销售，已按规定报告。", "个人有关事项说明：本人如实报告了个人有关事项，年内没有变化。"),
				result.draft().statements().stream().map(st -> st.heading() + "：" + String.join("|", st.paragraphs())).toList(), result.report());
		assertEquals(List.of("对 市长助理赵某", "来自 常务副市长冯某"),
				result.draft().criticisms().stream().map(c -> (c.received() ? "来自 " : "对 ") + c.person()).toList(), result.report());
		assertEquals(Optional.of("我将以这次民主生活会为新起点，抓好整改。"), result.draft().head().closing());
		assertEquals(1, result.draft().aspects().get(0).problems().size(), result.report());
	}

	@Test
	void aShortLineAfterTheClosingHeadsAPartOfItsOwn() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				局党组将以此次民主生活会为新起点，切实把整改任务落到实处。
				关于意识形态工作责任制落实情况
				2025年，局党组专题研究意识形态工作4次。
				对排查中发现的问题，已督促整改到位。
				中共某县教育局党组
				2026年1月16日
				""");
		assertEquals(Optional.of("局党组将以此次民主生活会为新起点，切实把整改任务落到实处。"), result.draft().head().closing(), result.report());
		assertEquals(List.of("关于意识形态工作责任制落实情况：2025年，局党组专题研究意识形态工作4次。|对排查中发现的问题，已督促整改到位。"),
				result.draft().statements().stream().map(st -> st.heading() + "：" + String.join("|", st.paragraphs())).toList(), result.report());
		assertTrue(result.draft().findings().stream().anyMatch(f -> f.kind() == Draft.FindingKind.UNKNOWN_HEADING), result.draft().findings().toString());
	}

	@Test
	void theWordsThatOpenEachPartAreItsLeadAndTheExportWritesThem() {
		ReportImport.Result result = importText("""
				2025年度民主生活会个人对照检查材料
				按照通知要求，我认真学习，现将个人对照检查情况报告如下。
				一、存在的问题
				对照五个方面，我主要存在以下问题：
				（一）在带头强化政治忠诚方面
				学习贯彻还不够深入。一是学用结合不紧，今年只听了一次汇报就同意了方案。
				（二）在带头固本培元、增强党性方面
				1.参加组织生活不够经常。今年参加支部活动5次。
				二、问题产生的原因
				深入剖析上述问题，根子在思想上。一是理论学习的自觉性不够，把学习当作任务来完成。二是党性修养有所放松，认为作风问题离自己较远。
				三、整改措施
				针对上述问题，我将从以下方面抓好整改：
				（一）坚持学用结合。每月撰写1篇学习体会。
				（二）严格党性锻炼。每月参加支部活动。
				""");
		assertEquals("""
				// 由 duizhao import 从“材料.txt”导入。
				报告 "2025年度民主生活会个人对照检查材料"
				类型 个人
				依据 方案材料

				前言 "按照通知要求，我认真学习，现将个人对照检查情况报告如下。"

				标题 原因 "问题产生的原因"
				标题 措施 "整改措施"
				导语 问题 "对照五个方面，我主要存在以下问题："
				导语 原因 "深入剖析上述问题，根子在思想上。"
				导语 措施 "针对上述问题，我将从以下方面抓好整改："

				方面 强化政治忠诚 {
					导语 "学习贯彻还不够深入。"
					问题 P1 "学用结合不紧，今年只听了一次汇报就同意了方案。"
					原因 C1 "理论学习的自觉性不够，把学习当作任务来完成。"
						针对 P1
					措施 M1 "坚持学用结合。"
						"每月撰写1篇学习体会。"
						针对 C1
				}

				方面 固本培元 {
					问题 P2 "参加组织生活不够经常。"
						"今年参加支部活动5次。"
					原因 C2 "党性修养有所放松，认为作风问题离自己较远。"
						针对 P2
					措施 M2 "严格党性锻炼。"
						"每月参加支部活动。"
						针对 C2
				}
				""", result.report().replaceAll("(?m)^\\s*//(?! 由).*\\n", ""));
		assertFalse(result.report().contains(ImportMessages.Lead + "："), result.report());
		// the document written from it reads back with the same leads, in either numbering of the problems
		for (ReportLayout.Numbering numbering : ReportLayout.Numbering.values()) {
			List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
					numbering).stream().map(Block::plain).toList();
			Draft again = importText(String.join("\n", lines)).draft();
			assertEquals(result.draft().head().leads(), again.head().leads(), numbering + ": " + lines);
			assertEquals(Optional.of("学习贯彻还不够深入。"), again.aspects().get(0).lead(), numbering + ": " + lines);
		}
	}

	@Test
	void problemsWithNoAspectOverThemAreNoLeadAndAHeadingsOwnWordsAreNotItsHeading() {
		ReportImport.Result none = importText("""
				支部委员会对照检查材料
				一、存在的问题
				对照要求，支部主要存在以下问题：一是学习不够经常。二是活动形式单一。
				1.组织生活不够严格。
				二、问题产生的原因
				一是重视不够。
				""");
		// the words before 一是 open the problems; the numbered problems are problems, not part of those words
		assertEquals(Map.of(ItemKind.PROBLEM, "对照要求，支部主要存在以下问题："), none.draft().head().leads(), none.report());
		assertEquals(Set.of("学习不够经常。", "活动形式单一。", "组织生活不够严格。"),
				none.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::headline).collect(Collectors.toSet()),
				none.report());
		assertFalse(none.report().contains("// 第 3 行"), none.report());
		ReportImport.Result said = importText("""
				班子对照检查材料
				一、存在的问题：对照要求，班子主要存在以下问题：
				（一）在理论学习方面
				一是学习不够深入。
				二、问题产生的原因
				（一）在理论学习方面
				理论学习方面，主要是：
				1.重视不够。
				（二）在政治素质方面
				政治素质方面，主要是：
				1.锻炼不够。
				""");
		// the causes of each aspect opened in words of their own, grouped in the causes part: they open no part of the
		// whole report, and the language has no place for them
		assertEquals(Map.of(ItemKind.PROBLEM, "对照要求，班子主要存在以下问题："), said.draft().head().leads(), said.report());
		assertTrue(said.report().contains("// 第 7 行：导语：理论学习方面，主要是："), said.report());
		assertTrue(said.report().contains("// 第 10 行：导语：政治素质方面，主要是："), said.report());
		// an aspect heading that runs into its first problem still tells the words above it open the problems
		ReportImport.Result runOn = importText("""
				班子对照检查材料
				一、存在的问题
				对照要求，班子主要存在以下问题：
				（一）在理论学习方面。一是学习不够深入。
				""");
		assertEquals(Map.of(ItemKind.PROBLEM, "对照要求，班子主要存在以下问题："), runOn.draft().head().leads(), runOn.report());
		// a heading's own words that end in a colon open its part; words that do not are its first item
		ReportImport.Result headed = importText("""
				班子对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够深入。
				二、问题产生的原因：思想上重视不够。
				三、整改措施。针对上述问题，班子将抓好以下整改：
				（一）加强理论学习。每月集中学习1次。
				""");
		assertEquals(Map.of(ItemKind.MEASURE, "针对上述问题，班子将抓好以下整改："), headed.draft().head().leads(), headed.report());
		assertEquals(List.of("思想上重视不够。"), headed.draft().aspects().get(0).causes().stream().map(c -> c.headline()).toList(), headed.report());
	}

	@Test
	void wordsOfAStatementInsideOtherPartsMakeNoStatement() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会及巡察反馈问题整改落实情况
				1.关于“调研不深入”的问题，已整改完成。
				二、存在的问题
				（一）在廉洁自律方面
				个人有关事项报告：2023年未及时报告房产变化，组织提醒后才补报。
				一是廉洁教育不够经常。
				三、问题产生的原因
				（一）对巡察反馈问题整改重视不够。思想上没有把整改当作政治任务。
				四、针对巡察反馈问题的整改措施
				（一）严格落实个人有关事项报告制度。每年1月如实报告。
				（二）抓实巡察反馈问题整改。以基层需求为起点，每季度到联系村蹲点2天。
				以上对照检查，请同志们批评指正。
				我的发言完毕
				谢谢大家！
				李某
				2024年1月8日
				""");
		assertEquals(List.of(), result.draft().statements(), result.report());
		assertEquals(1, result.draft().followups().size(), result.report());
		Draft.Aspect aspect = result.draft().aspects().get(0);
		// the line before 一是 leads into the problems (the aspect's 导语, where it stood), as any such line does
		assertEquals(List.of(1, 1, 2), List.of(aspect.problems().size(), aspect.causes().size(), aspect.measures().size()), result.report());
		assertTrue(result.report().contains("\t导语 \"个人有关事项报告：2023年未及时报告房产变化，组织提醒后才补报。\"\n\t问题 P1"), result.report());
		assertTrue(result.draft().head().closing().orElseThrow().startsWith("以上对照检查，请同志们批评指正。"), result.report());
		assertTrue(result.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.UNKNOWN_HEADING), result.draft().findings().toString());
	}

	@Test
	void causesAndMeasuresHeadingsWithoutNumbersAfterTheAspectsHoldThoseOfTheWholeReport() {
		ReportImport.Result result = importText("""
				2023年度组织生活会党员个人对照检查材料
				按照支部安排，我认真查找了自身不足，现对照检查如下。
				学习贯彻党的创新理论情况方面
				学习的自觉性不够高，全年只写了两篇心得。
				联系服务群众情况方面
				服务意识还不够强，办理业务时对老年群众解释不够耐心。
				原因剖析
				理论学习抓得不紧，满足于参加集中学习。
				宗旨意识有所弱化，没有真正把群众当亲人。
				整改措施
				每月读一本理论书籍，每季度写一篇心得体会。
				对老年群众提供一对一帮办，争取全年零投诉。
				""");
		// each cause and measure goes to the aspect it speaks of, not all to the last aspect
		assertEquals(List.of(1, 1, 1, 1, 1, 1), result.draft().aspects().stream()
				.flatMap(a -> Stream.of(a.problems().size(), a.causes().size(), a.measures().size())).toList(), result.report());
	}

	@Test
	void aProblemThatNamesItsAspectInBracketsOpensThatAspectWithItsCauseAndMeasure() {
		ReportImport.Result result = importText("""
				2024年度组织生活会党员个人对照检查材料
				按照支部安排，我认真学习，现对照检查如下。
				一、查摆的问题、原因及整改措施
				问题一（学习党的创新理论方面）：学习主动性不够。全年读书笔记只写了1篇。
				原因：对理论学习的重要性认识不足。
				整改措施：每周自学不少于2小时，2025年撰写体会4篇。
				问题二（增强党性方面）：党员意识不够强。参加支部活动有2次迟到。
				原因：对自己要求有所放松。
				整改措施：按时参加组织生活。
				甘某
				2025年1月22日
				""");
		assertEquals(List.of("学习主动性不够。|对理论学习的重要性认识不足。|每周自学不少于2小时，2025年撰写体会4篇。",
				"党员意识不够强。|对自己要求有所放松。|按时参加组织生活。"), result.draft().aspects().stream()
						.map(a -> Stream.of(a.problems(), a.causes(), a.measures())
								.map(items -> items.stream().map(Draft.Item::headline).collect(Collectors.joining()))
								.collect(Collectors.joining("|")))
						.toList(), result.report());
	}

	@Test
	void opinionsListedWithNumbersAreOpinionsWithTheirAnswers() {
		ReportImport.Result result = importText("""
				2024年度民主生活会领导班子对照检查材料
				按照县委要求，现将有关情况报告如下。
				一、征求意见情况
				会前共征求到意见建议３条，具体是：
				1.镇干部下村多在白天，外出务工的群众见不到人。（已认领）
				2.便民服务中心有的窗口工作人员经常离岗。
				3.希望在镇区增设一个公厕。（已转交城建办研究解决）
				二、存在的问题
				（一）在理论学习方面
				1.学习贯彻不够深入，今年只听了一次汇报。
				""");
		assertTrue(result.report().contains("""
				征求意见 共 3 条 "会前共征求到意见建议3条，具体是：" {
					// 【征求意见】第 3 行：一、征求意见情况
					// 【征求意见】第 5 行：（已认领） —— 原稿写了已认领，没有写是哪条问题：请在下面这条意见后写“认领 P…”
					意见 Y1 "镇干部下村多在白天，外出务工的群众见不到人。"
					意见 Y2 "便民服务中心有的窗口工作人员经常离岗。"
					意见 Y3 "希望在镇区增设一个公厕。" 说明 "已转交城建办研究解决"
				}
				"""), result.report());
	}

	@Test
	void aCriticismUnderALabelThatNamesTheColleagueOnTheLineAboveIsForThatColleague() {
		ReportImport.Result result = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				四、相互批评意见
				对齐某同志的批评意见：
				在班子会上对不同意见听得不够，有时急于定调。
				对邵某同志的批评意见：
				考虑问题有时不够周全，活动方案两次返工。
				""");
		assertEquals(List.of("对 齐某：在班子会上对不同意见听得不够，有时急于定调。", "对 邵某：考虑问题有时不够周全，活动方案两次返工。"),
				result.draft().criticisms().stream().map(c -> (c.received() ? "来自 " : "对 ") + c.person() + "：" + c.text()).toList(),
				result.report());
	}

	@Test
	void attachmentsNumberedInTheirLabelsOrEndingWithAStopAreAttachmentsAndTheSignatureAboveThemSigns() {
		String head = "个人对照检查材料\n一、存在的问题\n（一）在作风建设方面\n一是调查研究不够深入。\n以上对照检查，请同志们批评指正。\n";
		for (String[] c : new String[][] { { "王某\n2025年1月16日\n附件1：征求意见建议清单\n附件2：整改落实清单\n", "王某" },
				{ "附件：1.征求意见建议清单；\n2.整改落实清单。\n某局党组\n2025年1月16日\n", "某局党组" },
				{ "附件1：征求意见建议清单。\n附件2：整改落实清单。\n某局党组\n2025年1月16日\n", "某局党组" } }) {
			ReportImport.Result result = importText(head + c[0]);
			assertTrue(result.report().contains("\n附件 \"征求意见建议清单\", \"整改落实清单\"\n\n落款 \"" + c[1] + "\" \"2025年1月16日\"\n"),
					c[0] + "\n" + result.report());
			assertEquals(Optional.of("以上对照检查，请同志们批评指正。"), result.draft().head().closing(), result.report());
		}
	}

	@Test
	void attachmentsNamedOnOneLineAreEachAnAttachmentAndASentenceAfterThemIsNone() {
		String head = "个人对照检查材料\n一、存在的问题\n（一）在作风建设方面\n一是调查研究不够深入。\n以上对照检查，请同志们批评指正。\n";
		ReportImport.Result oneLine = importText(head + "附件：1.征求意见建议清单；2.整改落实清单\n某局党组\n2025年1月16日\n");
		assertTrue(oneLine.report().contains("\n附件 \"征求意见建议清单\", \"整改落实清单\"\n\n落款 \"某局党组\" \"2025年1月16日\"\n"),
				oneLine.report());
		// 特此报告。 is no attachment's name: the line above it is no list of attachments either
		ReportImport.Result sentence = importText(head + "附件：征求意见建议清单\n特此报告。\n某局党组\n2025年1月16日\n");
		assertFalse(sentence.report().contains("特此报告\""), sentence.report());
		assertTrue(sentence.report().contains("特此报告。"), sentence.report());
	}

	@Test
	void theSignatureBeforeAListOfAttachmentsAndADateInFullWidthDigitsAreTheSignature() {
		ReportImport.Result result = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				以上是我的对照检查，请同志们批评指正。
				邝某
				２０２５年１２月２８日
				附件：1.个人有关事项报告表
				　　　2.征求意见汇总表
				""");
		assertEquals(Optional.of("以上是我的对照检查，请同志们批评指正。"), result.draft().head().closing(), result.report());
		assertEquals(Optional.of("邝某"), result.draft().head().author(), result.report());
		assertEquals(Optional.of("2025年12月28日"), result.draft().head().date(), result.report());
		assertTrue(result.report().contains("\n附件 \"个人有关事项报告表\", \"征求意见汇总表\"\n\n落款 \"邝某\""), result.report());
	}

	@Test
	void aDateAboveTheTextIsTheReportsAndNotItsWords() {
		ReportImport.Result result = importText("""
				中共白石镇委员会
				2024年度民主生活会领导班子对照检查材料
				2025年1月8日
				按照县委部署，现将镇党委班子有关情况报告如下。
				""" + ONE_ASPECT);
		// the unit above the title stays in the title: taken for 单位 it would also sign the report, which it did not
		assertEquals(Optional.of("中共白石镇委员会2024年度民主生活会领导班子对照检查材料"), result.draft().head().title(), result.report());
		assertEquals(Optional.of("2025年1月8日"), result.draft().head().date(), result.report());
		assertEquals(Optional.of("按照县委部署，现将镇党委班子有关情况报告如下。"), result.draft().head().preface(), result.report());
	}

	@Test
	void aNextStepsPartAfterTheMeasuresIsTheClosing() {
		ReportImport.Result result = importText("对照检查材料\n" + ONE_ASPECT + """
				（一）建立耕地保护月调度机制，2025年4月底前完成复耕。
				四、下一步打算
				局党组将把这次查摆的问题纳入年度重点工作，逐月跟踪问效，确保整改见底见效。
				""");
		assertEquals(Optional.of("局党组将把这次查摆的问题纳入年度重点工作，逐月跟踪问效，确保整改见底见效。"), result.draft().head().closing(), result.report());
		assertEquals(1, result.draft().aspects().get(0).measures().size(), result.report());
	}

	@Test
	void causesAndMeasuresHeadingsWithTheirTextAfterAColonAfterTheAspectsHoldThoseOfTheWholeReport() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				按照支部安排，我认真查找了自身不足，现对照检查如下。
				学习贯彻党的创新理论情况方面
				学习的自觉性不够高，全年只写了两篇心得。
				联系服务群众情况方面
				服务意识还不够强，办理业务时对老年群众解释不够耐心。
				原因剖析：理论学习抓得不紧，满足于参加集中学习。
				宗旨意识有所弱化，没有真正把群众当亲人。
				整改措施：每月读一本理论书籍，每季度写一篇心得体会。
				对老年群众提供一对一帮办，争取全年零投诉。
				""");
		assertEquals(List.of(1, 1, 1, 1, 1, 1), result.draft().aspects().stream()
				.flatMap(a -> Stream.of(a.problems().size(), a.causes().size(), a.measures().size())).toList(), result.report());
	}

	@Test
	void aTableOfMeasuresUnderAnAspectsLabelIsOneMeasureARow() {
		ReportImport.Result result = importText("对照检查材料\n一、存在的问题、原因及整改措施\n（一）在理论学习方面\n问题：学习不够深入。\n原因：理论武装不够。\n整改措施：\n"
				+ "措施\t责任人\t完成时限\n每月集中学习1次\t党委书记\t2024年3月底前\n");
		assertEquals(List.of("每月集中学习1次。|党委书记|2024年3月底前"), result.draft().aspects().get(0).measures().stream()
				.map(m -> m.headline() + "|" + m.responsible().orElse("-") + "|" + m.deadline().orElse("-")).toList(), result.report());
	}

	@Test
	void causesHeadingsUnderAspectsNamedWithoutTheWord方面StayThatAspects() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				按照支部安排，我认真查找了自身不足，现对照检查如下。
				理论学习
				问题：学习的自觉性不够高，全年只写了两篇心得。
				原因剖析
				宗旨意识有所弱化，没有真正把群众当亲人。
				工作作风
				问题：服务意识还不够强，办理业务时对老年群众解释不够耐心。
				原因剖析
				理论学习抓得不紧，满足于参加集中学习。
				""");
		assertEquals(List.of(1, 1, 1, 1), result.draft().aspects().stream()
				.flatMap(a -> Stream.of(a.problems().size(), a.causes().size())).toList(), result.report());
	}

	@Test
	void aSecondProblemOfTheSameAspectInBracketsGoesOnWithItAndLastYearsPartIsNotAnAspect() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度整改落实情况
				问题一（理论学习方面）：学习不深入。已完成整改。
				二、查摆的问题
				问题一（理论学习方面）：学习主动性不够。
				问题二（理论学习方面）：学用结合不紧。
				""");
		assertEquals(1, result.draft().aspects().size(), result.report());
		assertEquals(2, result.draft().aspects().get(0).problems().size(), result.report());
		assertEquals(1, result.draft().followups().size(), result.report());
	}

	@Test
	void aMeasuresBodyThatLooksAheadAndNumberedNextStepsStayMeasures() {
		ReportImport.Result body = importText("对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习
				今后，我将每月读一本理论书籍，每季度写一篇心得。
				""");
		assertEquals(Optional.empty(), body.draft().head().closing(), body.report());
		ReportImport.Result numbered = importText("对照检查材料\n" + ONE_ASPECT + """
				（一）建立耕地保护月调度机制。
				四、下一步努力方向
				（一）每季度开展一次专题学习。
				（二）每月听取一次整改进展汇报。
				""");
		assertEquals(Optional.empty(), numbered.draft().head().closing(), numbered.report());
		assertEquals(3, numbered.draft().aspects().get(0).measures().size() + numbered.draft().measures().size(), numbered.report());
	}

	@Test
	void aUnitWithASpaceAboveTheTitleIsNoByline() {
		ReportImport.Result result = importText("""
				某某县财政局 领导班子
				2024年度民主生活会对照检查材料
				按照县委部署，局党组认真开展对照检查。
				""" + ONE_ASPECT);
		assertEquals(Optional.empty(), result.draft().head().subtitle(), result.report());
	}

	@Test
	void lastYearsStatesInBracketsAfterTheStatementAreItsStateAndReason() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				上年度局党组查摆问题3个，制定整改措施4条，落实情况如下：
				1.建立高标准农田建设项目周调度制度（已完成）
				2.推进农村集体“三资”管理平台全县覆盖（持续推进）
				3.完成农产品质量安全快检室标准化改造（未完成，原因：县级配套资金没有到位）
				学习不够系统的问题：我参加了党纪学习读书班，并完成了结业考试。（已完成）
				4.村级小微权力清单公开【已完成】。全镇18个村全部上墙公开。
				""" + ONE_ASPECT);
		assertEquals(List.of("已完成 建立高标准农田建设项目周调度制度。 -", "持续推进 推进农村集体“三资”管理平台全县覆盖。 -",
				"未完成 完成农产品质量安全快检室标准化改造。 县级配套资金没有到位", "已完成 学习不够系统的问题：我参加了党纪学习读书班，并完成了结业考试。 -",
				"已完成 村级小微权力清单公开。全镇18个村全部上墙公开。 -"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text() + " "
						+ f.reason().orElse("-")).toList(), result.report());
		// the counts before the list are the part's words (the export writes them), not the words that announce it
		assertTrue(result.report().contains("上年度整改 \"\" \"上年度局党组查摆问题3个，制定整改措施4条。\" {"), result.report());
	}

	@Test
	void aResponseWithinTheSentenceOfACriticismReceivedIsItsResponseAndTheLabel表现IsNoPartOfTheProblem() {
		ReportImport.Result result = importText("个人对照检查材料\n" + """
				一、对照检查情况
				（一）在理论学习方面
				表现：抓耕地保护主要靠发文件，全县仍发现新增撂荒地86亩。
				二、相互批评意见
				同志们对我提出的批评意见及我的回应：
				齐某同志指出我对分管单位“管得松”，我完全接受，今后每季度听取一次分管单位工作汇报。
				王某同志认为，我接受新事物慢，对数字化工具用得少。
				""");
		assertEquals("抓耕地保护主要靠发文件，全县仍发现新增撂荒地86亩。", result.draft().aspects().get(0).problems().get(0).headline()
				+ result.draft().aspects().get(0).problems().get(0).body(), result.report());
		assertEquals(List.of("齐某|齐某同志指出我对分管单位“管得松”。|我完全接受，今后每季度听取一次分管单位工作汇报。",
				"王某|王某同志认为，我接受新事物慢，对数字化工具用得少。|-"), result.draft().criticisms().stream()
						.map(c -> c.name() + "|" + c.text() + "|" + c.response().orElse("-")).toList(), result.report());
	}

	@Test
	void aCountingOpeningBeforeAColonIsThePartsWordsAndEachClauseAfterItAStatement() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改情况
				去年我查摆问题3个，整改措施3条：景区安全检查制度已经建立，已完成；文化馆免费开放时间延长的工作，已完成；非遗项目数字化保护，仍在持续推进。
				""" + ONE_ASPECT);
		assertEquals(List.of("已完成 景区安全检查制度已经建立，已完成。", "已完成 文化馆免费开放时间延长的工作，已完成。", "持续推进 非遗项目数字化保护，仍在持续推进。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList(),
				result.report());
		assertTrue(result.report().contains("上年度整改 \"\" \"去年我查摆问题3个，整改措施3条。\" {"), result.report());
	}

	@Test
	void aTableOfMeasuresPastedAsTextIsOneMeasureARowWithItsLedgerFields() {
		ReportImport.Result result = importText("对照检查材料\n" + ONE_ASPECT
				+ "措施\t责任人\t完成时限\n"
				+ "制定中心组年度学习计划，每季度开展一次专题研讨\t党委书记\t2024年3月底前\n"
				+ "建立调研成果转化台账\t党委办公室\t2024年6月底前\n");
		List<Draft.Item> measures = result.draft().aspects().get(0).measures();
		assertEquals(List.of("制定中心组年度学习计划，每季度开展一次专题研讨|党委书记|2024年3月底前", "建立调研成果转化台账|党委办公室|2024年6月底前"),
				measures.stream().map(m -> m.headline().replaceAll("。$", "") + "|" + m.responsible().orElse("-") + "|" + m.deadline().orElse("-"))
						.toList(),
				result.report());
	}

	/**
	 * A 支部's report written 一是……二是…… under 一、存在的问题 with no aspect heading anywhere: its problems go under the
	 * aspects of the profile its title names (组织生活会), each by what it says; causes and measures follow them.
	 */
	@Test
	void aDraftWithNoAspectHeadingHasItsProblemsUnderTheAspectsOfTheProfileItsTitleNames() {
		List<ProfileAspects> profiles = List.of(PROFILES.get(0), new ProfileAspects("组织生活会2023", "2023年度组织生活会",
				List.of(new AspectName("理论学习", "学习贯彻党的创新理论情况"), new AspectName("党性修养", "党性修养提高情况"),
						new AspectName("联系群众", "联系服务群众情况"), new AspectName("先锋模范", "发挥先锋模范作用情况"))));
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.lines("""
				某区档案馆党支部2025年度组织生活会对照检查材料
				按照区直机关工委通知要求，支部广泛征求了党员群众意见。现将对照检查情况报告如下。
				一、存在的问题
				经过认真查摆，支部主要存在以下问题：
				一是学习党的创新理论不够系统，集中学习多是读文件，研讨交流少。
				二是联系服务群众不够主动，查档群众反映的预约难问题解决不及时。
				三是党员先锋模范作用发挥不够，档案数字化攻坚中党员带头不明显。
				四是党性修养有所放松，批评和自我批评辣味不足。
				二、问题产生的原因
				一是对理论学习重视不够，以干代学。
				二是宗旨意识有所淡化，服务群众的办法不多。
				三、整改措施
				一是制定支部年度学习计划，每月集中研讨一次。
				二是开通查档网上预约，方便群众办事，2026年3月底前上线。
				以上对照检查，请同志们批评指正。
				某区档案馆党支部
				2026年1月15日
				"""), "支部.txt", Unit.LINE, profiles, Optional.empty(), "支部")).orElseThrow();
		assertEquals("组织生活会2023", result.profile().name(), result.report());
		assertEquals(Map.of(ItemKind.PROBLEM, "经过认真查摆，支部主要存在以下问题："), result.draft().head().leads(), result.report());
		assertEquals(List.of("理论学习:学习党的创新理论不够系统，集中学习多是读文件，研讨交流少。", "党性修养:党性修养有所放松，批评和自我批评辣味不足。",
				"联系群众:联系服务群众不够主动，查档群众反映的预约难问题解决不及时。", "先锋模范:党员先锋模范作用发挥不够，档案数字化攻坚中党员带头不明显。"),
				result.draft().aspects().stream().flatMap(a -> a.problems().stream().map(p -> a.id().orElseThrow() + ":" + p.headline()))
						.toList(), result.report());
		assertEquals(List.of("问题 理论学习 MEANING", "问题 联系群众 MEANING", "问题 先锋模范 MEANING", "问题 党性修养 MEANING",
				"原因 理论学习 MEANING", "原因 联系群众 MEANING", "措施 理论学习 MEANING", "措施 联系群众 MEANING"), placed(result), result.report());
		assertTrue(result.report().contains("依据 组织生活会2023"), result.report());
		assertFalse(result.report().contains("// 第"), "nothing of the draft left as a comment:\n" + result.report());
		// the import summary says where each problem went and why
		assertTrue(result.summary().stream().anyMatch(l -> l.text().equals("问题“学习党的创新理论不够系统，集中学习多是读文件，研讨交流少。”（第 5 行）→ 理论学习：按内容（把握 100%）")),
				result.summary().toString());
		// the document gets the profile's aspects as headings; labels that name a 情况 are said without it
		List<String> headings = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.INLINE).stream().filter(b -> b.kind() == Block.Kind.HEADING2).map(Block::plain).toList();
		assertEquals(List.of("（一）在学习贯彻党的创新理论方面", "（二）在党性修养提高方面", "（三）在联系服务群众方面", "（四）在发挥先锋模范作用方面"),
				headings.subList(0, 4), result.report());
	}

	/** 一是…… listed above aspect headings that run into their problems: no problems of the whole report, nothing lost. */
	@Test
	void numberedWordsAboveAspectHeadingsThatRunIntoTheirProblemsStayWhereTheyStood() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的问题
				对照检视，班子主要在两个方面存在差距：一是理论学习不够深入，二是担当作为不够有力。
				（一）在理论学习方面。学习不够深入，研讨不多。
				（二）在担当作为方面。遇到难题绕着走。
				二、问题产生的原因
				一是思想上重视不够。
				""");
		assertTrue(result.report().contains("一是理论学习不够深入，二是担当作为不够有力。"), result.report());
		assertEquals(List.of("理论学习", "担当作为"), result.draft().aspects().stream().map(a -> a.id().orElseThrow()).toList(), result.report());
		assertEquals(List.of(1, 1), result.draft().aspects().stream().map(a -> a.problems().size()).toList(), result.report());
	}

	/** Causes grouped under aspect headings, problems under none: the problems go under those aspects by their words. */
	@Test
	void problemsUnderNoAspectGoUnderTheAspectsTheCausesAreGroupedBy() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				一是学习党的创新理论不够系统。
				二是担当意识不强，遇到难题绕着走。
				二、产生问题的原因
				（一）理论学习方面
				理论学习的自觉性不够。
				（二）担当作为方面
				怕担责任，求稳怕乱。
				三、整改措施
				一是强化理论武装。
				二是勇于担当作为。
				""");
		assertEquals(List.of("理论学习:学习党的创新理论不够系统。", "担当作为:担当意识不强，遇到难题绕着走。"), result.draft().aspects().stream()
				.flatMap(a -> a.problems().stream().map(p -> a.id().orElseThrow() + ":" + p.headline())).toList(), result.report());
		assertEquals(List.of(1, 1), result.draft().aspects().stream().map(a -> a.causes().size()).toList(), result.report());
		// the causes' group headings are the aspects (no comments left of them), and no problem is a comment
		assertFalse(result.report().contains("// 第"), result.report());
		assertEquals(List.of("问题 理论学习 MEANING", "问题 担当作为 MEANING", "原因 理论学习 OWN_ASPECT", "原因 担当作为 OWN_ASPECT",
				"措施 理论学习 MEANING", "措施 担当作为 MEANING"), placed(result), result.report());
	}

	/**
	 * With no aspect heading, a problem goes where its words point: no aspect of the profile gets one for completeness'
	 * sake, those no problem speaks of are left out (the checks then say they are missing).
	 */
	@Test
	void aProblemGoesWhereItsWordsPointAndNoAspectIsFilledForCompleteness() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				一是理论学习不够深入。
				二是学习党的创新理论不够系统。
				三是廉洁风险防控存在薄弱环节。
				四是执行八项规定不够严格。
				五是遇到难题绕着走，担当精神不足。
				六是政治站位不够高。
				""");
		assertEquals(List.of("理论学习:2", "政治素质:1", "担当作为:1", "廉洁自律:2"),
				result.draft().aspects().stream().map(a -> a.id().orElseThrow() + ":" + a.problems().size()).toList(), result.report());
	}

	/** 1. with the problem's headline on its line and its body on the next, no aspect heading: problems, each with its body. */
	@Test
	void numberedHeadlinesWithTheirBodiesBelowAndNoAspectHeadingAreProblems() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的问题
				1.理论学习不够深入。
				集中学习多是读文件，研讨交流少。
				2.廉洁风险防控存在薄弱环节。
				对重点岗位的监督还不够经常。
				二、问题产生的原因
				一是重视不够。
				""");
		assertEquals(List.of("理论学习:理论学习不够深入。|集中学习多是读文件，研讨交流少。", "廉洁自律:廉洁风险防控存在薄弱环节。|对重点岗位的监督还不够经常。"),
				result.draft().aspects().stream().flatMap(a -> a.problems().stream().map(p -> a.id().orElseThrow() + ":" + p.headline() + "|" + p.body()))
						.toList(), result.report());
		assertEquals(Map.of(), result.draft().head().leads(), result.report());
	}

	/**
	 * （一）理论学习不够系统 alone on its line, the body below: the headline of a problem (it says what falls short), not
	 * an aspect's heading from which a profile would be derived; the problems go under the aspects they speak of.
	 */
	@Test
	void headlinesThatSayWhatFallsShortAreProblemsNotAspects() {
		ReportImport.Result result = importText("""
				2023年主题教育专题民主生活会对照检查材料
				一、存在的问题
				（一）理论学习不够系统
				全年集中学习10次，有6次是读文件。
				（二）廉洁风险防控存在薄弱环节
				对重点岗位的监督还不够经常。
				二、问题产生的原因
				（一）对理论学习重视不够。
				""");
		assertEquals(Optional.empty(), result.derived(), result.report());
		assertEquals(List.of("理论学习:理论学习不够系统|全年集中学习10次，有6次是读文件。", "廉洁自律:廉洁风险防控存在薄弱环节|对重点岗位的监督还不够经常。"),
				result.draft().aspects().stream().filter(a -> !a.problems().isEmpty())
						.flatMap(a -> a.problems().stream().map(p -> a.id().orElseThrow() + ":" + p.headline() + "|" + p.body())).toList(),
				result.report());
	}

	/** （一）联系服务群众情况 names what the aspect is about: still an aspect's heading, of a profile derived from them. */
	@Test
	void headingsThatNameATopicStayAspects() {
		ReportImport.Result result = importText("""
				某支部对照检查材料
				一、存在的问题
				（一）支部阵地建设情况
				一是活动室利用率低。
				（二）志愿服务情况
				一是党员参加志愿服务平均每人不到3次。
				""");
		assertEquals(List.of("支部阵地建设情况", "志愿服务情况"), result.draft().aspects().stream().map(Draft.Aspect::heading).toList(), result.report());
	}

	/**
	 * 以上问题虽有客观因素，但根本在于…… after the last problem, before the causes' heading: it sums up the problems and
	 * opens the causes; it is not the last problem's words.
	 */
	@Test
	void wordsThatSumUpTheProblemsOpenTheCauses() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				1.工作作风不够扎实
				全年仅走访居民户42户。
				2.廉洁自律的弦有所放松
				对收受购物卡的苗头问题没有及时批评教育。
				以上问题虽有客观因素，但根本在于主观上放松了要求。
				二、问题产生的原因
				1.宗旨意识有所淡化
				习惯于从管理者角度思考问题。
				""");
		assertEquals(List.of("全年仅走访居民户42户。", "对收受购物卡的苗头问题没有及时批评教育。"),
				result.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::body).toList(), result.report());
		assertEquals(Map.of(ItemKind.CAUSE, "以上问题虽有客观因素，但根本在于主观上放松了要求。"), result.draft().head().leads(), result.report());
	}

	/** The same words before no part's heading (more problems follow) go on with the problem above them. */
	@Test
	void wordsThatSumUpTheProblemsBeforeMoreProblemsStayInTheirProblem() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				1.工作作风不够扎实
				全年仅走访居民户42户。
				上述问题在其他班子成员身上也不同程度存在。
				2.廉洁自律的弦有所放松
				二、问题产生的原因
				1.宗旨意识有所淡化
				""");
		assertEquals(List.of("全年仅走访居民户42户。上述问题在其他班子成员身上也不同程度存在。", ""),
				result.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::body).toList(), result.report());
		assertEquals(Map.of(), result.draft().head().leads(), result.report());
	}

	/** A profile the user's file defines (one a former import left beside the draft) is named with its file. */
	@Test
	void aProfileOfTheUsersFileIsNamedWithItsFile() {
		ProfileAspects own = new ProfileAspects("方案a", "方案a", List.of(new AspectName("阵地建设", "支部阵地建设情况")), Optional.of("a-方案.dzlib"));
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.lines("""
				某支部对照检查材料
				一、存在的问题
				（一）支部阵地建设情况
				一是活动室利用率低。
				"""), "b.txt", Unit.LINE, List.of(own), Optional.empty(), "b")).orElseThrow();
		assertTrue(result.summary().stream().anyMatch(line -> line.text().equals("方案 方案a 来自文件 a-方案.dzlib（不是内置方案：该文件与报告在同一文件夹或问题库文件夹中）")),
				result.summary().toString());
		assertTrue(importText(INLINE_REPORT).summary().stream().noneMatch(line -> line.text().contains("来自文件")));
	}

	/** Last year's part read into no measure: its file is a placeholder the checks refuse, and the summary says so. */
	@Test
	void aPlaceholderForLastYearsFileIsSaidInTheSummary() {
		ReportImport.Result result = importText("""
				某支部2023年度组织生活会对照检查材料
				一、上年度组织生活会查摆问题整改情况
				上年度查摆的6个问题，已整改到位5个。
				二、存在的问题
				一是服务意识不强，全年收到投诉4件。
				""");
		assertTrue(result.report().contains("上年度整改 \"[待填：上年度材料的文件名]\""), result.report());
		assertTrue(result.summary().stream().anyMatch(line -> line.warning() && line.text().startsWith("上年度整改：草稿没有逐项写明")),
				result.summary().toString());
		assertTrue(importText(INLINE_REPORT).summary().stream().noneMatch(line -> line.text().startsWith("上年度整改：")));
	}

	/** A 支部's report is the group's, though it speaks of 自我批评; its 书记's or a 党员's own is not. */
	@Test
	void aBranchsReportIsTheGroupsEvenWhenItSpeaksOf自我批评() {
		String body = """
				一、存在的问题
				一是批评和自我批评辣味不足，自我批评多、相互批评少。
				二、整改措施
				一是每季度开展一次批评和自我批评。
				""";
		assertTrue(importText("某局机关第一党支部2023年度组织生活会对照检查材料\n" + body).report().contains("类型 班子"));
		assertTrue(importText("第一党支部委员会对照检查材料\n" + body).report().contains("类型 班子"));
		assertTrue(importText("第一党支部党员王某对照检查材料\n" + body.replace("自我批评多", "我自我批评多")).report().contains("类型 个人"));
		assertTrue(importText("第一党支部书记王某对照检查材料\n" + body.replace("自我批评多", "我自我批评多")).report().contains("类型 个人"));
	}

	/** A problem that names no aspect goes where its place puts it, and the import says so there and in the summary. */
	@Test
	void aProblemPlacedByItsPositionAloneIsSaid() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的问题
				一是理论学习不够深入。
				二是有的同志上班迟到早退。
				""");
		Draft.Item guessed = result.draft().aspects().stream().flatMap(a -> a.problems().stream())
				.filter(p -> p.headline().startsWith("有的同志")).findFirst().orElseThrow();
		String said = "问题“有的同志上班迟到早退。”没有提到任何方面，按它在问题中的位置归入“担当作为”，请核对";
		assertEquals(List.of(said), guessed.notes(), result.report());
		assertTrue(result.report().contains("// " + said), result.report());
		assertTrue(result.summary().stream().anyMatch(line -> line.warning() && line.text().equals(said)), result.summary().toString());
		assertTrue(importText(INLINE_REPORT).draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.PLACED_BY_POSITION));
	}

	/**
	 * Exported with 一是……二是……, an aspect's lone problem (no lead before it) goes unnumbered — 一是 with no 二是 reads
	 * as a list cut short — and reads back as that aspect's problem.
	 */
	@Test
	void aLoneProblemIsExportedWithout一是AndReadsBack() {
		Report report = (Report) fixture.parse("""
				报告 "班子对照检查材料"
				依据 主题教育2023
				方面 理论学习 {
					问题 P1 "学习的系统性不够强。" "集中学习多按通知安排。"
					问题 P2 "学用结合还有差距。"
				}
				方面 廉洁自律 {
					问题 P3 "监督管理还有薄弱环节。"
				}
				""").getContents().get(0);
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.INLINE).stream().map(Block::plain).toList();
		assertTrue(lines.contains("一是学习的系统性不够强。集中学习多按通知安排。二是学用结合还有差距。"), lines.toString());
		assertTrue(lines.contains("监督管理还有薄弱环节。"), lines.toString());
		Draft again = importText(String.join("\n", lines)).draft();
		assertEquals(List.of("理论学习:学习的系统性不够强。|集中学习多按通知安排。", "理论学习:学用结合还有差距。|", "廉洁自律:监督管理还有薄弱环节。|"),
				again.aspects().stream().flatMap(a -> a.problems().stream().map(p -> a.id().orElseThrow() + ":" + p.headline() + "|" + p.body())).toList(),
				lines.toString());
		// a lone problem whose words number something (首先，……其次，……) keeps its 一是: else they read back as problems
		Report numbering = (Report) fixture.parse("""
				报告 "班子对照检查材料"
				依据 主题教育2023
				方面 廉洁自律 {
					问题 P3 "监督管理还有薄弱环节。" "首先，制度不全；其次，执行不严。"
				}
				""").getContents().get(0);
		List<String> numbered = ReportLayout.of(numbering, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.INLINE).stream().map(Block::plain).toList();
		assertTrue(numbered.contains("一是监督管理还有薄弱环节。首先，制度不全；其次，执行不严。"), numbered.toString());
	}

	/**
	 * 首先，……其次，……最后，…… numbers items as 一是 does, in one paragraph or one a line, the words not kept in the
	 * items; 其次 in a sentence's middle and 最后 inside an item numbered 一是 number nothing.
	 */
	@Test
	void itemsNumbered首先其次最后AreItems() {
		ReportImport.Result inOne = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				首先，全年只组织专题研讨2次。其次，学习和业务工作结合不够。最后，有6名党员参学不足一半。
				（二）在工作作风方面
				一是调研不深，最后，调研报告没有一篇转化为措施。二是会议偏多，其次是文件偏长。
				""");
		assertEquals(List.of("理论学习:全年只组织专题研讨2次。|学习和业务工作结合不够。|有6名党员参学不足一半。",
				"工作作风:调研不深，最后，调研报告没有一篇转化为措施。|会议偏多，其次是文件偏长。"),
				inOne.draft().aspects().stream().map(a -> a.id().orElseThrow() + ":"
						+ a.problems().stream().map(Draft.Item::headline).collect(Collectors.joining("|"))).toList(), inOne.report());
		assertEquals(List.of(), inOne.draft().findings(), inOne.report());
		ReportImport.Result oneALine = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				首先，全年只组织专题研讨2次。
				其次，学习和业务工作结合不够。
				最后，有6名党员参学不足一半。
				""");
		assertEquals(List.of("全年只组织专题研讨2次。", "学习和业务工作结合不够。", "有6名党员参学不足一半。"),
				oneALine.draft().aspects().get(0).problems().stream().map(Draft.Item::headline).toList(), oneALine.report());
	}

	/** A signature dated 2025.1.20 (written 2025年1月20日 in the .dzr), or that gives the post before the name. */
	@Test
	void signaturesDatedWithFiguresOrWithThePostBeforeTheNameAreSignatures() {
		String text = """
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.我全年有3次缺席支部组织生活。
				二、整改措施
				1.每月参加支部组织生活，不再请假。

				""";
		ReportImport.Result figures = importText(text + "范志明\n2025.1.20\n");
		assertTrue(figures.report().contains("落款 \"范志明\" \"2025年1月20日\""), figures.report());
		assertFalse(figures.report().contains("2025.1.20"), figures.report());
		ReportImport.Result post = importText(text + "副县长：范志明\n2025-01-20\n");
		assertTrue(post.report().contains("落款 \"副县长：范志明\" \"2025年1月20日\""), post.report());
		assertEquals(List.of(""), post.draft().aspects().stream().flatMap(a -> a.measures().stream()).map(Draft.Item::body).toList(), post.report());
	}

	/** 每季度开展1次专题研讨（责任人：党组书记；完成时限：2024年3月底前）。— the fields before the stop are fields too. */
	@Test
	void ledgerFieldsBeforeTheStopOfAOneSentenceMeasureAreRead() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.中心组全年专题研讨只有2次。
				二、整改措施
				1.每季度开展1次专题研讨（责任人：党组书记；完成时限：2024年3月底前）。
				""");
		Draft.Item measure = result.draft().aspects().get(0).measures().get(0);
		assertEquals(List.of("每季度开展1次专题研讨。", "党组书记", "2024年3月底前"),
				List.of(measure.headline(), measure.responsible().orElse(""), measure.deadline().orElse("")), result.report());
	}

	/** ① ② and 1) 2) number items as （1）（2） do. */
	@Test
	void itemsNumberedWithCircledFiguresOrAHalfBracketAreItems() {
		for (String[] numbers : new String[][] { { "①", "②" }, { "1)", "2)" }, { "1）", "2）" } }) {
			ReportImport.Result result = importText("对照检查材料\n一、存在的问题\n（一）在理论学习方面\n" + numbers[0] + "中心组全年专题研讨只有2次。\n"
					+ numbers[1] + "学用结合不紧，3篇调研报告未转化。\n");
			assertEquals(List.of("中心组全年专题研讨只有2次。", "学用结合不紧，3篇调研报告未转化。"),
					result.draft().aspects().get(0).problems().stream().map(Draft.Item::headline).toList(), result.report());
		}
	}

	/** A title of a year no built-in profile is of: the summary says an earlier year's aspects were used. */
	@Test
	void aProfileOfAnotherYearThanTheTitlesIsSaid() {
		ReportImport.Result later = importText(INLINE_REPORT.replace("2023年主题教育专题民主生活会", "2024年主题教育专题民主生活会"));
		assertTrue(later.summary().stream().anyMatch(line -> line.warning() && line.text().startsWith("标题写的是2024年度，内置方案中没有这一年的，依据了 主题教育2023")),
				later.summary().toString());
		assertTrue(importText(INLINE_REPORT).summary().stream().noneMatch(line -> line.text().startsWith("标题写的是")));
	}

	/**
	 * A title of a year a built-in profile is of, over headings of another profile's aspects: the summary names the
	 * title's profile and its aspects, and does not say there is none.
	 */
	@Test
	void aProfileOtherThanTheTitlesOwnIsSaid() {
		List<ProfileAspects> known = List.of(PROFILES.get(0), new ProfileAspects("民主生活会2024", "2024年度民主生活会",
				List.of(new AspectName("政治纪律", "带头严守政治纪律"), new AspectName("党性", "带头增强党性"))));
		ReportImport.Result result = importText(INLINE_REPORT.replace("2023年主题教育专题民主生活会", "2024年度民主生活会"), "材料", known);
		List<String> said = result.summary().stream().filter(line -> line.warning() && line.text().startsWith("标题写的是")).map(ReportImport.Line::text)
				.toList();
		assertEquals(List.of("标题写的是2024年度，但各方面的标题与方案 主题教育2023 相符，依据了它；2024年度的方案是 民主生活会2024，要求的方面是："
				+ "带头严守政治纪律、带头增强党性。请与当年通知核对；应依据 民主生活会2024 时，把材料中的“依据 主题教育2023”改为“依据 民主生活会2024”，再按它的方面改写"),
				said, result.summary().toString());
	}

	/**
	 * 主要是A，B，C。 — one sentence of causes for the whole report whose clauses name the roots of different aspects
	 * stays one cause, and the .dzr says above it which aspects it speaks of; a sentence about one aspect says nothing.
	 */
	@Test
	void aSentenceOfCausesForSeveralAspectsIsSaid() {
		String problems = """
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面。一是全年只参加专题研讨2次。
				（二）在担当作为方面。一是对门票调价不敢拍板，拖了5个月。
				（三）在廉洁自律方面。一是对3次节庆活动经费审批把关不严。
				二、问题产生的原因
				""";
		ReportImport.Result several = importText(problems + "主要是理论学习满足于完成任务，担当精神有所减退，纪律规矩意识有所松懈。\n");
		List<Draft.Item> causes = several.draft().aspects().stream().flatMap(a -> a.causes().stream()).toList();
		assertEquals(1, causes.size(), several.report());
		assertEquals(List.of("原因“主要是理论学习满足于完成任务，担当精神有所减退，纪律规矩意识…”一句说到几个方面的根源（理论学习、担当作为、廉洁自律），"
				+ "整句只归入了一个方面；若是几条原因，请拆开写在各方面之下"), causes.get(0).notes(), several.report());
		// and the summary says it too: the aspects left without a cause are errors then
		assertTrue(several.summary().stream().anyMatch(l -> l.warning() && l.text().contains("一句说到几个方面的根源")), several.summary().toString());
		ReportImport.Result one = importText(problems + "主要是对理论学习重视不够，学习多停留在读文件。\n");
		assertEquals(List.of(), one.draft().aspects().stream().flatMap(a -> a.causes().stream()).flatMap(c -> c.notes().stream()).toList(), one.report());
	}

	/**
	 * 李敏同志批评我…… after 我对王刚同志的批评：…… is a criticism received, with its response; exported, one that names
	 * its colleague itself is not labelled with the name again.
	 */
	@Test
	void aCriticismReceivedAfterOneGivenIsReceived() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				我对王刚同志的批评：下基层调研偏少。
				李敏同志批评我文稿把关不细，一份请示中数据有误。我完全接受。
				""");
		assertEquals(List.of("given 王刚 下基层调研偏少。", "received 李敏 李敏同志批评我文稿把关不细，一份请示中数据有误。 我完全接受。"),
				result.draft().criticisms().stream().map(c -> (c.received() ? "received " : "given ") + c.person() + " " + c.text()
						+ c.response().map(r -> " " + r).orElse("")).toList(), result.report());
		List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(lines.contains("李敏同志批评我文稿把关不细，一份请示中数据有误。我的回应：我完全接受。"), lines.toString());
		assertTrue(lines.contains("对王刚同志：下基层调研偏少。"), lines.toString());
	}

	/** 思想认识不够到位.支委会…… — a half-width stop after Han ends the headline as 。 does; 1.5倍 does not. */
	@Test
	void aHalfWidthStopAfterHanEndsTheHeadline() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.思想认识不够到位.支委会把精力更多放在日常事务上.
				2.学习时长只有要求的1.5倍的一半。
				""");
		assertEquals(List.of("思想认识不够到位.|支委会把精力更多放在日常事务上.", "学习时长只有要求的1.5倍的一半。|"),
				result.draft().aspects().get(0).problems().stream().map(p -> p.headline() + "|" + p.body()).toList(), result.report());
	}

	/** Words after the problems that do not sum them up for the causes stay the last item's: none is moved. */
	@Test
	void wordsAfterTheProblemsThatDoNotLeadToTheCausesStayWhereTheyAre() {
		ReportImport.Result consequence = importText("""
				对照检查材料
				一、存在的问题
				（一）在工作作风方面
				一是调研不深。
				这些问题导致3项民生工程进度滞后。
				二、问题产生的原因
				一是宗旨意识淡化。
				""");
		assertEquals(List.of("调研不深。这些问题导致3项民生工程进度滞后。"), consequence.draft().aspects().get(0).problems().stream()
				.map(p -> p.headline() + p.body()).toList(), consequence.report());
		ReportImport.Result beforeCriticism = importText("""
				个人对照检查材料
				一、存在的问题
				1.工作作风不够扎实
				全年仅走访居民户42户。
				以上问题虽有客观因素，但根本在于主观。
				二、相互批评
				对王刚同志：下基层调研偏少。
				""");
		assertEquals(List.of("全年仅走访居民户42户。以上问题虽有客观因素，但根本在于主观。"),
				beforeCriticism.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::body).toList(), beforeCriticism.report());
		ReportImport.Result byAspect = importText("""
				对照检查材料
				一、存在的问题、原因及整改措施
				（一）在工作作风方面
				存在问题：调研不深。
				整改措施：每月调研2次。
				上述问题的整改，由班子成员按分工抓好落实。
				二、问题产生的原因
				一是宗旨意识淡化。
				""");
		assertTrue(byAspect.draft().aspects().get(0).measures().stream().anyMatch(m -> m.text().contains("上述问题的整改，由班子成员按分工抓好落实。")),
				byAspect.report());
		assertEquals(Map.of(), byAspect.draft().head().leads(), byAspect.report());
	}

	/** 责任人：王明 or 完成时限：长期坚持 before the date are a measure's fields, not the signature. */
	@Test
	void aMeasuresFieldBeforeTheDateIsNoSignature() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.中心组全年专题研讨只有2次。
				二、整改措施
				1.每季度开展1次专题研讨。
				完成时限：长期坚持
				2025.1.20
				""");
		assertFalse(result.report().contains("落款 \"完成时限"), result.report());
		assertEquals(Optional.of("长期坚持"), result.draft().aspects().get(0).measures().get(0).deadline(), result.report());
	}

	/** A 支部 in the title of one person's words at its meeting, or of its 第一书记, does not make the report the 支部's. */
	@Test
	void aPersonAtABranchsMeetingIsNoBranch() {
		String body = "\n一、存在的问题\n一是我批评和自我批评辣味不足。\n";
		assertTrue(importText("党员王明在第一党支部2023年度组织生活会上的对照检查材料" + body).report().contains("类型 个人"));
		assertTrue(importText("第一党支部第一书记王明对照检查材料" + body).report().contains("类型 个人"));
		assertTrue(importText("机关党总支部书记王明对照检查材料" + body).report().contains("类型 个人"));
	}

	/** Under criticisms given, 李敏同志平时经常帮助我，但…… is still one given to 李敏. */
	@Test
	void aCriticismGivenThatSpeaksOfHelpIsGiven() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				我对王刚同志的批评：下基层调研偏少。
				李敏同志平时经常帮助我，但在分管领域抓落实不够。
				""");
		assertEquals(List.of(false, false), result.draft().criticisms().stream().map(Draft.Criticism::received).toList(), result.report());
	}

	/** A headline's plain words with a colon (逐项明确整改时限：……) are no ledger fields: only brackets are. */
	@Test
	void aHeadlinesPlainWordsAreNoLedgerFields() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.中心组全年专题研讨只有2次。
				二、整改措施
				1.建立整改台账，逐项明确整改时限：每月通报一次进度。
				""");
		assertEquals("建立整改台账，逐项明确整改时限：每月通报一次进度。", result.draft().aspects().get(0).measures().get(0).headline(), result.report());
	}

	/** ① ② under （1） are points of that item, not items of their own. */
	@Test
	void circledFiguresUnderABracketedNumberArePointsOfIt() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				（1）学习不够系统。
				①中心组研讨只有2次。
				②读原著少。
				（2）学用结合不紧。
				""");
		assertEquals(List.of("学习不够系统。", "学用结合不紧。"), result.draft().aspects().get(0).problems().stream().map(Draft.Item::headline).toList(),
				result.report());
		assertEquals(List.of(), result.draft().findings(), result.report());
	}

	/** 首先，……其次，…… under an item numbered 1. explain it; 最后，恳请各位同志…… is the closing, not a measure. */
	@Test
	void ordinalWordsInsideANumberedItemOrInTheClosingNumberNothing() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.理论学习不够深入
				首先，学习时间不足。其次，学用结合不紧。
				二、整改措施
				1.每月集中学习1次。
				最后，恳请各位同志对我们班子提出批评意见。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("理论学习不够深入|首先，学习时间不足。其次，学用结合不紧。"), aspect.problems().stream().map(p -> p.headline() + "|" + p.body()).toList(),
				result.report());
		assertEquals(1, aspect.measures().size(), result.report());
		assertEquals(Optional.of("最后，恳请各位同志对我们班子提出批评意见。"), result.draft().head().closing(), result.report());
	}

	/** 其次， in the middle of a sentence numbers nothing. */
	@Test
	void 其次InASentencesMiddleNumbersNothing() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				学习的主动性不够，其次，学用结合也不紧。
				""");
		assertEquals(List.of("学习的主动性不够，其次，学用结合也不紧。"), result.draft().aspects().get(0).problems().stream().map(Draft.Item::headline).toList(),
				result.report());
	}

	/** 一是学习不够系统.二是…… — the half-width stop ends the first; 表现为：一.学得少 is a numeral's dot, not a stop. */
	@Test
	void aHalfWidthStopEndsAnInlineItemButNotANumeralsDot() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够系统.二是学用结合不紧.
				""");
		assertEquals(2, result.draft().aspects().get(0).problems().size(), result.report());
		assertEquals(List.of(), Typography.halfWidthPunctuation("学习不够深入，表现为：一.学得少，二.用得少。"));
	}

	/** 范志明 2025.1.20 on one line signs the report; 2025.13.45 is no date. */
	@Test
	void aSignatureWithItsDateInFiguresOnOneLineSigns() {
		String text = "个人对照检查材料\n一、存在的问题\n（一）在理论学习方面\n1.我全年有3次缺席支部组织生活。\n\n";
		assertTrue(importText(text + "范志明 2025.1.20\n").report().contains("落款 \"范志明\" \"2025年1月20日\""));
		assertFalse(importText(text + "范志明\n2025.13.45\n").report().contains("落款"));
	}

	/** A heading the profile names with words that say a shortfall (补短板、强弱项情况) stays that aspect's heading. */
	@Test
	void aProfilesOwnLabelThatSaysAShortfallIsStillItsHeading() {
		ProfileAspects own = new ProfileAspects("方案a", "方案a", List.of(new AspectName("补短板", "补短板、强弱项情况"), new AspectName("学习", "理论学习情况")));
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.lines("""
				某支部对照检查材料
				一、存在的问题
				（一）补短板、强弱项情况
				一是服务窗口等候时间长。
				"""), "b.txt", Unit.LINE, List.of(own), Optional.empty(), "b")).orElseThrow();
		assertEquals(List.of("补短板"), result.draft().aspects().stream().map(a -> a.id().orElse("?")).toList(), result.report());
	}

	/** Under each aspect 1.存在问题 / 2.原因分析 / 3.整改措施, each with one paragraph: its problem, cause and measure. */
	@Test
	void numberedLabelsUnderEachAspectHoldItsParts() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、在理论学习方面
				1.存在问题
				只满足于转发文件。全年研读原著只有2本。
				2.原因分析
				政治站位不够高。
				3.整改措施
				每月研读一次上级重要文件。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("只满足于转发文件。|全年研读原著只有2本。", "政治站位不够高。|", "每月研读一次上级重要文件。|"),
				Stream.of(aspect.problems(), aspect.causes(), aspect.measures()).flatMap(List::stream).map(i -> i.headline() + "|" + i.body()).toList(),
				result.report());
		assertEquals(Map.of(), result.draft().head().leads(), result.report());
	}

	/** 县交通运输局党组书记、局长……材料, signed by a person: one member's report, not the 党组's. */
	@Test
	void aTitleNamingAMembersPostIsThatPersonsReport() {
		String body = "\n一、存在的问题\n（一）在理论学习方面\n1.我跟进落实不及时。\n";
		assertTrue(importText("县交通运输局党组书记、局长2025年度民主生活会对照检查材料" + body).report().contains("类型 个人"));
		assertTrue(importText("县交通运输局党组2025年度民主生活会对照检查材料" + body).report().contains("类型 班子"));
	}

	/** 李晓梅同志指出，我…… under 相互批评: received, with the response after it. */
	@Test
	void aColleagueWhoPointsOutSomethingOfMeAfterACommaIsACriticismReceived() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				李晓梅同志指出，我对年轻干部压担子不够。对此，我诚恳接受，将安排年轻干部牵头专项工作。
				""");
		assertEquals(List.of("李晓梅 李晓梅同志指出，我对年轻干部压担子不够。 对此，我诚恳接受，将安排年轻干部牵头专项工作。"),
				result.draft().criticisms().stream().filter(Draft.Criticism::received).map(c -> c.person() + " " + c.text() + " " + c.response().orElse(""))
						.toList(), result.report());
	}

	/** （2023年9月） then 市生态环境局局长 苏明远 under the title: the report's date and its byline, not the preface's words. */
	@Test
	void aBylineUnderTheDateUnderTheTitleIsTheByline() {
		ReportImport.Result result = importText("""
				主题教育专题民主生活会个人对照检查材料
				（2023年9月）
				市生态环境局局长 苏明远

				按照要求，我对照六个方面进行检视，现报告如下。
				一、存在的问题
				（一）在理论学习方面。一是学习不系统。
				""");
		assertTrue(result.report().contains("副标题 \"市生态环境局局长 苏明远\"\n"), result.report());
		assertTrue(result.report().contains("日期 \"2023年9月\"\n"), result.report());
		assertTrue(result.report().contains("前言 \"按照要求，我对照六个方面进行检视，现报告如下。\""), result.report());
	}

	/** 本人：陈志远 signs as 陈志远. */
	@Test
	void theLabel本人BeforeTheSignersNameIsNoPartOfIt() {
		ReportImport.Result result = importText("个人对照检查材料\n一、存在的问题\n（一）在理论学习方面\n1.学习主动性不强。\n本人：陈志远\n2024年1月8日\n");
		assertTrue(result.report().contains("落款 \"陈志远\" \"2024年1月8日\""), result.report());
	}

	/**
	 * Measures grouped under headings that name no aspect (（二）着力提升服务群众水平) go where their group's heading
	 * points when their own words say nothing; the headings stay comments.
	 */
	@Test
	void measuresGoWhereTheirGroupsHeadingPoints() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.学习计划执行打折扣。12次集中学习只开展9次。
				（二）在廉洁自律方面
				1.对亲属要求不严。
				（三）在工作作风方面
				1.群众诉求回应慢。热线转办件平均办结9天。
				二、整改措施
				（一）着力提升服务群众水平
				1.建立小区走访轮值表。
				""");
		assertEquals(List.of("工作作风:建立小区走访轮值表。"),
				result.draft().aspects().stream().flatMap(a -> a.measures().stream().map(m -> a.id().orElseThrow() + ":" + m.headline())).toList(),
				result.report());
		assertTrue(result.report().contains("小标题：（一）着力提升服务群众水平"), result.report());
	}

	/** A response on its own line after a criticism received (我的态度：……, 对此，我诚恳接受……) is that criticism's response. */
	@Test
	void aResponseOnItsOwnLineAnswersTheCriticismAboveIt() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				（一）班子成员对我的批评
				1.王海同志指出，我调研时听汇报多、看现场少。
				我的态度：完全接受，今后每次调研至少看一处现场。
				2.李晓梅同志指出，我对年轻干部压担子不够。
				对此，我诚恳接受，将安排年轻干部牵头专项工作。
				""");
		assertEquals(List.of("王海|完全接受，今后每次调研至少看一处现场。", "李晓梅|对此，我诚恳接受，将安排年轻干部牵头专项工作。"),
				result.draft().criticisms().stream().map(c -> c.person() + "|" + c.response().orElse("")).toList(), result.report());
	}

	/** A cause placed where its words point less than elsewhere (so that every aspect gets one) is said to be checked. */
	@Test
	void aCausePlacedAgainstItsWordsIsACloseCall() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面。一是学习不系统。全年通读原著只有2本。
				（二）在担当作为方面。一是攻坚劲头不足。督察反馈的4个问题中有1个未销号。
				（三）在工作作风方面。一是调研不够深入。今年调研12次，7次是陪同检查。
				（四）在廉洁自律方面。一是对亲属要求不严。亲属从事环评咨询未报告。
				二、原因剖析
				一是理论学习不够深入。二是宗旨意识淡化。三是担当精神不足。
				""");
		// where the assignment put it (against its words, so that every aspect has one) and that it is said
		Draft.Attachment against = result.draft().attachments().stream()
				.filter(a -> a.kind() == ItemKind.CAUSE && a.item().headline().equals("宗旨意识淡化。")).findFirst().orElseThrow();
		assertEquals(List.of(Optional.of("理论学习"), Optional.of("工作作风")), List.of(against.aspect(), against.rival()), result.summary().toString());
		assertEquals(List.of("原因“宗旨意识淡化。”的内容更接近“工作作风”，为使各方面都有原因归入了“理论学习”，请核对"),
				result.draft().findings().stream().filter(f -> f.kind() == Draft.FindingKind.CLOSE_CALL).map(Draft.Finding::message).toList(),
				result.summary().toString());
		assertTrue(importText(INLINE_REPORT).draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.CLOSE_CALL),
				importText(INLINE_REPORT).summary().toString());
	}

	/** An aspect's heading written without the 、 of its label (敬畏人民敬畏组织敬畏法纪) is that aspect's. */
	@Test
	void anAspectsHeadingWithoutItsLabelsMarksIsThatAspect() {
		ProfileAspects own = new ProfileAspects("民主生活会2025", "2025年度民主生活会", List.of(new AspectName("政治忠诚", "带头强化政治忠诚、提高政治能力"),
				new AspectName("敬畏", "带头敬畏人民、敬畏组织、敬畏法纪")));
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(ReportImport.lines("""
				2025年度民主生活会班子对照检查材料
				一、存在的问题
				（一）在带头强化政治忠诚、提高政治能力方面
				1.贯彻部署有温差。耕地保护部署只传达未研究。
				（二）在带头敬畏人民敬畏组织敬畏法纪方面
				1.请示报告不严。2次先办后报。
				"""), "b.txt", Unit.LINE, List.of(own), Optional.empty(), "b")).orElseThrow();
		assertEquals(Optional.empty(), result.derived(), result.report());
		assertEquals(List.of("政治忠诚", "敬畏"), result.draft().aspects().stream().map(a -> a.id().orElse("?")).toList(), result.report());
	}

	/** Items that speak for themselves are placed by their own words, not by the group heading over them: no close calls. */
	@Test
	void aGroupHeadingDoesNotOutweighAnItemsOwnWords() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.学习不够系统。
				（二）在能力本领方面
				1.数字化本领不足。
				二、整改措施
				（一）强化理论武装
				1.每月集中学习1次。
				2.数字化平台年内上线，组织全员培训提升能力本领。
				（二）严格执行报告制度。每年签订承诺书。
				""");
		assertEquals(List.of(), result.draft().findings().stream().filter(f -> f.kind() == Draft.FindingKind.CLOSE_CALL).toList(),
				result.summary().toString());
		assertEquals(List.of("理论学习:每月集中学习1次。", "能力本领:数字化平台年内上线，组织全员培训提升能力本领。"),
				result.draft().aspects().stream().flatMap(a -> a.measures().stream().filter(m -> !m.headline().startsWith("严格"))
						.map(m -> a.id().orElseThrow() + ":" + m.headline())).toList(), result.report());
	}

	/** 我的态度： answers only the criticism just above it; 对此次巡察…… is a criticism, not a reply. */
	@Test
	void aReplyAnswersOnlyTheCriticismAboveIt() {
		ReportImport.Result result = importText("""
				2024年度民主生活会个人对照检查材料
				一、相互批评
				（一）班子成员对我的批评
				1.王海同志指出，我调研时听汇报多、看现场少。
				2.李晓梅同志指出，我对年轻干部压担子不够。
				我的态度：完全接受，将安排年轻干部牵头专项工作。
				3.对此次巡察反馈的问题，有同志指出我整改跟进不够。
				""");
		assertEquals(List.of("王海|", "李晓梅|完全接受，将安排年轻干部牵头专项工作。", "同志们|"),
				result.draft().criticisms().stream().map(c -> c.person() + "|" + c.response().orElse("")).toList(), result.report());
	}

	/** 2.原因分析：政治站位不够高。 after 1.存在问题 and its paragraph: a label with its text, the paragraph the problem. */
	@Test
	void aNumberedLabelWithItsTextAfterAColonIsALabel() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、在理论学习方面
				1.存在问题
				只满足于转发文件。全年研读原著只有2本。
				2.原因分析：政治站位不够高。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("只满足于转发文件。", "政治站位不够高。"),
				Stream.of(aspect.problems(), aspect.causes()).flatMap(List::stream).map(Draft.Item::headline).toList(), result.report());
	}

	/** The date under the title that the signature's contradicts stays, a comment, when a byline takes the subtitle. */
	@Test
	void aDateUnderTheTitleTheSignatureContradictsIsKept() {
		ReportImport.Result result = importText("""
				主题教育专题民主生活会个人对照检查材料
				（2023年9月）
				市生态环境局局长 苏明远
				一、存在的问题
				（一）在理论学习方面。一是学习不系统。
				苏明远
				2023年10月20日
				""");
		assertTrue(result.report().contains("2023年9月"), result.report());
		assertTrue(result.report().contains("副标题 \"市生态环境局局长 苏明远\""), result.report());
	}

	/** 党委常委会 is the group, not one of its 常委. */
	@Test
	void aStandingCommitteesReportIsTheGroups() {
		assertTrue(importText("中共某大学党委常委会2024年度民主生活会对照检查材料\n一、存在的问题\n（一）在理论学习方面\n1.我们学习不够系统。\n").report()
				.contains("类型 班子"));
	}

	/**
	 * Under an aspect's heading, a headline alone on its line with no stop (管党治党有所放松) takes the next paragraph as its
	 * body; paragraphs that end their sentences are problems each.
	 */
	@Test
	void anUnnumberedHeadlineWithoutAStopTakesTheNextParagraphAsItsBody() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）在廉洁自律方面
				管党治党有所放松
				我分管的3个部门全年只开展了1次廉政谈话。
				对亲属要求不严。
				""");
		assertEquals(List.of("管党治党有所放松|我分管的3个部门全年只开展了1次廉政谈话。", "对亲属要求不严。|"),
				result.draft().aspects().get(0).problems().stream().map(p -> p.headline() + "|" + p.body()).toList(), result.report());
		// short lines without stops are a list, each an item
		ReportImport.Result list = importText("个人对照检查材料\n一、存在的问题\n（一）在廉洁自律方面\n管党治党有所放松\n对亲属要求不严\n");
		assertEquals(List.of("管党治党有所放松|", "对亲属要求不严|"),
				list.draft().aspects().get(0).problems().stream().map(p -> p.headline() + "|" + p.body()).toList(), list.report());
	}

	/** 第一，……第二，…… numbers items as 一是 does; 第一责任人 numbers nothing. */
	@Test
	void itemsNumbered第一And第二AreItems() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				主要存在以下问题：第一，理论学习不够深入。第二，落实第一责任人职责不够有力。
				二、问题产生的原因
				第一，重视不够。
				第二，责任压得不实。
				""");
		assertEquals(List.of("理论学习不够深入。", "落实第一责任人职责不够有力。"),
				result.draft().aspects().stream().flatMap(a -> a.problems().stream()).map(Draft.Item::headline).sorted().toList(), result.report());
		assertEquals(2, result.draft().aspects().stream().mapToInt(a -> a.causes().size()).sum(), result.report());
		assertEquals(Map.of(ItemKind.PROBLEM, "主要存在以下问题："), result.draft().head().leads(), result.report());
	}

	@Test
	void theProfileATitleNamesIsOfItsYearWhenThereIsOne() {
		List<String> names = List.of("民主生活会2024", "民主生活会2025", "组织生活会2023");
		assertEquals(Optional.of("民主生活会2024"), BuiltinProfiles.namedBy("某局党组2024年度民主生活会对照检查材料", names));
		assertEquals(Optional.of("民主生活会2025"), BuiltinProfiles.namedBy("某局党组民主生活会对照检查材料", names));
		assertEquals(Optional.of("民主生活会2025"), BuiltinProfiles.namedBy("某局党组2026年度民主生活会对照检查材料", names));
		assertEquals(Optional.of("组织生活会2023"), BuiltinProfiles.namedBy("某支部2024年度组织生活会对照检查材料", names));
		assertEquals(Optional.empty(), BuiltinProfiles.namedBy("某局党组对照检查材料", names));
		// a month after the year dates the meeting (held in January for the year before): no year of its own
		assertEquals(Optional.of("民主生活会2026"), BuiltinProfiles.namedBy("某局党组2025年1月民主生活会对照检查材料",
				List.of("民主生活会2024", "民主生活会2025", "民主生活会2026")));
		assertEquals(Optional.of(2023), BuiltinProfiles.meetingYear("2023年主题教育专题民主生活会对照检查材料"));
	}

	/** The closing after a part under its own heading (其他需要说明的情况) is the closing, not that part's last words. */
	@Test
	void theClosingAfterAStatementIsTheClosing() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够深入。
				二、其他需要说明的情况
				本人无违规收受礼品礼金情况。
				以上对照检查，请同志们批评帮助。
				王某
				2026年1月20日
				""");
		assertEquals(Optional.of("以上对照检查，请同志们批评帮助。"), result.draft().head().closing(), result.report());
		assertEquals(List.of(List.of("本人无违规收受礼品礼金情况。")),
				result.draft().statements().stream().map(Draft.Statement::paragraphs).toList(), result.report());
	}

	@Test
	void aTextWithNoAspectSaysSoAndAReportDoesNot() {
		ReportImport.Result notes = importText("会议纪要\n本次会议讨论了三项工作。\n张某\n2026年1月8日\n");
		assertEquals(List.of(Draft.FindingKind.NOTHING_RECOGNISED), notes.draft().findings().stream().map(Draft.Finding::kind).toList(),
				notes.report());
		assertTrue(notes.draft().findings().get(0).message().contains("标题、前言、落款和认出的其他部分照常导入"), notes.report());
		ReportImport.Result report = importText("对照检查材料\n" + ONE_ASPECT + "（一）加强理论学习。\n");
		assertTrue(report.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.NOTHING_RECOGNISED), report.report());
		// causes and measures read, but no problem nor aspect to put them under: said, not an empty document in silence
		ReportImport.Result noProblems = importText("""
				对照检查材料
				一、存在的问题
				学习不够深入，研讨不多。
				二、问题产生的原因
				一是重视不够。
				三、整改措施
				一是加强学习。
				""");
		assertEquals(List.of("0:0: " + ImportMessages.NoProblemsRecognised), findings(noProblems), noProblems.report());
	}

	@Test
	void aPrefaceOfOneSentenceThatNamesTheProblemsIsThePreface() {
		ReportImport.Result result = importText("""
				2025年度民主生活会个人对照检查材料
				现将对照检查情况报告如下。
				一、存在的问题
				（一）在理论学习方面
				1.学习贯彻不够深入，今年只听了一次汇报。
				""");
		assertEquals(Optional.of("现将对照检查情况报告如下。"), result.draft().head().preface(), result.report());
		assertEquals(1, result.draft().aspects().get(0).problems().size(), result.report());
	}

	@Test
	void theWriterNamedAboveTheTitleIsTheBylineAndTheAddresseeNoPartOfThePreface() {
		ReportImport.Result result = importText("""
				区政府党组成员、副区长 魏某
				2025年度民主生活会个人对照检查材料
				区委：
				按照区委的通知精神，我认真学习有关文件，现将本人对照检查情况报告如下。
				""" + ONE_ASPECT);
		assertEquals(Optional.of("2025年度民主生活会个人对照检查材料"), result.draft().head().title(), result.report());
		assertEquals(Optional.of("区政府党组成员、副区长 魏某"), result.draft().head().subtitle(), result.report());
		assertEquals(Optional.of("按照区委的通知精神，我认真学习有关文件，现将本人对照检查情况报告如下。"), result.draft().head().preface(), result.report());
		// kept as a comment where it stood, before the preface, not in the first aspect
		assertTrue(result.report().contains("// 第 3 行：区委：\n前言 "), result.report());
	}

	@Test
	void aUnitAboveTheTitleWithASpaceStaysPartOfTheTitle() {
		ReportImport.Result result = importText("""
				中共清河区 住建局
				2025年度民主生活会对照检查材料
				按照区委的部署，局党组认真开展对照检查。
				""" + ONE_ASPECT);
		assertEquals(Optional.empty(), result.draft().head().subtitle(), result.report());
		assertTrue(result.draft().head().title().orElseThrow().endsWith("2025年度民主生活会对照检查材料"), result.report());
	}

	@Test
	void aspectsNumbered1And2WithLabelledProblemsAreNotSaidToMissANumber() {
		ReportImport.Result result = importText("""
				对照检查材料
				（一）对照检查的主要问题
				1.在带头强化政治忠诚方面
				问题：对政策精神吃得不透，两次被退回方案。
				2.在带头增强党性方面
				问题：学习存在照本宣科现象。
				3.在带头担当作为方面
				问题：面对市场下行压力，办法不多。
				""");
		assertEquals(3, result.draft().aspects().size(), result.report());
		assertEquals(List.of(), result.draft().findings().stream().filter(f -> f.kind().name().startsWith("NUMBER_")).toList(), result.report());
	}

	@Test
	void itemsUnderEachLabelAreNumberedAfresh() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题、原因及整改措施
				（一）在理论学习方面
				问题：
				1.学习不够深入。
				2.学用结合不紧。
				原因：
				1.理论武装不够。
				（二）在担当作为方面
				问题：
				1.办法不多。
				""");
		assertEquals(List.of(), result.draft().findings().stream().filter(f -> f.kind().name().startsWith("NUMBER_")).toList(), result.report());
		assertEquals(List.of(2, 1, 0, 1, 0, 0), result.draft().aspects().stream()
				.flatMap(a -> Stream.of(a.problems().size(), a.causes().size(), a.measures().size())).toList(), result.report());
	}

	@Test
	void aClosingBeforeALastNumberedStatementIsTheClosing() {
		ReportImport.Result result = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				四、个人有关事项报告情况
				本人已如实报告个人有关事项。
				下一步，我将以这次民主生活会为新起点，切实把查摆出的问题整改到位。
				五、其他需要说明的问题
				本人配偶在区属国有企业任职，已按规定报备。
				魏某
				二〇二六年一月十二日
				""");
		assertEquals(Optional.of("下一步，我将以这次民主生活会为新起点，切实把查摆出的问题整改到位。"), result.draft().head().closing(), result.report());
		assertEquals(List.of("个人有关事项报告情况：本人已如实报告个人有关事项。", "其他需要说明的问题：本人配偶在区属国有企业任职，已按规定报备。"),
				result.draft().statements().stream().map(st -> st.heading() + "：" + String.join("|", st.paragraphs())).toList(), result.report());
	}

	@Test
	void aClosingWordBeforeMoreNumberedMeasuresIsAMeasure() {
		ReportImport.Result result = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				以这次民主生活会为契机，建立学习台账。
				（二）每季度开展一次谈心谈话。
				五、其他需要说明的问题
				本人配偶在区属国有企业任职，已按规定报备。
				""");
		assertEquals(Optional.empty(), result.draft().head().closing(), result.report());
	}

	@Test
	void causesHeadingsWithoutNumbersUnderEachAspectStayThatAspects() {
		ReportImport.Result result = importText("""
				2023年度组织生活会党员个人对照检查材料
				按照支部安排，我认真查找了自身不足，现对照检查如下。
				学习贯彻党的创新理论情况方面
				问题：学习的自觉性不够高，全年只写了两篇心得。
				原因剖析
				宗旨意识有所弱化，没有真正把群众当亲人。
				联系服务群众情况方面
				问题：服务意识还不够强，办理业务时对老年群众解释不够耐心。
				原因剖析
				理论学习抓得不紧，满足于参加集中学习。
				""");
		// written by aspect: a cause is the aspect's it stands under, whatever it speaks of
		assertEquals(List.of("宗旨意识有所弱化，没有真正把群众当亲人。", "理论学习抓得不紧，满足于参加集中学习。"), result.draft().aspects().stream()
				.map(a -> a.causes().stream().map(Draft.Item::headline).collect(Collectors.joining("|"))).toList(), result.report());
	}

	@Test
	void aStatementEndsWithItsOwnWordsAndAnUnknownHeadingWithTextIsOne() {
		ReportImport.Result result = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习，每月集中学习1次。
				五、个人有关事项说明
				本人如实报告了个人有关事项。
				以上情况，特此说明。
				六、其他情况
				会前开展了谈心谈话5人次。
				以上对照检查，请同志们批评指正。
				""");
		assertEquals(List.of("个人有关事项说明：本人如实报告了个人有关事项。|以上情况，特此说明。", "其他情况：会前开展了谈心谈话5人次。"),
				result.draft().statements().stream().map(st -> st.heading() + "：" + String.join("|", st.paragraphs())).toList(), result.report());
		assertEquals(Optional.of("以上对照检查，请同志们批评指正。"), result.draft().head().closing());
	}

	@Test
	void partHeadingsWithTheirFirstSentenceAfterAColon() {
		ReportImport.Result result = importText("""
				2024年度组织生活会党员个人对照检查材料
				按照支部安排，我认真学习，现对照检查如下。
				上年度整改落实情况：我对照清单逐项进行了复核。
				一是学习制度问题，已建立每周自学制度，已完成。
				""" + ONE_ASPECT + """
				（一）每月读一本书，年底前完成4篇心得。
				需要说明的问题
				本人今年因病请假两周。
				四、关于支部阵地建设的情况：党群服务中心于2024年9月完成改造。
				改造后新增活动室2间。
				邵某
				2025年1月20日
				""");
		assertEquals(Optional.of("按照支部安排，我认真学习，现对照检查如下。"), result.draft().head().preface(), result.report());
		assertEquals(1, result.draft().followups().size(), result.report());
		assertEquals(List.of("需要说明的问题：本人今年因病请假两周。", "关于支部阵地建设的情况：党群服务中心于2024年9月完成改造。|改造后新增活动室2间。"),
				result.draft().statements().stream().map(st -> st.heading() + "：" + String.join("|", st.paragraphs())).toList(), result.report());
		assertEquals(List.of("每月读一本书，年底前完成4篇心得。"), result.draft().aspects().get(0).measures().stream()
				.map(m -> m.headline() + m.body()).toList(), result.report());
		List<String> lines = ReportLayout.of((Report) fixture.parse(result.report()).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(lines.contains("一、上年度组织生活会整改措施落实情况"), lines.toString());
	}

	@Test
	void aListedStatementOfLastYearThatSaysOnTheWholeIsStillAStatement() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				一是总体上已完成理论学习制度建设，全年研讨6次；二是调研制度持续推进。
				""" + ONE_ASPECT.replace("一、", "二、").replace("二、问题", "三、问题").replace("三、整改", "四、整改"));
		assertEquals(2, result.draft().followups().size(), result.report());
	}

	@Test
	void aspectsWrittenWithTheirFirstProblemAfterAnUnknownHeadingAreAspects() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、对照检视深入查找
				（一）在理论学习方面。一是学习不够深入。二是学用脱节。
				二、问题产生的原因
				（一）理论武装不够。
				""");
		assertEquals(List.of("理论学习 2"), result.draft().aspects().stream().map(a -> a.id().orElse("?") + " " + a.problems().size()).toList(),
				result.report());
	}

	@Test
	void aSentenceThatWeighsLastYearAsAWholeIsItsWordsNotAStatement() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				1.关于“调研不深入”的问题，已整改完成。
				2.关于“学用脱节”的问题，持续推进。
				总体看，上年度整改取得阶段性成效，但个别问题反弹的风险仍然存在。
				""" + ONE_ASPECT.replace("一、", "二、").replace("二、问题", "三、问题").replace("三、整改", "四、整改"));
		assertEquals(2, result.draft().followups().size(), result.report());
		assertTrue(result.report().contains("上年度整改 \"\" \"总体看，上年度整改取得阶段性成效，但个别问题反弹的风险仍然存在。\" {"), result.report());
	}

	@Test
	void aspectsAfterAnUnknownPartHeadingAreAspectsAndTheHeadingAComment() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、对照检视深入查找
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				二、问题产生的原因
				（一）理论武装不够，学用脱节。
				""");
		assertEquals(List.of("理论学习 1"), result.draft().aspects().stream().map(a -> a.id().orElse("?") + " " + a.problems().size()).toList(),
				result.report());
		assertEquals(List.of(), result.draft().statements());
		assertTrue(result.report().contains("\t// 第 2 行：一、对照检视深入查找\n\t问题 P1 \"学习不够深入，全年只读了2本原著。\"\n"), result.report());
	}

	@Test
	void theOpinionsPartsSentencesAreItsOwnWordsItsHeadingACommentAndAListedOneAnOpinion() {
		String report = importText("""
				个人对照检查材料
				一、征求意见情况
				会前，通过发放征求意见表、个别谈心等方式，共征求到意见建议18条。
				对这些意见，我逐条对号入座，全部认领。
				1.理论学习不够系统。
				""" + ONE_ASPECT).report();
		assertTrue(report.contains("""
				征求意见 共 18 条 "会前，通过发放征求意见表、个别谈心等方式，共征求到意见建议18条。对这些意见，我逐条对号入座，全部认领。" {
					// 【征求意见】第 2 行：一、征求意见情况
					意见 Y1 "理论学习不够系统。"
				}
				"""), report);
	}

	@Test
	void severalMeasuresInOneParagraphAndProblemsNumbered问题一AreOneEach() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、存在的问题
				（一）在理论学习方面
				问题一：学习不够深入，全年只读了2本原著。问题二：学用脱节，调研报告2篇没有转化。
				二、问题产生的原因
				（一）理论武装不够，学用脱节。
				三、整改措施
				（一）加强理论学习。每月集中学习1次。（二）推动成果转化。2篇调研报告年底前转化为制度。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of("学习不够深入，全年只读了2本原著。", "学用脱节，调研报告2篇没有转化。"),
				aspect.problems().stream().map(p -> p.headline() + p.body()).toList(), result.report());
		assertEquals(List.of("加强理论学习。每月集中学习1次。", "推动成果转化。2篇调研报告年底前转化为制度。"),
				aspect.measures().stream().map(m -> m.headline() + m.body()).toList(), result.report());
	}

	@Test
	void aSalutationIsNotThePrefacesWords() {
		for (String salutation : List.of("同志们：\n", "各位领导、同志们：", "同志们：")) {
			ReportImport.Result result = importText("个人对照检查材料\n" + salutation + "按照要求，我认真查摆了问题。下面作对照检查。\n" + ONE_ASPECT);
			assertEquals(Optional.of("按照要求，我认真查摆了问题。下面作对照检查。"), result.draft().head().preface(), salutation);
			// kept as a comment where it stood, before the preface (it went into the first aspect)
			assertTrue(result.report().contains("：" + salutation.strip() + "\n前言 "), result.report());
		}
	}

	@Test
	void reasonsAsTheExportLabelsThemAndAsTheyLabelThemselves() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				1.（持续推进）读书班已办两期。原因：第三期教材未到。
				2.（未完成）蹲点调研只开展了一次。未完成的原因：汛期抢险占用了计划时间。
				3.关于“台账不规范”的问题，尚未完成，原因是系统更换
				4.（持续推进）读书班已办三期。主要原因是教材未到。
				5.建设党员活动阵地，尚未完成，主要原因：选址调整。
				6.修订学习制度，未完成，未完成的主要原因：汛期抢险。
				""" + ONE_ASPECT);
		assertEquals(List.of("持续推进 读书班已办两期。|第三期教材未到", "未完成 蹲点调研只开展了一次。|汛期抢险占用了计划时间",
				"未完成 关于“台账不规范”的问题，尚未完成。|原因是系统更换", "持续推进 读书班已办三期。|主要原因是教材未到",
				"未完成 建设党员活动阵地，尚未完成。|选址调整", "未完成 修订学习制度，未完成。|汛期抢险"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()
						+ "|" + f.reason().orElse("")).toList());
	}

	@Test
	void listsOpenedByAStateGiveItToEachItem() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度整改措施落实情况
				去年作出整改承诺4项。已完成2项：学习制度已修订；调研基地建成3个。去年的问题，正在推进的有：档案数字化，已完成5卷中的3卷。未完成1项：食堂改造，因资金未到位，没有开工。
				""" + ONE_ASPECT);
		assertEquals(List.of("已完成 学习制度已修订。", "已完成 调研基地建成3个。", "持续推进 档案数字化，已完成5卷中的3卷。", "未完成 食堂改造，没有开工。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList());
		// the words that open a list and count are the part's own (the export writes them), the others a comment
		assertTrue(result.report().contains("上年度整改 \"\" \"去年作出整改承诺4项。已完成2项。未完成1项。\" {\n"), result.report());
		assertTrue(result.report().contains("\t// 【上年度整改】第 3 行：去年的问题，正在推进的有：\n\t整改 上年1"), result.report());
	}

	@Test
	void aCaseHeadingWithoutANumberEndsTheAspectBeforeIt() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				存在的问题
				在理论学习方面
				学习不够深入，全年只读了2本原著。
				典型案例剖析
				对照某局干部违规收礼案例，我认识到小节不保，大节难守。
				""");
		assertEquals(1, result.draft().aspects().get(0).problems().size(), result.report());
		assertEquals(List.of("对照某局干部违规收礼案例，我认识到小节不保，大节难守。"),
				result.draft().cases().stream().map(c -> c.headline() + c.body()).toList(), result.report());
	}

	@Test
	void aCaseToldAndWeighedOverSeveralParagraphsIsOneCaseAndNumberedCasesAreEach() {
		ReportImport.Result one = importText(ONE_ASPECT + """
				（一）加强理论学习。
				四、典型案例剖析
				某县交通局原局长张某违规收受礼金，被开除党籍。
				通过剖析这一案例，我认识到：一是小节不保，大节难守；二是要常修为政之德。
				""");
		assertEquals(List.of("某县交通局原局长张某违规收受礼金，被开除党籍。通过剖析这一案例，我认识到：一是小节不保，大节难守；二是要常修为政之德。"),
				one.draft().cases().stream().map(c -> c.headline() + c.body()).toList(), one.report());
		ReportImport.Result two = importText(ONE_ASPECT + """
				（一）加强理论学习。
				四、典型案例剖析
				1.某局长违规收礼案。小节不保，大节难守。
				2.某站长公车私用案。用权要受监督。
				""");
		assertEquals(2, two.draft().cases().size(), two.report());
	}

	/** What a second reading of the change found, each case written to fail on the code before it. */
	@Test
	void anAttachmentLineBeforeTheEndIsNoAttachmentListAndCauseHeadingsNamingProblemsStayCauses() {
		ReportImport.Result result = importText("""
				班子对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.学习不够深入，全年只读了2本原著。
				附：学习记录
				二、问题产生的原因及根源
				（一）理论武装不够，学用脱节。
				三、针对问题的整改措施和努力方向
				（一）每月研读1本原著。
				""");
		Draft.Aspect aspect = result.draft().aspects().get(0);
		assertEquals(List.of(1, 1, 1), List.of(aspect.problems().size(), aspect.causes().size(), aspect.measures().size()), result.report());
	}

	@Test
	void aColleagueUnderAGivenLabelIsGivenToAndACommonNounIsNoColleague() {
		List<String> read = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。
				四、相互批评
				（一）我对其他同志的批评
				李某同志：议题安排过多。
				对王某同志：表态过早。对下属同志，关心不够。
				""").draft().criticisms().stream().map(c -> (c.received() ? "来自 " : "对 ") + c.person() + " " + c.text()).toList();
		assertEquals(List.of("对 李某 议题安排过多。", "对 王某 表态过早。对下属同志，关心不够。"), read);
	}

	@Test
	void severalColleaguesCriticismsInOneParagraphAreOneEachTheResponseTheLasts() {
		List<String> read = importText("个人对照检查材料\n" + ONE_ASPECT + """
				（一）加强理论学习。
				四、相互批评
				同时，其他同志对我提出的批评意见：刘某同志指出我选人“求稳有余”，周某同志指出我调研听汇报多。对这些批评，我诚恳接受。
				""").draft().criticisms().stream().map(c -> c.person() + " " + c.text() + "|" + c.response().orElse("")).toList();
		assertEquals(List.of("刘某 刘某同志指出我选人“求稳有余”。|", "周某 周某同志指出我调研听汇报多。|对这些批评，我诚恳接受。"), read);
	}

	@Test
	void aDeniedDoneIsNotDoneAndWordsLikeAReasonAreNoReasonOfAFinishedOne() {
		List<String> read = importText("""
				个人对照检查材料
				一、上年度整改措施落实情况
				1.关于“台账不规范”的问题，未整改完成。
				2.关于“调研不深入”的问题，因此建立了联系点制度，已整改完成。
				3.关于“服务不优”的问题，受到群众好评，已整改到位。
				""" + ONE_ASPECT).draft().followups().stream()
				.map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.reason().orElse("-")).toList();
		assertEquals(List.of("未完成 -", "已完成 -", "已完成 -"), read);
	}

	@Test
	void theLedgerFieldsTakeWhatIsTheirsAndLeaveTheRest() {
		ReportImport.Result result = importText("班子对照检查材料\n" + ONE_ASPECT + """
				（一）明确分工。明确责任人：张某，定期督查进度。
				（二）完善制度。修订3项制度（责任人：局长某某，2025年6月底）。
				（三）加强协作。建立会商机制（责任人：局长某某，配合单位：办公室）。
				""");
		List<Draft.Item> measures = result.draft().aspects().get(0).measures();
		assertEquals(List.of("张某", "局长某某", "局长某某"), measures.stream().map(m -> m.responsible().orElse("")).toList());
		assertEquals(Optional.of("2025年6月底"), measures.get(1).deadline());
		// what the brackets say besides the fields stays in the text
		assertTrue(measures.get(2).body().contains("配合单位：办公室"), measures.get(2).body());
	}

	/** What a second blind trial found. */
	@Test
	void aNumberedLineNamingAProblemInQuotesIsNoPartHeadingAndAnItemSaysItsStateFirst() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				前言。
				（三）关于“约谈提醒不够”的问题（已完成）。
				""" + ONE_ASPECT + """
				（一）加强学习。每月研读1本（牵头：机关党委；时限：长期坚持）。
				""");
		// the line was taken for the heading of the problems part and lost
		assertTrue(result.report().contains("约谈提醒不够"), result.report());
		Draft.Item measure = result.draft().aspects().get(0).measures().get(0);
		assertEquals(List.of("机关党委", "长期坚持", "每月研读1本。"),
				List.of(measure.responsible().orElse(""), measure.deadline().orElse(""), measure.body()));
		List<Optional<FollowupState>> states = importText("""
				个人对照检查材料
				一、上年度民主生活会整改措施落实情况
				1.关于“监管不到位”的问题。持续推进。目前尚未完成竣工验收。
				""" + ONE_ASPECT).draft().followups().stream().map(Draft.Followup::state).toList();
		assertEquals(List.of(Optional.of(FollowupState.CONTINUING)), states);
	}

	/**
	 * Done in part while the rest goes on is 持续推进, in a numbered item and in a table's row pasted as text (the row
	 * was kept as a comment only, lost from the document); the counts before a list that ends 具体如下： are the
	 * part's words.
	 */
	@Test
	void doneInPartWhileTheRestGoesOnIsContinuing() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改落实情况
				查摆问题5个，制定整改措施5条，已完成3条，持续推进2条。具体如下：
				1.关于“污水管网”的问题，已完成主体工程，支管网正在推进。
				2	开展违法占用耕地专项整治	持续推进，已整改图斑126个
				3	修订公务接待管理办法	已完成
				""" + ONE_ASPECT);
		assertEquals(List.of("持续推进 关于“污水管网”的问题，已完成主体工程，支管网正在推进。", "持续推进 开展违法占用耕地专项整治，持续推进，已整改图斑126个。",
				"已完成 修订公务接待管理办法，已完成。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList(),
				result.report());
		assertTrue(result.report().contains("上年度整改 \"\" \"查摆问题5个，制定整改措施5条，已完成3条，持续推进2条。具体如下：\" {"), result.report());
		// done and kept up is done
		assertEquals(List.of(Optional.of(FollowupState.DONE)), importText("个人对照检查材料\n一、上年度民主生活会整改落实情况\n"
				+ "1.关于“会议多”的问题，已完成整改，周例会压缩到1小时以内，长期坚持。\n" + ONE_ASPECT).draft().followups().stream()
				.map(Draft.Followup::state).toList());
	}

	/**
	 * A table of last year's measures with its header, pasted with tabs or set in Word: each row one statement, the
	 * number layout, who answered for it in brackets after the measure (it ran into the words), the header no statement.
	 */
	@Test
	void aTableOfLastYearsMeasuresGivesAStatementPerRow() {
		String head = "个人对照检查材料\n一、上年度民主生活会整改落实情况\n";
		ReportImport.Result pasted = importText(head + "序号\t整改措施\t责任领导\t落实情况\n1\t修订机关公务接待管理办法\t办公室主任\t已完成\n"
				+ "2\t开展耕地专项整治\t分管副局长\t持续推进，已整改图斑126个\n" + ONE_ASPECT);
		List<String> expected = List.of("已完成 修订机关公务接待管理办法（责任领导：办公室主任）。",
				"持续推进 开展耕地专项整治（责任领导：分管副局长），持续推进，已整改图斑126个。");
		assertEquals(expected, pasted.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text())
				.toList(), pasted.report());
		assertFalse(pasted.report().contains("序号"), pasted.report());
		List<List<String>> rows = List.of(List.of("序号", "整改措施", "责任领导", "落实情况"), List.of("1", "修订机关公务接待管理办法", "办公室主任", "已完成"),
				List.of("2", "开展耕地专项整治", "分管副局长", "持续推进，已整改图斑126个"));
		ReportImport.Result word = withWordTable(head, rows);
		assertEquals(expected, word.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text())
				.toList(), word.report());
		// an empty cell is a cell: the row still fits the header
		ReportImport.Result empty = importText(head + "序号\t整改措施\t责任领导\t落实情况\n1\t修订接待办法\t\t已完成\n2\t开展耕地整治\t分管副局长\t\n"
				+ "3\t\t分管副局长\t已完成\n" + ONE_ASPECT);
		assertTrue(empty.report().contains("// 【上年度整改】第 6 行：3\t\t分管副局长\t已完成"), empty.report());
		assertEquals(List.of("已完成 修订接待办法。", "无 开展耕地整治（责任领导：分管副局长）。"), empty.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无")
				+ " " + f.text()).toList(), empty.report());
		// a 状态 column gives the state; a reason inside the words of one going on is how far it got, not cut out
		List<List<String>> stated = List.of(List.of("序号", "整改措施", "落实情况", "状态"),
				List.of("1", "推进农村供水一体化", "完成3个乡镇，还有2个乡镇因管网招标流标未完成", "持续推进"),
				List.of("2", "建设智慧水利平台", "因资金未到位尚未开工", "未完成"));
		ReportImport.Result states = withWordTable(head, stated);
		assertEquals(List.of("持续推进 推进农村供水一体化，完成3个乡镇，还有2个乡镇因管网招标流标未完成。 -", "未完成 建设智慧水利平台。 因资金未到位尚未开工"),
				states.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text() + " "
						+ f.reason().orElse("-")).toList(), states.report());
	}

	/** {@code head}'s lines, a Word table of {@code rows} after them, then ONE_ASPECT, imported as a Word document is. */
	private static ReportImport.Result withWordTable(String head, List<List<String>> rows) {
		List<Paragraph> paragraphs = new ArrayList<>(ReportImport.lines(head));
		paragraphs.add(new Paragraph(3, 40, "表格：……", true, rows));
		paragraphs.addAll(ReportImport.lines(ONE_ASPECT).stream().map(p -> new Paragraph(p.line() + 3, p.offset() + 60, p.text(), false)).toList());
		return ReportImport.run(new ReportImport.Request(paragraphs, "材料.docx", Unit.PARAGRAPH, PROFILES, Optional.empty(), "材料")).orElseThrow();
	}

	/** 其中， after the count joins the first statement to it: the .dzr lists the statement without it. */
	@Test
	void amongAfterTheCountIsNoStatementsWord() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度民主生活会整改落实情况
				去年我查摆问题2个。其中，“下村调研少”问题已整改到位，全年走遍14个行政村；“项目慢”问题持续推进，二期已开工。
				""" + ONE_ASPECT);
		assertEquals(List.of("已完成 “下村调研少”问题已整改到位，全年走遍14个行政村。", "持续推进 “项目慢”问题持续推进，二期已开工。"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text()).toList(),
				result.report());
	}

	/** Found re-reading the change, on a draft with every part's heading and its text in one paragraph. */
	@Test
	void partsWithTheirTextInTheHeadingsParagraph() {
		ReportImport.Result result = importText("""
				个人对照检查材料
				一、上年度整改情况：“调研不深”问题已整改完成；“会议偏多”问题因机构调整尚未完成。
				""" + ONE_ASPECT + """
				（一）每月研读1本原著。
				五、相互批评：对林某同志：督促不够；王某同志指出我讲话偏长。我接受。
				""");
		assertEquals(List.of("已完成 “调研不深”问题已整改完成。 -", "未完成 “会议偏多”问题尚未完成。 因机构调整"),
				result.draft().followups().stream().map(f -> f.state().map(FollowupState::getLiteral).orElse("无") + " " + f.text() + " "
						+ f.reason().orElse("-")).toList());
		assertEquals(List.of("对 林某 督促不够。|", "来自 王某 王某同志指出我讲话偏长。|我接受。"), result.draft().criticisms().stream()
				.map(c -> (c.received() ? "来自 " : "对 ") + c.person() + " " + c.text() + "|" + c.response().orElse("")).toList());
	}

	@Test
	void causesWrittenAsParagraphsUnderAspectHeadingsAreEachACauseOfThatAspect() {
		String report = importText("""
				班子对照检查材料
				一、存在的问题
				（一）在理论学习方面
				1.学习不够深入。
				（二）在工作作风方面
				1.调查研究不够。
				二、问题产生的原因
				（一）在理论学习方面
				理论学习缺乏系统性，没有做到学思用贯通。
				（二）在工作作风方面
				存在求稳心态，怕触及矛盾。
				三、整改措施
				（一）加强学习。
				""").report();
		assertTrue(report.contains("\t原因 C1 \"理论学习缺乏系统性，没有做到学思用贯通。\"\n\t\t针对 P1\n"), report);
		assertTrue(report.contains("\t原因 C2 \"存在求稳心态，怕触及矛盾。\"\n\t\t针对 P2\n"), report);
		assertFalse(report.contains("导语"), report);
	}

	@Test
	void numberingFaultsAreFindingsOnTheirLines() {
		String text = """
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够。三是研讨不深。二是运用不够。
				（二）在政治素质方面
				一是站位不高。三是斗争不足。三是敏锐性不强。
				（四）在能力本领方面
				1.能力不足。
				2.本领不强。
				4.创新不够。
				三、问题的原因
				（一）学习不够。
				""";
		ReportImport.Result result = importText(text);
		assertEquals(List.of("4:15: 编号顺序不对：“三是”之后是“二是”", "6:15: 编号“三是”重复出现", "7:1: 编号不连续：缺少“（三）”",
				"10:1: 编号不连续：缺少“3.”", "11:1: 编号不连续：缺少“二、”"), findings(result));
	}

	/**
	 * A derived profile requires what the profile of the title's meeting requires (the ledger checks stay on), and its
	 * ids are short forms, not names cut inside a word.
	 */
	@Test
	void aDerivedProfileRequiresWhatTheTitlesMeetingDoesAndHasShortIds() {
		List<ProfileAspects> known = List.of(PROFILES.get(0), new ProfileAspects("民主生活会2024", "2024年度民主生活会",
				List.of(new AspectName("政治纪律", "带头严守政治纪律")), Optional.empty(), List.of("责任人", "时限", "征求意见", "落款")));
		String text = """
				2025年度民主生活会个人对照检查材料
				一、存在的问题
				（一）在学习贯彻习近平新时代中国特色社会主义思想方面
				一是学习不够系统，全年只读了2本原著。
				（二）在加强和改进机关作风建设情况方面
				一是文件会议偏多。
				（三）在推动全局重点工作落地见效方面
				一是2个项目进度滞后。
				""";
		ReportImport.Result result = importText(text, "个人", known);
		String derived = result.derived().orElseThrow().text();
		assertTrue(derived.contains("""
					方面 学习贯彻创新理论 "学习贯彻习近平新时代中国特色社会主义思想"
					方面 加强和改进机关作风建设 "加强和改进机关作风建设情况"
					方面 推动全局重点工作落地见效
					必填 责任人 时限 征求意见 落款
				}
				"""), derived);
		// no meeting named: what every ledger asks
		ReportImport.Result untitled = importText(text.replace("2025年度民主生活会", ""), "个人", known);
		assertTrue(untitled.derived().orElseThrow().text().contains("\t必填 责任人 时限\n}"), untitled.derived().orElseThrow().text());
	}

	@Test
	void otherAspectsGetAProfileDerivedFromTheHeadings() {
		String text = """
				2024年度民主生活会个人对照检查材料
				一、存在的问题
				（一）在带头强化政治忠诚、提高政治能力方面
				一是政治判断力还不够强。
				（二）在带头强化责任担当、狠抓工作落实方面
				一是抓落实的韧劲不足。
				二、问题的原因
				（一）政治能力锻炼不够。
				（二）担当意识有所弱化。
				三、整改措施
				（一）提高政治能力。
				（二）狠抓工作落实。
				""";
		ReportImport.Result result = importText(text, "个人");
		assertEquals("""
				// 由 duizhao import 从“个人.txt”导入。
				问题库 "2024年度民主生活会个人对照检查材料（方案）"

				方案 方案个人 "2024年度民主生活会个人对照检查材料" {
					方面 强化政治忠诚 "带头强化政治忠诚、提高政治能力"
					方面 强化责任担当 "带头强化责任担当、狠抓工作落实"
					必填 责任人 时限
				}
				""", result.derived().orElseThrow().text());
		assertEquals("个人-方案.dzlib", result.derived().orElseThrow().fileName());
		assertTrue(result.report().contains("类型 个人\n依据 方案个人\n"), result.report());
		assertTrue(result.report().contains("方面 强化政治忠诚 {\n\t问题 P1 \"政治判断力还不够强。\"\n\t原因 C1 \"政治能力锻炼不够。\"\n\t\t针对 P1\n"),
				result.report());
	}

	@Test
	void wordsBeforeTheFirstAspectOpenTheProblemsAndAnUnknownPartIsAStatement() {
		String text = """
				对照检查材料
				一、存在的问题
				这句话在方面标题之前。
				（一）在理论学习方面
				一是学习不够。
				五、其他情况
				附件：学习记录XX份
				""";
		ReportImport.Result result = importText(text);
		assertEquals(List.of("6:1: 标题“五、其他情况”无法识别，请核对其下文字的归属（有文字时按原文作为同名的“说明”）", "6:1: 编号不连续：缺少“二、”", "6:1: 编号不连续：缺少“三、”",
				"6:1: 编号不连续：缺少“四、”"), findings(result));
		// under the problems' heading before the first aspect: the words that open the part
		assertTrue(result.report().contains("导语 问题 \"这句话在方面标题之前。\"\n\n方面 理论学习 {\n\t问题 P1 \"学习不够。\"\n}"), result.report());
		// with no text under it, the heading stays a comment where it stood: an empty part would be exported
		assertTrue(result.report().endsWith("\n// 第 6 行：五、其他情况\n\n附件 \"学习记录XX份\"\n"), result.report());
	}

	@Test
	void causesThatNameNoAspectGoWhereTheirWordsAre() {
		String text = """
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是读原著学原文不够，理论学习缺乏系统性。
				（二）在廉洁自律方面
				一是对工程项目的廉政风险监督不够。
				二是公务接待标准执行不严。
				（三）在工作作风方面
				一是调研走过场。
				二、问题的原因
				（一）读原著的自觉性不够，缺乏系统性。
				（二）对工程项目廉政风险的监督重视不够。
				""";
		ReportImport.Result result = importText(text);
		assertEquals(List.of("原因 理论学习 MEANING", "原因 廉洁自律 MEANING"), placed(result));
		assertTrue(result.report().contains("\t原因 C2 \"对工程项目廉政风险的监督重视不够。\"\n\t\t针对 P2, P3\n"), result.report());
	}

	@Test
	void aMeasureLedByAUnitOrToBeDoneAtOnceSaysSoInItsBrackets() {
		ReportImport.Result result = importText("""
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够。
				二、整改措施
				（一）制定学习计划。每季度研讨一次（由局办公室牵头，2026年6月底前完成）。
				（二）清理超标配车。发现即收回（立行立改）。
				（三）压实责任。由分管领导督办（由主要负责同志牵头，2026年3月底前完成）。
				（四）建强队伍。开展轮训（由局人事科负责，2026年9月底前完成）。
				（五）学深悟透。学习总书记重要讲话（2024年1月8日），每月研讨一次。责任人：张某；完成时限：2024年6月底前。
				（六）立改立行。发现即收回（立行立改）。责任人：李某。
				""");
		List<Draft.Item> measures = result.draft().aspects().get(0).measures();
		assertEquals(List.of("制定学习计划。每季度研讨一次。|局办公室|2026年6月底前", "清理超标配车。发现即收回。||立行立改",
				"压实责任。由分管领导督办。|主要负责同志|2026年3月底前", "建强队伍。开展轮训。|局人事科|2026年9月底前",
				// the date of a speech is no deadline, and labelled fields elsewhere are the ledger's (a second reading)
				"学深悟透。学习总书记重要讲话（2024年1月8日），每月研讨一次。|张某|2024年6月底前", "立改立行。发现即收回（立行立改）。|李某|"),
				measures.stream().map(m -> m.headline() + m.body() + "|" + m.responsible().orElse("") + "|" + m.deadline().orElse("")).toList(),
				result.report());
	}

	@Test
	void measuresKeepTheirResponsibleAndDeadline() {
		String text = """
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习不够。
				二、整改措施
				（一）制定学习计划。每季度研讨一次（责任人：局党组书记；完成时限：2024年6月底前）。
				（二）严格监督。每半年检查一次。责任人：纪检组配合，党组成员、机关党委书记陈某；完成时限：2024年12月底前。
				（三）完善制度。修订3项制度（责任人：局长某某，2024年9月底前）。
				""";
		ReportImport.Result result = importText(text);
		assertTrue(result.report().contains("""
					措施 M1 "制定学习计划。"
						"每季度研讨一次。"
						针对 P1
						责任人 "局党组书记"
						时限 "2024年6月底前"
				"""), result.report());
		// several who answer for it, listed with commas; a date without its label in the brackets
		assertTrue(result.report().contains("""
						责任人 "纪检组配合，党组成员、机关党委书记陈某"
						时限 "2024年12月底前"
				"""), result.report());
		assertTrue(result.report().contains("""
						责任人 "局长某某"
						时限 "2024年9月底前"
				"""), result.report());
	}

	@Test
	void placeholdersAreKeptForTheChecksToFind() {
		String text = """
				对照检查材料
				一、存在的问题
				（一）在理论学习方面
				一是学习党的XX大精神不够深入。
				""";
		ReportImport.Result result = importText(text);
		assertTrue(result.report().contains("问题 P1 \"学习党的XX大精神不够深入。\""), result.report());
		assertTrue(Fixture.codes(fixture.validate(result.report())).contains("duizhao.placeholder"));
	}

	@Test
	void neverThrowsOnOddText() {
		Random random = new Random(7);
		String alphabet = "一二三是（）()1.．、。比如方面问题原因措施\n\n \t\"“”XX*";
		for (int round = 0; round < 300; round++) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < 200; i++) {
				sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			Draft draft = importText(sb.toString()).draft();
			assertTrue(draft.findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.IMPORT_FAILED), sb.toString());
		}
	}
}
