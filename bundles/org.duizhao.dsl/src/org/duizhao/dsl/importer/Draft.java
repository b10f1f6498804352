package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as read from a document in the traditional layout, before it is written as a .dzr: what each part
 * holds, the source line of each piece, and the comments (text that had no place) in the order they stood.
 */
public final class Draft {

	/** A problem, cause, measure or case: headline (first sentence), body, and a 比如/例如 example. */
	public static final class Entry {
		public final int line;
		public String headline;
		public String body = "";
		public String example;
		/** A measure's 责任人 and 时限, when the source names them. */
		public String responsible;
		public String deadline;
		/** Comments that stood before it in the source. */
		public final List<String> notes = new ArrayList<>();

		Entry(int line, String headline) {
			this.line = line;
			this.headline = headline;
		}
	}

	/** An aspect heading of the problems part and what stands under it. */
	public static final class Aspect {
		public final int line;
		public final String heading;
		/** The aspect id in the profile the report follows; {@code null} when none matched. */
		public String id;
		public final List<String> notes = new ArrayList<>();
		public final List<Entry> problems = new ArrayList<>();
		public final List<Entry> causes = new ArrayList<>();
		public final List<Entry> measures = new ArrayList<>();

		Aspect(int line, String heading) {
			this.line = line;
			this.heading = heading;
		}
	}

	/** How a cause or measure written for the whole report was given an aspect (for the summary). */
	public record Attachment(String kind, int line, String headline, String aspect, String how) {
	}

	/** A finding about the source: its line (TXT) or paragraph (DOCX) number and what is wrong. */
	public record Finding(int line, String message) {
	}

	public String title;
	public String subtitle;
	public String organization;
	public String date;
	public String scope;
	public String preface;
	public String closing;
	public final List<String> headNotes = new ArrayList<>();
	public final List<Aspect> aspects = new ArrayList<>();
	public final List<Entry> cases = new ArrayList<>();
	/** Causes and measures as written, for the whole report, before they are attached to aspects. */
	public final List<Entry> causes = new ArrayList<>();
	public final List<Entry> measures = new ArrayList<>();
	public final List<String> tailNotes = new ArrayList<>();
	public final List<Attachment> attachments = new ArrayList<>();
	public final List<Finding> findings = new ArrayList<>();
}
