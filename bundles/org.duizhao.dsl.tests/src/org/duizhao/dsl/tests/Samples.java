package org.duizhao.dsl.tests;

import java.util.Map;

/** Texts the tests start from: a small report that passes every check, and the profile it follows. */
public final class Samples {

	public static final String PROFILE_FILE = "profiles.dzlib";

	/** Two aspects, both ledger fields required, ledger findings as errors. */
	public static final String PROFILE = """
			问题库 "测试方案库"
			方案 双方面 "两个方面的测试方案" {
				方面 学习 "理论学习"
				方面 作风 "工作作风"
				必填 责任人 时限
				级别 错误
			}
			""";

	public static final String VALID = """
			报告 "测试班子对照检查材料"
			单位 "青川县交通运输局党组"
			类型 班子
			依据 双方面
			前言 "按照要求，班子认真查摆问题。"

			方面 学习 {
				问题 P1 "理论学习不够深入。" "今年6次集中学习都停留在读原文，联系实际不够。"
				原因 C1 "思想上重视不够。" "没有把学习摆在首位。" 针对 P1
				措施 M1 "健全学习制度。" "每月集中学习一次。" 针对 P1 责任人 "王强" 时限 "2024-06-30"
			}

			方面 作风 {
				问题 P2 "调查研究不够扎实。" "全年到基层只有4次，听汇报多。"
				原因 C2 "宗旨意识有所淡化。" "对群众冷暖关心不够。" 针对 P2
				措施 M2 "改进调研方式。" "每季度到基层蹲点一周。" 针对 P2, C2 责任人 "李华" 时限 "2024年9月底前"
			}
			""";

	public static Map<String, String> withProfile() {
		return Map.of(PROFILE_FILE, PROFILE);
	}

	private Samples() {
	}
}
