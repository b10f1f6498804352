package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.model.FollowupState;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Scope;

/**
 * A report as read from a document, before it is written as a .dzr: what each part holds, where each piece stood
 * in the source, the comments (text without a place in the language) in the order they stood, and what the reading
 * found. Immutable: each step of the import (reading, matching the profile, attaching causes and measures) returns
 * a new draft.
 *
 * @param problems  problems numbered under the problems' heading of a draft with no aspect heading at all (a 支部's
 *                  一是……二是……), not yet under an aspect
 * @param causes    causes written once for the whole report, not yet under an aspect
 * @param measures  measures written once for the whole report, not yet under an aspect
 * @param structure what the source had that the .dzr writes anew: number markers, part and aspect headings, labels
 * @param kept      the parts recognised that are kept as comments labelled with the part (all or what of them the
 *                  reader did not take into entries of the part, as it takes criticisms)
 * @param followups  the statements of 上年度整改: where each of last year's measures stands
 * @param criticisms the criticisms of 相互批评, in the order they stood
 * @param enclosures the attachments the report lists, before or after its signature (附：1.……清单)
 * @param statements the parts the report writes under their own heading (个人有关事项), their paragraphs as written
 */
public record Draft(Head head, List<Aspect> aspects, List<Item> problems, List<Item> cases, List<Item> causes, List<Item> measures,
		List<String> tailNotes, List<Attachment> attachments, List<Finding> findings, List<Piece> structure,
		List<ImportVocabulary.Part> kept, List<Followup> followups, List<Criticism> criticisms, List<Enclosure> enclosures,
		List<Statement> statements) {

	/**
	 * Where a piece of text stood: the line of a text file or the paragraph of a Word document, the 1-based column
	 * (character) in it, and the offset and length in the whole source text (paragraphs joined by line ends).
	 */
	public record Place(int line, int column, int offset, int length) {

		public static final Place NOWHERE = new Place(0, 0, 0, 0);
	}

	/**
	 * Title, subtitle, signature and the texts around the parts; {@code leads}: the words that open a part (导语);
	 * {@code notes}: comments that stand before the preface (同志们：, how a speech opens); {@code headings}: the
	 * parts' headings as written (存在的主要问题).
	 */
	public record Head(Optional<String> title, Optional<String> subtitle, Optional<String> organization,
			Optional<String> author, Optional<String> date, Optional<Scope> scope, Optional<String> preface,
			Optional<String> closing, Map<ItemKind, String> leads, List<String> notes, Map<ItemKind, String> headings) {
	}

	/**
	 * A problem, cause, measure or case: headline (first sentence), body, a 比如/例如 example, ledger fields; and the
	 * heading of the group the writer put it under when that heading names no aspect (（二）着力提升服务群众水平), which
	 * says what it is about when it does not say so itself.
	 */
	public record Item(Place place, String headline, String body, Optional<String> example, Optional<String> responsible,
			Optional<String> deadline, List<String> notes, Optional<String> group) {

		public Item(Place place, String headline, String body, Optional<String> example, Optional<String> responsible,
				Optional<String> deadline, List<String> notes) {
			this(place, headline, body, example, responsible, deadline, notes, Optional.empty());
		}

		/** The same item with one more comment before it. */
		public Item withNote(String note) {
			List<String> more = new ArrayList<>(notes);
			more.add(note);
			return new Item(place, headline, body, example, responsible, deadline, List.copyOf(more), group);
		}

		public Item withDeadline(Optional<String> newDeadline) {
			return new Item(place, headline, body, example, responsible, newDeadline, notes, group);
		}

		/** All its text, for comparing items by their words. */
		public String text() {
			return headline + body + example.orElse("");
		}
	}

	/**
	 * An aspect heading and what stands under it; {@code id} is the aspect of the profile the report follows, empty
	 * when the heading matched none (its text is then kept as comments); {@code lead}: its words before the first
	 * problem.
	 */
	public record Aspect(Place place, String heading, Optional<String> id, List<String> notes, Optional<String> lead,
			List<Item> problems, List<Item> causes, List<Item> measures) {

		public Aspect withId(Optional<String> newId) {
			return new Aspect(place, heading, newId, notes, lead, problems, causes, measures);
		}

		public Aspect withProblems(Place newPlace, List<Item> newProblems) {
			return new Aspect(newPlace, heading, id, notes, lead, List.copyOf(newProblems), causes, measures);
		}

		public Aspect with(List<Item> newCauses, List<Item> newMeasures) {
			return new Aspect(place, heading, id, notes, lead, problems, newCauses, newMeasures);
		}
	}

	/** How a problem, cause or measure came under its aspect. */
	public enum Rule {
		/** Written under the aspect itself. */
		OWN_ASPECT,
		/** Written for the whole report (a problem: in a draft with no aspect heading); placed by what it says. */
		MEANING,
		/** Written for the whole report; its words say nothing of any aspect, so its position decided. */
		POSITION,
		/** Written for the whole report, its words saying nothing of any aspect: under one no other went to, so that each has one. */
		COVER,
		/** No aspect to place it under: kept as a comment. */
		NOWHERE
	}

	/**
	 * Where a cause or measure went and why: {@code clarity} is how far the chosen aspect's score stands above the
	 * next one's (1 = no rival, 0 = a tie), {@code rival} the runner-up when the choice was close.
	 */
	public record Attachment(ItemKind kind, Item item, Optional<String> aspect, Rule rule, double clarity,
			Optional<String> rival) {
	}

	/** A statement of 上年度整改: where one of last year's measures stands, and why it is not finished when it says. */
	public record Followup(Place place, Optional<FollowupState> state, String text, Optional<String> reason) {
	}

	/**
	 * A criticism of 相互批评: given to a colleague ({@code received} false) or received, the colleague as written
	 * (党组书记、局长陈某; 同志们 when the text names none) and the name without titles (陈某), what was said and, for a
	 * received one, the writer's response.
	 */
	public record Criticism(Place place, boolean received, String person, String name, String text, Optional<String> response) {
	}

	/** An attachment the report lists (附件：1.……): its name, which the report's 附件 gives. */
	public record Enclosure(String name) {
	}

	/**
	 * A part under its own heading (个人有关事项说明), as the heading names it, and its paragraphs; {@code part} is
	 * the part the heading was known by, none for a heading the importer did not know (五、其他说明).
	 */
	public record Statement(Place place, Optional<ImportVocabulary.Part> part, String heading, List<String> paragraphs) {
	}

	/** What kind of finding: tools and tests tell them apart by this, people by the message. */
	public enum FindingKind {
		NUMBER_ORDER, NUMBER_TWICE, NUMBER_GAP, UNPLACED, UNKNOWN_HEADING, ASPECT_NOT_IN_PROFILE, CLOSE_CALL, PLACED_BY_POSITION,
		DEADLINE_YEAR, IMPORT_FAILED, NOTHING_RECOGNISED
	}

	/** A finding about the source, at the exact place of the text that caused it. */
	public record Finding(Place place, FindingKind kind, String message) {
	}

	/** A piece of the source the .dzr writes anew (a number marker, a heading, a label). */
	public record Piece(Place place, String text) {
	}

	public Draft withAspects(List<Aspect> newAspects, List<Finding> newFindings) {
		return new Draft(head, newAspects, problems, cases, causes, measures, tailNotes, attachments, newFindings, structure, kept, followups,
				criticisms, enclosures, statements);
	}

	/** The same parts with their items changed in place (what was said of them told of the changed items). */
	public Draft with(List<Aspect> newAspects, List<Attachment> newAttachments, List<Finding> newFindings) {
		return new Draft(head, newAspects, problems, cases, causes, measures, tailNotes, newAttachments, newFindings, structure, kept, followups,
				criticisms, enclosures, statements);
	}

	/** The problems of the whole report placed under the aspects given (which replace the draft's, none). */
	public Draft spread(List<Aspect> newAspects, List<String> newTailNotes, List<Attachment> newAttachments, List<Finding> newFindings) {
		return new Draft(head, newAspects, List.of(), cases, causes, measures, newTailNotes, newAttachments, newFindings, structure, kept,
				followups, criticisms, enclosures, statements);
	}

	public Draft attached(List<Aspect> newAspects, List<String> newTailNotes, List<Attachment> newAttachments,
			List<Finding> newFindings) {
		return new Draft(head, newAspects, List.of(), cases, List.of(), List.of(), newTailNotes, newAttachments, newFindings, structure, kept,
				followups, criticisms, enclosures, statements);
	}
}
