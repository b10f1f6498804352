package org.duizhao.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	private void assertFormatted(String messy, String expected) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(messy);
			request.setExpectation(expected);
			request.setUseSerializer(false);
		});
	}

	@Test
	void thePartsHeadingsAndLeadsAreLinesOfTheirOwnAfterABlankLine() {
		assertFormatted("""
				报告 "材料" 前言 "前言。" 标题   问题 "存在的主要问题" 标题 措施 "下一步整改措施" 导语 问题   "对照查摆：" 方面 学习 { }
				""", """
				报告 "材料"

				前言 "前言。"

				标题 问题 "存在的主要问题"
				标题 措施 "下一步整改措施"
				导语 问题 "对照查摆："

				方面 学习 {
				}
				""");
	}

	@Test
	void aPersonalReportsSignatureIsAPartAfterABlankLine() {
		assertFormatted("""
				报告 "个人对照检查材料" 类型 个人 日期 "2025年1月8日" 结语 "以上。" 落款   "张明"
				   "2025年1月8日"
				""", """
				报告 "个人对照检查材料"
				类型 个人
				日期 "2025年1月8日"

				结语 "以上。"

				落款 "张明" "2025年1月8日"
				""");
	}

	@Test
	void thePartsOfLastYearOpinionsCriticismAndStatementsAreBlocksOfOneLineEntries() {
		assertFormatted("""
				报告 "材料" 前言 "前言。" 上年度整改 "2024.dzr"   "28条已完成25条。" { 整改 M1 已完成   "已完成。" 整改 M2 未完成 "未完成。"
				原因 "汛期。" }
				征求意见 共  2 条   "会前发放征求意见表。" { 意见 Y1 "意见。" 认领 P1 ,P2 意见 Y2 "意见二。" 说明 "说明。" 结语   "均已认领。" }
				相互批评 { 对 "张明" "迟到。" 来自 "李红" "下村少。" 回应 "多下村。" } 说明   "个人有关事项"{"如实报告。"   "无经商。"}
				说明 "谈话函询情况" { }
				""", """
				报告 "材料"

				前言 "前言。"

				上年度整改 "2024.dzr" "28条已完成25条。" {
					整改 M1 已完成 "已完成。"
					整改 M2 未完成 "未完成。" 原因 "汛期。"
				}

				征求意见 共 2 条 "会前发放征求意见表。" {
					意见 Y1 "意见。" 认领 P1, P2
					意见 Y2 "意见二。" 说明 "说明。"
					结语 "均已认领。"
				}

				相互批评 {
					对 "张明" "迟到。"
					来自 "李红" "下村少。" 回应 "多下村。"
				}

				说明 "个人有关事项" {
					"如实报告。"
					"无经商。"
				}

				说明 "谈话函询情况" {
				}
				""");
	}

	@Test
	void theAttachmentsAreOneLineAfterTheClosing() {
		assertFormatted("""
				报告 "个人对照检查材料" 结语 "以上。" 附件   "征求意见建议清单" ,"个人整改台账" 落款 "张明"
				""", """
				报告 "个人对照检查材料"

				结语 "以上。"

				附件 "征求意见建议清单", "个人整改台账"

				落款 "张明"
				""");
	}

	@Test
	void theLeadsOfThePartsStandTogetherAndAnAspectsLeadFirstInIt() {
		assertFormatted("""
				报告 "材料" 前言 "前言。" 导语   问题 "查摆如下：" 导语 原因
				"剖析如下。" 方面 理论学习 {   导语   "学习不深。" 问题 P1 "学习不够深入。" }
				""", """
				报告 "材料"

				前言 "前言。"

				导语 问题 "查摆如下："
				导语 原因 "剖析如下。"

				方面 理论学习 {
					导语 "学习不深。"
					问题 P1 "学习不够深入。"
				}
				""");
	}

	@Test
	void laysOutAReportCanonically() {
		String messy = """
				报告   "材料" 单位 "青川县交通运输局党组" 类型 班子
				依据 主题教育2023 前言 "前言。"
				方面 理论学习 { 问题 P1 "学习不够深入。" "正文。" 例如 "如，很少读原著。"
				原因 C1 "重视不够。" 针对 P1
				    措施 M1 "健全制度。"   针对 P1 ,C1 责任人 "王强" 时限 "2024-06-30" }
				方面 政治素质 {
				}
				案例 "某局案例" "对照检查。"
				结语 "以上是对照检查。"
				""";
		String expected = """
				报告 "材料"
				单位 "青川县交通运输局党组"
				类型 班子
				依据 主题教育2023

				前言 "前言。"

				方面 理论学习 {
					问题 P1 "学习不够深入。"
						"正文。"
						例如 "如，很少读原著。"
					原因 C1 "重视不够。"
						针对 P1
					措施 M1 "健全制度。"
						针对 P1, C1
						责任人 "王强"
						时限 "2024-06-30"
				}

				方面 政治素质 {
				}

				案例 "某局案例"
					"对照检查。"

				结语 "以上是对照检查。"
				""";
		assertFormatted(messy, expected);
	}

	@Test
	void laysOutALibraryWithAProfile() {
		String messy = """
				问题库 "库" 来源 "整理"
				方案 两方面 "测试" { 方面 学习 "理论学习" 方面 作风
				必填 责任人   时限 级别 错误 }
				方面 学习 { 问题 L1 "学习不深。" "正文。" 标签 "学习" ,"深度" }
				""";
		String expected = """
				问题库 "库"
				来源 "整理"

				方案 两方面 "测试" {
					方面 学习 "理论学习"
					方面 作风
					必填 责任人 时限
					级别 错误
				}

				方面 学习 {
					问题 L1 "学习不深。"
						"正文。"
						标签 "学习", "深度"
				}
				""";
		assertFormatted(messy, expected);
	}
}
