package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Draft.Attachment;
import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.FindingKind;
import org.duizhao.dsl.importer.Draft.Item;
import org.duizhao.dsl.importer.Draft.Place;
import org.duizhao.dsl.importer.Draft.Rule;
import org.duizhao.model.ItemKind;

/**
 * Causes and measures written once for the whole report are placed under aspects by meaning first: each item is
 * scored against each aspect (the aspect's id, label and the hint words the vocabulary gives for them count most,
 * then the words its problems share with the item, weighted by how few aspects use them), and the assignment is
 * solved over all items at once, so that every aspect gets one when there are enough. Position decides only for an
 * item whose words say nothing of any aspect. A choice whose runner-up scores nearly as high is a close call. The
 * problems of a draft with no aspect heading are scored the same way, each placed on its own ({@link #spread}).
 */
final class Attacher {

	/** Below this an item says nothing of any aspect. */
	static final double SILENT = 3.0;
	/** The runner-up within this share of the winner's score makes a close call. */
	static final double CLOSE = 0.8;
	private static final double NAMED = 6.0;
	private static final double HINTED = 3.0;
	private static final double COVER = 1_000.0;
	private static final double ORDER = 0.25;
	/** The aspects' order is kept when it costs at most this share of what the free choice scores. */
	private static final double ORDER_COSTS_AT_MOST = 0.75;
	/** A cause longer than this is a paragraph of its own argument, not a list of roots in one sentence. */
	private static final int CLAUSES_AT_MOST_CHARS = 120;
	private static final Pattern CLAUSE_END = Pattern.compile("[，,；;](?=.)");
	/** Up to this many causes (or measures) the assignment is solved exactly; beyond, greedily. */
	private static final int EXACT_UP_TO = 60;

	private Attacher() {
	}

	/**
	 * Problems written with no aspect heading over them (a 支部's 一是……二是……) go under aspects by what they say: the
	 * draft's own aspects when it has some (its causes grouped by aspect), else the profile's. Unlike causes, no
	 * aspect is given one for completeness' sake: a problem goes where its words point (by its position only when they
	 * point nowhere), and a profile aspect no problem went under is left out, so that the report's checks say it is
	 * missing rather than an aspect be filled with a problem about something else. With no aspect to go under they
	 * stay comments.
	 */
	static Draft spread(Draft draft, ProfileAspects profile, DraftReader.Unit unit) {
		if (draft.problems().isEmpty()) {
			return draft;
		}
		boolean fromProfile = draft.aspects().isEmpty();
		List<Draft.Aspect> targets = fromProfile
				? profile.aspects().stream().map(a -> new Draft.Aspect(Place.NOWHERE, a.label(), Optional.of(a.id()), List.of(), Optional.empty(),
						List.of(), List.of(), List.of())).toList()
				: draft.aspects().stream().filter(a -> a.id().isPresent()).toList();
		Map<Draft.Aspect, List<Item>> problems = new HashMap<>();
		targets.forEach(a -> problems.put(a, new ArrayList<>(a.problems())));
		List<Attachment> attachments = new ArrayList<>(draft.attachments());
		List<Finding> findings = new ArrayList<>(draft.findings());
		List<String> tail = new ArrayList<>(draft.tailNotes());
		place(targets, draft.problems(), ItemKind.PROBLEM, problems, attachments, findings, tail, unit);
		List<Draft.Aspect> aspects = fromProfile
				? targets.stream().filter(a -> !problems.get(a).isEmpty())
						.map(a -> a.withProblems(problems.get(a).get(0).place(), problems.get(a))).toList()
				: draft.aspects().stream().map(a -> problems.containsKey(a) ? a.withProblems(a.place(), problems.get(a)) : a).toList();
		findings.sort((a, b) -> Integer.compare(a.place().offset(), b.place().offset()));
		return draft.spread(aspects, tail, attachments, findings);
	}

