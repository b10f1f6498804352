package org.duizhao.cli;

/** {@code --depth on|off}: whether the checks of substance (审核提示) run. */
final class Depth extends Choice<Depth.Setting> {

	enum Setting {
		ON, OFF
	}

	Depth() {
		super(CliMessages.UnknownDepth, Setting.values(), Choice::word);
	}
}
