package org.duizhao.dsl.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 有同志指出…… / 也有同志提出…… / 大家认为……: words that open a criticism received and say themselves that colleagues
 * not named spoke. The importer reads such a criticism as one from 同志们; the export does not label it 同志们： again.
 */
public final class UnnamedSpeakers {

	private static final Pattern SPEAKS = Pattern
			.compile("^\\s*(?:也|还|另外)?(?:有(?:的|个别|一些|几位)?同志(?:们)?|大家|同志们)(?=指出|提出|批评|认为|提醒|反映|说)");

	private UnnamedSpeakers() {
	}

	/** Where the words that say who spoke end, or -1 when the text does not open so. */
	public static int end(String text) {
		Matcher m = SPEAKS.matcher(text);
		return m.lookingAt() ? m.end() : -1;
	}
}