	static Draft attach(Draft draft, DraftReader.Unit unit) {
		List<Draft.Aspect> placed = draft.aspects().stream().filter(a -> a.id().isPresent()).toList();
		List<Attachment> attachments = new ArrayList<>(draft.attachments());
		List<Finding> findings = new ArrayList<>(draft.findings());
		List<String> tail = new ArrayList<>(draft.tailNotes());
		Map<Draft.Aspect, List<Item>> causes = new HashMap<>();
		Map<Draft.Aspect, List<Item>> measures = new HashMap<>();
		for (Draft.Aspect aspect : draft.aspects()) {
			causes.put(aspect, new ArrayList<>(aspect.causes()));
			measures.put(aspect, new ArrayList<>(aspect.measures()));
			aspect.causes().forEach(c -> attachments.add(own(ItemKind.CAUSE, c, aspect)));
			aspect.measures().forEach(m -> attachments.add(own(ItemKind.MEASURE, m, aspect)));
		}
		place(placed, sayWhenSeveralAspects(placed, draft.causes(), findings), ItemKind.CAUSE, causes, attachments, findings, tail, unit);
		place(placed, draft.measures(), ItemKind.MEASURE, measures, attachments, findings, tail, unit);
		List<Draft.Aspect> aspects = draft.aspects().stream().map(a -> a.with(causes.get(a), measures.get(a))).toList();
		findings.sort((a, b) -> Integer.compare(a.place().offset(), b.place().offset()));
		return draft.attached(aspects, tail, attachments, findings);
	}

	/**
	 * 主要是理论学习满足于完成任务，担当精神有所减退，纪律规矩意识有所松懈。— one sentence for the whole report whose
	 * clauses name the roots of several aspects goes under one of them, as written; it says so above it, naming the
	 * aspects, for the writer to split it if it is several causes, and so does the summary (the aspects it leaves
	 * without a cause are errors then). (Splitting it by the import was measured on the held-out drafts and read such
	 * sentences worse than leaving them whole.)
	 */
	private static List<Item> sayWhenSeveralAspects(List<Draft.Aspect> aspects, List<Item> causes, List<Finding> findings) {
		if (aspects.size() < 2) {
			return causes;
		}
		return causes.stream().map(cause -> {
			List<String> named = aspectsOfClauses(aspects, cause);
			if (named.size() < 2) {
				return cause;
			}
			String message = ImportMessages.bind(ImportMessages.CauseOfSeveralAspects, DraftReader.excerpt(cause.headline()), String.join("、", named));
			findings.add(new Finding(cause.place(), FindingKind.CLOSE_CALL, message));
			return cause.withNote(message);
		}).toList();
	}

	/** The aspects the clauses of a listing sentence (主要是A，B，C) point to, in their order; none for other sentences. */
	private static List<String> aspectsOfClauses(List<Draft.Aspect> aspects, Item cause) {
		String text = cause.headline() + cause.body();
		boolean lists = ImportVocabulary.get().list("causes.listed").stream().anyMatch(text.strip()::startsWith);
		if (!lists || cause.example().isPresent() || text.length() > CLAUSES_AT_MOST_CHARS) {
			return List.of();
		}
		List<Item> clauses = Arrays.stream(CLAUSE_END.split(text))
				.map(c -> new Item(cause.place(), c, "", Optional.empty(), Optional.empty(), Optional.empty(), List.of())).toList();
		double[][] score = scores(aspects, clauses);
		List<String> named = new ArrayList<>();
		for (double[] clause : score) {
			int best = argmax(clause);
			String id = aspects.get(best).id().orElseThrow();
			if (clause[best] >= SILENT && !named.contains(id)) {
				named.add(id);
			}
		}
		return named;
	}

	private static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

	private static Attachment own(ItemKind kind, Item item, Draft.Aspect aspect) {
		return new Attachment(kind, item, aspect.id(), aspect.id().isPresent() ? Rule.OWN_ASPECT : Rule.NOWHERE, 1, Optional.empty());
	}

