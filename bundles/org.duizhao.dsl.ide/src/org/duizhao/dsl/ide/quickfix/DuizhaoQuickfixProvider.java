package org.duizhao.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duizhao.dsl.ide.quickfix.ReportEdits.Insertion;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.previous.LastYearReports;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.text.Names;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.text.Typography;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Aspect;
import org.duizhao.model.Criticism;
import org.duizhao.model.Followup;
import org.duizhao.model.FollowupState;
import org.duizhao.model.Item;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Opinion;
import org.duizhao.model.PartLead;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Quick fixes as text edits. Some fixes come in one variant per target (one per missing aspect, one per cause that
 * could take a 针对), which needs the diagnostic while the fixes are collected; Xtext hands fix methods only the
 * acceptor, so the diagnostic and its context are kept for the duration of {@link #getResolutions}.
 */
public class DuizhaoQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private record Request(Options options, Diagnostic diagnostic) {
	}

	private final ThreadLocal<Request> request = new ThreadLocal<>();


	@Inject
	private ProfileResolver profileResolver;

	@Inject
	private EObjectAtOffsetHelper eObjectAtOffsetHelper;

	@Inject
	private Libraries libraries;

	@Inject
	private LibraryInsertion libraryInsertion;

	@Inject
	private LastYearReports lastYearReports;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		request.set(new Request(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			request.remove();
		}
	}

	// ---- completeness --------------------------------------------------------------------------------------

	/** 导语 written twice for a part: its words go on after the first lead's, and the second is removed with its line. */
	@QuickFix(IssueCodes.DUPLICATE_LEAD)
	public void mergeLeads(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.MergeLeads, (diagnostic, object, document) -> {
			PartLead second = EcoreUtil2.getContainerOfType(object, PartLead.class);
			PartLead first = reportOf(second).getLeads().stream().filter(l -> l.getPart() == second.getPart()).findFirst().orElseThrow();
			INode firstText = NodeModelUtils.findNodesForFeature(first, Literals.PART_LEAD__TEXT).get(0);
			INode secondNode = NodeModelUtils.findActualNodeFor(second);
			String contents = document.getContents();
			int from = secondNode.getOffset();
			while (from > 0 && (contents.charAt(from - 1) == ' ' || contents.charAt(from - 1) == '\t')) {
				from--;
			}
			if (from > 0 && contents.charAt(from - 1) == '\n') {
				from--;
			}
			if (from > 0 && contents.charAt(from - 1) == '\r') {
				from--;
			}
			String merged = StringLiteral.quoted(Typography.beforeMore(StringLiteral.joined(first.getText()))
					+ StringLiteral.joined(second.getText()));
			return List.of(new TextEdit(new Range(document.getPosition(firstText.getOffset()), document.getPosition(firstText.getEndOffset())), merged),
					new TextEdit(new Range(document.getPosition(from), document.getPosition(secondNode.getEndOffset())), ""));
		});
	}

	@QuickFix(IssueCodes.MISSING_ASPECT)
	public void addMissingAspects(DiagnosticResolutionAcceptor acceptor) {
		List<String> names = issueData();
		for (String name : names) {
			acceptor.accept(Messages.bind(QuickfixMessages.AddAspect, name),
					(diagnostic, object, document) -> edits(document, sections(reportOf(object), List.of(name))));
		}
		if (names.size() > 1) {
			acceptor.accept(Messages.bind(QuickfixMessages.AddAllAspects, String.join("、", names)),
					(diagnostic, object, document) -> edits(document, sections(reportOf(object), names)));
		}
	}

	@QuickFix(IssueCodes.SECTION_WITHOUT_PROBLEMS)
	public void insertProblem(DiagnosticResolutionAcceptor acceptor) {
		insertInto(acceptor, ItemKind.PROBLEM, QuickfixMessages.InsertProblem);
	}

	@QuickFix(IssueCodes.SECTION_WITHOUT_CAUSES)
	public void insertCause(DiagnosticResolutionAcceptor acceptor) {
		insertInto(acceptor, ItemKind.CAUSE, QuickfixMessages.InsertCause);
	}

	@QuickFix(IssueCodes.SECTION_WITHOUT_MEASURES)
	public void insertMeasure(DiagnosticResolutionAcceptor acceptor) {
		insertInto(acceptor, ItemKind.MEASURE, QuickfixMessages.InsertMeasure);
	}

	/** For a section lacking a kind of item: the library items of its aspect, then an item to fill in. */
	private void insertInto(DiagnosticResolutionAcceptor acceptor, ItemKind kind, String emptyLabel) {
		libraryItems(acceptor, kind);
		acceptor.accept(emptyLabel, (diagnostic, object, document) -> {
			Section section = sectionOf(object);
			Report report = reportOf(section);
			List<String> problems = names(section.getProblems());
			String item = switch (kind) {
			case PROBLEM -> ItemTemplates.problem(Ids.fresh(report, kind, new HashSet<>()));
			case CAUSE -> cause(report, problems, new HashSet<>());
			case MEASURE -> measure(report, problems, new HashSet<>());
			};
			return edits(document, List.of(ReportEdits.itemIntoSection(section, item, document.getContents())));
		});
	}

	/** Offers each cause of the problem's section to take the missing 针对, or a new cause for it. */
	@QuickFix(IssueCodes.PROBLEM_WITHOUT_CAUSE)
	public void linkCause(DiagnosticResolutionAcceptor acceptor) {
		linkProblem(acceptor, Section::getCauses, Literals.CAUSE__EXPLAINS, QuickfixMessages.LinkCause,
				QuickfixMessages.InsertCauseFor, (report, problem) -> cause(report, List.of(problem), new HashSet<>()));
	}

	/** Offers each measure of the problem's section to take the missing 针对, or a new measure for it. */
	@QuickFix(IssueCodes.PROBLEM_WITHOUT_MEASURE)
	public void linkMeasure(DiagnosticResolutionAcceptor acceptor) {
		linkProblem(acceptor, Section::getMeasures, Literals.MEASURE__ANSWERS, QuickfixMessages.LinkMeasure,
				QuickfixMessages.InsertMeasureFor, (report, problem) -> measure(report, List.of(problem), new HashSet<>()));
	}

	/**
	 * For a problem nothing links to: one fix per item of its section that could link to it (adding the problem to
	 * the item's 针对), and one that inserts a new item linked to it.
	 */
	private void linkProblem(DiagnosticResolutionAcceptor acceptor, Function<Section, List<? extends Item>> candidates,
			EReference links, String linkLabel, String insertLabel, BiFunction<Report, String, String> newItem) {
		Problem problem = subject(Problem.class);
		if (problem == null) {
			return;
		}
		for (Item candidate : candidates.apply((Section) problem.eContainer())) {
			String name = candidate.getName();
			acceptor.accept(Messages.bind(linkLabel, name, problem.getName()), (diagnostic, object, document) -> {
				Item target = byName(candidates.apply(sectionOf(object)), name);
				return edits(document, List.of(ReportEdits.referenceInto(target, links, ((Problem) object).getName())));
			});
		}
		acceptor.accept(Messages.bind(insertLabel, problem.getName()), (diagnostic, object, document) -> {
			Problem p = (Problem) object;
			String item = newItem.apply(reportOf(p), p.getName());
			return edits(document, List.of(ReportEdits.itemIntoSection(sectionOf(p), item, document.getContents())));
		});
	}

	/**
	 * One fix per library item of the section's aspect and the missing kind, items this report has not used yet
	 * first. The item goes in with a fresh id, the 针对 links and ledger fields it needs, and 来自 naming its library.
	 */
	private void libraryItems(DiagnosticResolutionAcceptor acceptor, ItemKind kind) {
		Section section = subject(Section.class);
		if (section == null || !Reports.isResolved(section.getAspect())) {
			return;
		}
		Report report = reportOf(section);
		Set<String> usedHeadlines = new HashSet<>();
		Reports.items(report).forEach(i -> usedHeadlines.add(NearDuplicates.normalise(i.getHeadline())));
		List<Libraries.Entry> entries = new ArrayList<>(libraries.items(report, section.getAspect().getName(), kind));
		entries.sort(Comparator.comparing(e -> usedHeadlines.contains(NearDuplicates.normalise(e.item().getHeadline()))));
		for (Libraries.Entry entry : entries) {
			boolean used = usedHeadlines.contains(NearDuplicates.normalise(entry.item().getHeadline()));
			acceptor.accept(Messages.bind(used ? QuickfixMessages.LibraryItemUsed : QuickfixMessages.LibraryItem,
					entry.item().getHeadline(), entry.origin()),
					(diagnostic, object, document) -> edits(document,
							List.of(libraryInsertion.intoSection(sectionOf(object), entry.item(), entry.origin(), document.getContents()))));
		}
	}

	/**
	 * Selects the placeholder so that typing replaces it: the edit rewrites the placeholder as it is, and editors
	 * select the range of an edit that leaves its text unchanged. Cancelling loses nothing.
	 */
	@QuickFix(IssueCodes.PLACEHOLDER)
	public void selectPlaceholder(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.FillPlaceholder,
				(diagnostic, object, document) -> createTextEdit(diagnostic, document.getSubstring(diagnostic.getRange())));
	}

	// ---- ledger ----------------------------------------------------------------------------------------------

	@QuickFix(IssueCodes.MISSING_RESPONSIBLE)
	public void addResponsible(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.AddResponsible, (diagnostic, object, document) -> edits(document,
				List.of(ReportEdits.atEndOf(object, " " + ReportSyntax.name(Keyword.OWNER, ItemTemplates.TO_FILL)))));
	}

	@QuickFix(IssueCodes.MISSING_DEADLINE)
	public void addDeadline(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.AddDeadline, (diagnostic, object, document) -> edits(document,
				List.of(ReportEdits.atEndOf(object, " " + ReportSyntax.name(Keyword.DEADLINE, ItemTemplates.TO_FILL)))));
	}

	// ---- parts: 上年度整改, 征求意见, 相互批评, 落款 ----------------------------------------------------------------

	@QuickFix(IssueCodes.MISSING_PART)
	public void addPart(DiagnosticResolutionAcceptor acceptor) {
		for (String name : issueData()) {
			Part part = Part.valueOf(name);
			acceptor.accept(Messages.bind(QuickfixMessages.AddPart, part.word()), (diagnostic, object, document) -> {
				Report report = reportOf(object);
				String text = ItemTemplates.part(part, report.getOrganization(), report.getScope());
				return edits(document, List.of(ReportEdits.partIntoReport(report, featureOf(part), text)));
			});
		}
	}

	/**
	 * On 上年度整改: the measures of last year's report it leaves out, inserted from that file with their states
	 * from its ledger. On one 整改 without a state: each state to choose.
	 */
	@QuickFix(IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS)
	public void followUpMeasures(DiagnosticResolutionAcceptor acceptor) {
		List<String> missing = issueData();
		if (missing.isEmpty()) {
			for (FollowupState state : FollowupState.VALUES) {
				acceptor.accept(Messages.bind(QuickfixMessages.SetFollowupState, state.getLiteral()), (diagnostic, object, document) -> {
					Followup followup = EcoreUtil2.getContainerOfType(object, Followup.class);
					String reason = state == FollowupState.NOT_DONE ? " " + ReportSyntax.name(Keyword.REASON, ItemTemplates.TO_FILL) : "";
					return edits(document, List.of(new Insertion(
							NodeModelUtils.findNodesForFeature(followup, Literals.FOLLOWUP__MEASURE).get(0).getEndOffset(),
							" " + state.getLiteral()), ReportEdits.atEndOf(followup, reason)));
				});
			}
			return;
		}
		acceptor.accept(Messages.bind(QuickfixMessages.AddFollowups, String.join("、", missing)), (diagnostic, object, document) -> {
			PreviousRectification previous = EcoreUtil2.getContainerOfType(object, PreviousRectification.class);
			if (!(lastYearReports.load(reportOf(previous), previous.getReport()) instanceof LastYearReports.Found found)) {
				return List.of();
			}
			List<String> lines = new ArrayList<>();
			for (String id : missing) {
				found.report().measure(id).ifPresent(m -> lines.add(ItemTemplates.followup(id, m.headline(), m.state())));
			}
			return edits(document, List.of(ReportEdits.lineIntoBlock(previous, previous.getFollowups(), String.join("\n", lines),
					document.getContents())));
		});
	}

	@QuickFix(IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON)
	public void addReason(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.AddReason, (diagnostic, object, document) -> edits(document,
				List.of(ReportEdits.atEndOf(object, " " + ReportSyntax.name(Keyword.REASON, ItemTemplates.TO_FILL)))));
	}

	@QuickFix(IssueCodes.OPINION_NOT_TAKEN_UP)
	public void answerOpinion(DiagnosticResolutionAcceptor acceptor) {
		Opinion opinion = subject(Opinion.class);
		Report report = opinion == null ? null : reportOf(opinion);
		if (report != null) {
			for (Problem problem : Reports.problems(report)) {
				String name = problem.getName();
				acceptor.accept(Messages.bind(QuickfixMessages.ClaimOpinion, name, opinion.getName()), (diagnostic, object, document) -> {
					Opinion o = EcoreUtil2.getContainerOfType(object, Opinion.class);
					return edits(document, List.of(ReportEdits.atEndOf(o, " " + ReportSyntax.name(Keyword.CLAIMED, name))));
				});
			}
		}
		acceptor.accept(QuickfixMessages.AnswerOpinion, (diagnostic, object, document) -> edits(document,
				List.of(ReportEdits.atEndOf(EcoreUtil2.getContainerOfType(object, Opinion.class),
						" " + ReportSyntax.name(Keyword.ANSWER, ItemTemplates.TO_FILL)))));
	}

	@QuickFix(IssueCodes.OPINION_COUNT)
	public void correctCount(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = issueData();
		if (data.isEmpty()) {
			return;
		}
		acceptor.accept(Messages.bind(QuickfixMessages.CorrectCount, data.get(0)),
				(diagnostic, object, document) -> createTextEdit(diagnostic, data.get(0)));
	}

	@QuickFix(IssueCodes.CRITICISM_WITHOUT_RESPONSE)
	public void respond(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.AddResponse, (diagnostic, object, document) -> edits(document,
				List.of(ReportEdits.atEndOf(EcoreUtil2.getContainerOfType(object, Criticism.class),
						" " + ReportSyntax.name(Keyword.RESPONSE, ItemTemplates.TO_FILL)))));
	}

	// ---- substance ------------------------------------------------------------------------------------------

	/** 泛泛而谈: a place for the fact a reviewer asks for, after the problem's texts (例如 comes before 来自). */
	@QuickFix(IssueCodes.DEPTH_VAGUE)
	public void addExample(DiagnosticResolutionAcceptor acceptor) {
		Problem problem = subject(Problem.class);
		if (problem == null || problem.getExample() != null) {
			return;
		}
		acceptor.accept(QuickfixMessages.AddExample, (diagnostic, object, document) -> {
			Problem p = EcoreUtil2.getContainerOfType(object, Problem.class);
			return edits(document, List.of(ReportEdits.afterTexts(p, " " + ReportSyntax.name(Keyword.EXAMPLE,
					"\"" + Placeholders.TO_FILL_FACT + "\""))));
		});
	}

	private static EStructuralFeature featureOf(Part part) {
		return switch (part) {
		case PREVIOUS -> Literals.REPORT__PREVIOUS;
		case OPINIONS -> Literals.REPORT__OPINIONS;
		case CASE -> Literals.REPORT__CASES;
		case CRITICISM -> Literals.REPORT__CRITICISM;
		case SIGNATURE -> Literals.REPORT__SIGNATURE;
		};
	}

	// ---- typography ------------------------------------------------------------------------------------------

	@QuickFix(IssueCodes.HALF_WIDTH_PUNCTUATION)
	public void useFullWidth(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = issueData();
		if (data.isEmpty()) {
			return;
		}
		String replacement = data.get(IssueCodes.DATA_REPLACEMENT);
		acceptor.accept(Messages.bind(QuickfixMessages.UseFullWidth, replacement),
				(diagnostic, object, document) -> createTextEdit(diagnostic, replacement));
	}

	@QuickFix(IssueCodes.NAME_SEPARATOR)
	public void useNameSeparator(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.bind(QuickfixMessages.UseNameSeparator, Names.SEPARATOR),
				(diagnostic, object, document) -> createTextEdit(diagnostic, Names.SEPARATOR));
	}

	@QuickFix(IssueCodes.FULL_WIDTH_DIGIT)
	public void useHalfWidthDigits(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = issueData();
		if (!data.isEmpty()) {
			String replacement = data.get(IssueCodes.DATA_REPLACEMENT);
			acceptor.accept(Messages.bind(QuickfixMessages.UseHalfWidthDigits, replacement),
					(diagnostic, object, document) -> createTextEdit(diagnostic, replacement));
		}
	}

	@QuickFix(IssueCodes.SPACE_BETWEEN_HAN)
	public void removeSpace(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(QuickfixMessages.RemoveSpace, (diagnostic, object, document) -> createTextEdit(diagnostic, ""));
	}

	// ---- building blocks -------------------------------------------------------------------------------------

	private List<Insertion> sections(Report report, List<String> aspectNames) {
		Profile profile = profileResolver.effectiveProfile(report);
		Set<String> reserved = new HashSet<>();
		List<Insertion> result = new ArrayList<>();
		for (Aspect aspect : profile.getAspects()) {
			if (aspectNames.contains(aspect.getName())) {
				result.add(ReportEdits.sectionIntoReport(report, aspect, skeleton(report, aspect, reserved)));
			}
		}
		return result;
	}

	private String skeleton(Report report, Aspect aspect, Set<String> reserved) {
		return ItemTemplates.section(aspect, profileResolver.effectiveProfile(report), Ids.fresh(report, "P", reserved),
				Ids.fresh(report, "C", reserved), Ids.fresh(report, "M", reserved));
	}

	private String cause(Report report, List<String> explains, Set<String> reserved) {
		return ItemTemplates.cause(Ids.fresh(report, "C", reserved), explains);
	}

	private String measure(Report report, List<String> answers, Set<String> reserved) {
		return ItemTemplates.measure(Ids.fresh(report, "M", reserved), answers, profileResolver.effectiveProfile(report));
	}

	private static List<String> names(List<? extends Item> items) {
		return items.stream().map(Item::getName).filter(n -> n != null).toList();
	}

	private static Item byName(List<? extends Item> items, String name) {
		return items.stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private static Report reportOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Report.class);
	}

	private static Section sectionOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Section.class);
	}

	/** Edits for a list of insertions; insertions at one offset are joined so their order is kept. */
	static List<TextEdit> edits(Document document, List<Insertion> insertions) {
		Map<Integer, StringBuilder> byOffset = new LinkedHashMap<>();
		for (Insertion insertion : insertions) {
			byOffset.computeIfAbsent(insertion.offset(), o -> new StringBuilder()).append(insertion.text());
		}
		return byOffset.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
				.map(e -> new TextEdit(new Range(document.getPosition(e.getKey()), document.getPosition(e.getKey())),
						e.getValue().toString()))
				.collect(Collectors.toList());
	}

	/** The issue data of the diagnostic being fixed: as Xtext passes it (String[]) or as JSON after a round trip. */
	private List<String> issueData() {
		Request current = request.get();
		Object data = current == null ? null : current.diagnostic().getData();
		List<String> result = new ArrayList<>();
		if (data instanceof String[] array) {
			result.addAll(List.of(array));
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(e -> result.add(unquote(String.valueOf(e))));
		}
		return result;
	}

	private static String unquote(String json) {
		return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1) : json;
	}

	/** The model object the diagnostic being fixed sits on, when fix labels depend on it. */
	private <T extends EObject> T subject(Class<T> type) {
		Request current = request.get();
		if (current == null || !(current.options().getResource() instanceof XtextResource resource)) {
			return null;
		}
		int offset = current.options().getDocument().getOffSet(current.diagnostic().getRange().getStart());
		EObject object = eObjectAtOffsetHelper.resolveContainedElementAt(resource, offset);
		return EcoreUtil2.getContainerOfType(object, type);
	}
}