	private static void place(List<Draft.Aspect> aspects, List<Item> items, ItemKind kind, Map<Draft.Aspect, List<Item>> into,
			List<Attachment> attachments, List<Finding> findings, List<String> tail, DraftReader.Unit unit) {
		if (items.isEmpty()) {
			return;
		}
		if (aspects.isEmpty()) {
			for (Item item : items) {
				tail.addAll(item.notes());
				// its ledger fields too: the comment is all that is left of it
				tail.add(unit.at(item.place().line()) + "：" + ImportMessages.of(kind) + "：" + item.headline() + item.body()
						+ item.responsible().orElse("") + item.deadline().orElse(""));
				attachments.add(new Attachment(kind, item, Optional.empty(), Rule.NOWHERE, 0, Optional.empty()));
			}
			return;
		}
		double[][] score = scores(aspects, items);
		// the groups' headings are scored only when some item has one: the scoring walks every aspect's problems again
		double[][] grouped = items.stream().noneMatch(i -> i.group().isPresent()) ? new double[items.size()][aspects.size()]
				: scores(aspects, items.stream().map(i -> new Item(i.place(), i.group().orElse(""), "", Optional.empty(), Optional.empty(),
						Optional.empty(), List.of())).toList());
		double[][] heard = new double[score.length][];
		for (int i = 0; i < score.length; i++) {
			// Below the noise of shared common words an item says nothing: the heading of its group (（二）着力提升服务群众
			//水平) may say where it goes, else only its position decides. The group's words never outweigh the item's own,
			// and no close call is made of them.
			boolean silent = Arrays.stream(score[i]).max().orElse(0) < SILENT;
			boolean groupSpeaks = Arrays.stream(grouped[i]).max().orElse(0) >= SILENT;
			heard[i] = !silent ? score[i] : groupSpeaks ? grouped[i] : new double[aspects.size()];
		}
		Choice choice = kind == ItemKind.PROBLEM ? new Choice(where(heard), false) : preferOrder(heard, assign(heard, aspects.size()));
		int[] chosen = choice.aspects();
		// Where the aspects' order agrees with the words, order settles a near tie: no close call to check by hand.
		boolean confirmedByOrder = choice.inOrder();
		int[] under = new int[aspects.size()];
		Arrays.stream(chosen).forEach(a -> under[a]++);
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Draft.Aspect aspect = aspects.get(chosen[i]);
			double best = score[i][chosen[i]];
			int rival = runnerUp(score[i], chosen[i]);
			boolean silent = Arrays.stream(score[i]).max().orElse(0) < SILENT;
			double clarity = silent || rival < 0 ? (rival < 0 ? 1 : 0) : Math.max(0, 1 - score[i][rival] / Math.max(best, 1e-9));
			// placed where its words point less than elsewhere (so that every aspect gets one): said, whatever the order
			int top = argmax(score[i]);
			boolean outscored = !silent && top != chosen[i] && score[i][top] > best;
			boolean close = outscored || !confirmedByOrder && !silent && rival >= 0 && score[i][rival] >= SILENT && score[i][rival] >= CLOSE * best;
			Optional<String> rivalId = close ? aspects.get(outscored ? top : rival).id() : Optional.empty();
			Item placed = item;
			// its words say nothing of any aspect and its place in the list did not put it there either: it is the one
			// under an aspect no other cause or measure went to, so that every aspect has one
			boolean toCover = silent && kind != ItemKind.PROBLEM && chosen[i] != (int) ((long) i * aspects.size() / items.size())
					&& under[chosen[i]] == 1;
			if (close) {
				String message = ImportMessages.bind(outscored ? ImportMessages.PlacedAgainstWords : ImportMessages.CloseCall, ImportMessages.of(kind),
						DraftReader.excerpt(item.headline()), aspect.id().orElseThrow(), rivalId.orElseThrow());
				findings.add(new Finding(item.place(), FindingKind.CLOSE_CALL, message));
				placed = item.withNote(message); // said in the report too, where the writer will look again
			} else if (toCover) {
				// a guess the writer must check
				String message = ImportMessages.bind(ImportMessages.PlacedToCover, ImportMessages.of(kind), DraftReader.excerpt(item.headline()),
						aspect.id().orElseThrow());
				findings.add(new Finding(item.place(), FindingKind.PLACED_BY_POSITION, message));
				placed = item.withNote(message);
			} else if (silent && kind == ItemKind.PROBLEM && aspects.size() > 1) {
				// a problem that names no aspect went where its place in the list put it: a guess the writer must check (a
				// cause or a measure placed so follows the problems' order, as the writer wrote them)
				String message = ImportMessages.bind(ImportMessages.PlacedByPosition, DraftReader.excerpt(item.headline()), aspect.id().orElseThrow());
				findings.add(new Finding(item.place(), FindingKind.PLACED_BY_POSITION, message));
				placed = item.withNote(message);
			}
			into.get(aspect).add(placed);
			attachments.add(new Attachment(kind, placed, aspect.id(), toCover ? Rule.COVER : silent ? Rule.POSITION : Rule.MEANING, clarity, rivalId));
		}
	}

	/** Each item under the aspect it says most of; one that says nothing, under the aspect at its position. */
	private static int[] where(double[][] score) {
		int n = score.length;
		int[] chosen = new int[n];
		for (int i = 0; i < n; i++) {
			int m = score[i].length;
			int best = (int) ((long) i * m / n);
			for (int j = 0; j < m; j++) {
				if (score[i][j] > score[i][best]) {
					best = j;
				}
			}
			chosen[i] = best;
		}
		return chosen;
	}

	private static int runnerUp(double[] row, int chosen) {
		int rival = -1;
		for (int j = 0; j < row.length; j++) {
			if (j != chosen && (rival < 0 || row[j] > row[rival])) {
				rival = j;
			}
		}
		return rival;
	}

	/**
	 * The aspect of each item that makes the summed score largest, every aspect taken at least once while items
	 * remain (a complete report has a cause and a measure for each): an assignment problem with one "first" slot
	 * per aspect worth a large bonus and further slots worth the plain score, solved by the Hungarian method. A
	 * small bonus for the aspect at the item's position breaks ties and decides for items that say nothing.
	 */
	static int[] assign(double[][] score, int m) {
		int n = score.length;
		if (n > EXACT_UP_TO) { // the exact method is O(n³·m)
			return assignLarge(score, m);
		}
		int extra = Math.max(0, n - 1);
		int columns = m + m * extra;
		double[][] value = new double[n][columns];
		for (int i = 0; i < n; i++) {
			int position = (int) ((long) i * m / n);
			for (int c = 0; c < columns; c++) {
				int j = c < m ? c : (c - m) % m;
				value[i][c] = score[i][j] + (c < m ? COVER : 0) + (j == position ? ORDER : 0);
			}
		}
		int[] column = Hungarian.maximise(value);
		int[] chosen = new int[n];
		for (int i = 0; i < n; i++) {
			chosen[i] = column[i] < m ? column[i] : (column[i] - m) % m;
		}
		return chosen;
	}

	/**
	 * The same choice for a draft with hundreds of causes (a merged file, a pasted list), where the exact method
	 * would take too long: each item its best aspect, then each aspect left without one takes the item that loses
	 * least by moving from an aspect that has several.
	 */
	private static int[] assignLarge(double[][] score, int m) {
		int n = score.length;
		int[] chosen = new int[n];
		int[] taken = new int[m];
		for (int i = 0; i < n; i++) {
			int position = (int) ((long) i * m / n);
			for (int j = 0; j < m; j++) {
				double value = score[i][j] + (j == position ? ORDER : 0);
				double best = score[i][chosen[i]] + (chosen[i] == position ? ORDER : 0);
				if (value > best) {
					chosen[i] = j;
				}
			}
			taken[chosen[i]]++;
		}
		for (int j = 0; j < m && n >= m; j++) {
			if (taken[j] == 0) {
				int move = -1;
				for (int i = 0; i < n; i++) {
					if (taken[chosen[i]] > 1 && (move < 0 || score[i][chosen[i]] - score[i][j] < score[move][chosen[move]] - score[move][j])) {
						move = i;
					}
				}
				taken[chosen[move]]--;
				chosen[move] = j;
				taken[j]++;
			}
		}
		return chosen;
	}

	/**
	 * Writers list causes and measures in the order of the aspects. When keeping that order costs little of what the
	 * items say (the summed score within a quarter, and no item that names an aspect sent to one it says little of),
	 * the choice in order wins over the free one, whose freedom then follows shared words by chance; a report that
	 * lists them in another order keeps the free choice.
	 */
	static Choice preferOrder(double[][] score, int[] free) {
		int n = score.length;
		int m = n == 0 ? 0 : score[0].length;
		int[] ordered = inOrder(score, m, n >= m);
		if (ordered == null) {
			return new Choice(free, false);
		}
		double freeTotal = 0;
		double orderedTotal = 0;
		for (int i = 0; i < n; i++) {
			freeTotal += score[i][free[i]];
			orderedTotal += score[i][ordered[i]];
			double best = Arrays.stream(score[i]).max().orElse(0);
			if (best >= NAMED && score[i][ordered[i]] < 0.5 * best) {
				return new Choice(free, false); // an item that names its aspect is not moved for the sake of order
			}
		}
		return orderedTotal >= ORDER_COSTS_AT_MOST * freeTotal ? new Choice(ordered, true) : new Choice(free, false);
	}

	/** The aspect chosen for each item, and whether the aspects' order was kept (rather than the free choice). */
	record Choice(int[] aspects, boolean inOrder) {
	}

	/**
	 * For each item the aspect such that the aspects never go back and the summed score is the largest (dynamic
	 * programming over items × aspects); with {@code cover} every aspect gets at least one; {@code null} if none fits.
	 */
	private static int[] inOrder(double[][] score, int m, boolean cover) {
		int n = score.length;
		if (n == 0 || m == 0 || n * (long) m > 1_000_000L) {
			return null;
		}
		double[][] best = new double[n][m];
		int[][] from = new int[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				best[i][j] = Double.NEGATIVE_INFINITY;
				if (cover && (j > i || m - 1 - j > n - 1 - i)) {
					continue; // too few items before or after to give every aspect one
				}
				if (i == 0) {
					best[i][j] = cover && j > 0 ? Double.NEGATIVE_INFINITY : score[i][j];
					continue;
				}
				for (int k = cover ? Math.max(0, j - 1) : 0; k <= j; k++) {
					if (best[i - 1][k] + score[i][j] > best[i][j]) {
						best[i][j] = best[i - 1][k] + score[i][j];
						from[i][j] = k;
					}
				}
			}
		}
		int j = cover ? m - 1 : 0;
		for (int k = 0; !cover && k < m; k++) {
			if (best[n - 1][k] > best[n - 1][j]) {
				j = k;
			}
		}
		if (best[n - 1][j] == Double.NEGATIVE_INFINITY) {
			return null;
		}
		int[] chosen = new int[n];
		for (int i = n - 1; i >= 0; i--) {
			chosen[i] = j;
			j = from[i][j];
		}
		return chosen;
	}

	/** How much each item says of each aspect. */
	static double[][] scores(List<Draft.Aspect> aspects, List<Item> items) {
		ImportVocabulary words = ImportVocabulary.get();
		int m = aspects.size();
		List<Set<String>> aspectWords = new ArrayList<>();
		List<List<String>> names = new ArrayList<>();
		List<List<String>> hints = new ArrayList<>();
		Map<String, Integer> spread = new HashMap<>();
		for (Draft.Aspect aspect : aspects) {
			StringBuilder text = new StringBuilder(aspect.heading());
			aspect.problems().forEach(p -> text.append(p.text()));
			Set<String> bigrams = bigrams(text.toString());
			aspectWords.add(bigrams);
			bigrams.forEach(w -> spread.merge(w, 1, Integer::sum));
			names.add(nameWords(aspect));
			List<String> hinted = new ArrayList<>();
			for (String key : words.keys("hint.")) {
				String word = key.substring("hint.".length());
				if (aspect.heading().contains(word) || aspect.id().orElse("").contains(word)) {
					hinted.addAll(words.list(key));
				}
			}
			hints.add(hinted);
		}
		double[][] score = new double[items.size()][m];
		for (int i = 0; i < items.size(); i++) {
			String text = items.get(i).headline() + items.get(i).body();
			Set<String> bigrams = bigrams(text);
			for (int j = 0; j < m; j++) {
				for (String word : bigrams) {
					Integer used = spread.get(word);
					if (used != null && used < m && aspectWords.get(j).contains(word)) {
						score[i][j] += Math.log((double) m / used);
					}
				}
				// An aspect with many problems shares more pairs by chance; one with few is not raised for it.
				score[i][j] /= Math.sqrt(Math.max(1.0, aspectWords.get(j).size() / 40.0));
				for (String name : names.get(j)) {
					score[i][j] += text.contains(name) ? NAMED : 0;
				}
				for (String hint : new HashSet<>(hints.get(j))) {
					score[i][j] += text.contains(hint) ? HINTED : 0;
				}
			}
		}
		return score;
	}

	/** The phrases an aspect is named by: its id and the phrases of its heading (强化政治忠诚, 提高政治能力). */
	private static List<String> nameWords(Draft.Aspect aspect) {
		List<String> result = new ArrayList<>();
		aspect.id().filter(id -> id.length() >= 2).ifPresent(result::add);
		for (String phrase : Headings.core(aspect.heading()).split("[、，,；;和及与]")) {
			String bare = Headings.stripLead(phrase.strip());
			if (bare.length() >= 2 && !result.contains(bare)) {
				result.add(bare);
			}
		}
		return result;
	}

	/** Pairs of adjacent Chinese characters: the words of Chinese text without a dictionary. */
	static Set<String> bigrams(String text) {
		String han = text.replaceAll("[^\\p{IsHan}]", "");
		Set<String> result = new HashSet<>();
		for (int i = 0; i + 2 <= han.length(); i++) {
			result.add(han.substring(i, i + 2));
		}
		return result;
	}
}
