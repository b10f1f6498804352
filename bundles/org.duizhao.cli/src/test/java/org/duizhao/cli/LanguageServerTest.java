package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.duizhao.dsl.ide.contentassist.PinyinInitials;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.dsl.ide.server.DuizhaoLanguageServer;
import org.duizhao.dsl.ide.server.SubmissionCheckService;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code duizhao lsp} through a real LSP client (lsp4j) over in-memory pipes, on copies of the examples: the findings
 * are those of {@code duizhao validate}, quick fixes come as code actions, and completion, symbols, folding,
 * formatting, rename, definition and the 提交前检查 request answer as the editor does.
 */
class LanguageServerTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("duizhao.examples", "../../examples"));
	private static final long WAIT = 60;

	/** The client's side: what the server published, by document. */
	static final class Client implements LanguageClient {
		final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(decoded(params.getUri()), params.getDiagnostics());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	/** The server as the client sees it, with our own request. */
	interface DuizhaoServer extends LanguageServer {
		@JsonRequest(SubmissionCheckService.METHOD)
		CompletableFuture<JsonObject> submissionCheck(TextDocumentIdentifier document);
	}

	@TempDir
	Path folder;

	@TempDir
	Path userLibraries;

	private final Client client = new Client();
	private DuizhaoServer server;
	private Pipe toServer;
	private Pipe toClient;
	private InitializeResult initializeResult;

	@BeforeEach
	void start() throws Exception {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		// The user's library folder lies outside the workspace folder, as ~/.duizhao-studio/问题库 does.
		Files.copy(EXAMPLES.resolve("自定义方案/方案.dzlib"), userLibraries.resolve("方案.dzlib"));
		toServer = Pipe.open();
		toClient = Pipe.open();
		DuizhaoLanguageServer.start(Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()),
				List.of(userLibraries));
		Launcher<DuizhaoServer> launcher = new LSPLauncher.Builder<DuizhaoServer>().setLocalService(client)
				.setRemoteInterface(DuizhaoServer.class).setInput(Channels.newInputStream(toClient.source()))
				.setOutput(Channels.newOutputStream(toServer.sink())).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams initialize = new InitializeParams();
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "材料")));
		initialize.setRootUri(folder.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		initialize.setCapabilities(new ClientCapabilities(null, text, null));
		initializeResult = server.initialize(initialize).get(WAIT, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		// No "exit": Xtext's server ends the process on it, which is right for duizhao lsp and wrong for a test.
		server.shutdown().get(WAIT, TimeUnit.SECONDS);
		toServer.sink().close();
		toClient.sink().close();
	}

	private String open(String name, String text) {
		String uri = folder.resolve(name).toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "duizhao", 1, text)));
		return uri;
	}

	private List<Diagnostic> diagnosticsWhen(String uri, Predicate<List<Diagnostic>> condition) {
		return Waiting.until("diagnostics as expected for " + uri, WAIT * 1000, () -> {
			List<Diagnostic> published = client.diagnostics.get(decoded(uri));
			return published != null && condition.test(published) ? published : null;
		});
	}


	/** Clients and Xtext write Chinese file names in URIs differently (percent-encoded or not); both name one file. */
	static String decoded(String uri) {
		return URLDecoder.decode(uri, StandardCharsets.UTF_8);
	}

	/** The edits of one document in a workspace edit, whichever way its URI is written. */
	private static List<TextEdit> editsOf(WorkspaceEdit edit, String uri) {
		if (edit.getChanges() != null) {
			return edit.getChanges().entrySet().stream().filter(e -> decoded(e.getKey()).equals(decoded(uri))).findFirst()
					.map(Map.Entry::getValue).orElseThrow(() -> new AssertionError("no edits for " + uri + ": " + edit));
		}
		return edit.getDocumentChanges().stream().map(c -> c.getLeft()).filter(c -> decoded(c.getTextDocument().getUri()).equals(decoded(uri)))
				.flatMap(c -> c.getEdits().stream().map(e -> e.getLeft())).toList();
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static int offset(String text, Position position) {
		return new Document(1, text).getOffSet(position);
	}

	private static Position position(String text, int offset) {
		return new Document(1, text).getPosition(offset);
	}

	/** The text after edits computed on it, applied as the editor applies quick fixes. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		return QuickfixEngine.apply(new Document(1, text), List.copyOf(edits));
	}

	@Test
	void theFindingsAreThoseOfValidate() throws Exception {
		Path faulty = folder.resolve("待修改的对照检查材料.dzr");
		String text = read(faulty);
		String uri = open(faulty.getFileName().toString(), text);
		List<Diagnostic> published = diagnosticsWhen(uri, d -> !d.isEmpty());

		JsonObject json = JsonParser.parseString(Cli.run("validate", "--format", "json", faulty.toString()).out()).getAsJsonObject();
		JsonArray expected = json.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("diagnostics");
		List<String> fromValidate = new ArrayList<>();
		for (JsonElement element : expected) {
			JsonObject d = element.getAsJsonObject();
			fromValidate.add(d.get("offset").getAsInt() + "+" + d.get("length").getAsInt() + " " + d.get("severity").getAsString() + " "
					+ d.get("code").getAsString() + " " + d.get("message").getAsString());
		}
		List<String> fromServer = published.stream().map(d -> {
			int start = offset(text, d.getRange().getStart());
			return start + "+" + (offset(text, d.getRange().getEnd()) - start) + " " + d.getSeverity().name().toLowerCase().replace("information", "info")
					+ " " + d.getCode().getLeft() + " " + d.getMessage().getLeft();
		}).toList();
		assertEquals(fromValidate.stream().sorted().toList(), fromServer.stream().sorted().toList());
	}

	@Test
	void aReportDrawsOnTheProfilesOfTheUsersLibraryFolder() throws Exception {
		String text = read(EXAMPLES.resolve("自定义方案/组织生活会个人对照检查.dzr"));
		String uri = open("个人对照检查.dzr", text);
		List<String> codes = diagnosticsWhen(uri, d -> !d.isEmpty()).stream().map(d -> d.getCode().getLeft()).toList();
		assertEquals(List.of("duizhao.missing.case.analysis"), codes, "the profile 组织生活会2024 resolves from the user's folder");
	}

	@Test
	void aCodeActionInsertsALibraryCauseAndTheFindingGoes() throws Exception {
		String text = read(folder.resolve("2023-班子对照检查材料.dzr")).replaceAll("(?s)\t原因 C4 .*?针对 P6\n", "")
				.replaceAll("(?s)\t原因 C5 .*?针对 P7\n", "");
		String uri = open("无原因.dzr", text);
		String message = "“能力本领”方面没有分析原因";
		Diagnostic missing = diagnosticsWhen(uri, d -> d.stream().anyMatch(x -> x.getMessage().getLeft().equals(message))).stream()
				.filter(d -> d.getMessage().getLeft().equals(message)).findFirst().orElseThrow();
		List<CodeAction> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), missing.getRange(), new CodeActionContext(List.of(missing))))
				.get(WAIT, TimeUnit.SECONDS).stream().filter(a -> a.isRight()).map(a -> a.getRight()).toList();
		List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
		assertTrue(titles.contains("插入一个待填写的原因"), titles.toString());
		CodeAction fromLibrary = actions.stream().filter(a -> a.getTitle().startsWith("插入“") && a.getTitle().contains("问题库"))
				.findFirst().orElseThrow(() -> new AssertionError("a library cause on offer: " + titles));
		String fixed = apply(text, editsOf(fromLibrary.getEdit(), uri));
		assertTrue(fixed.length() > text.length() && fixed.contains("原因 C"), fixed);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		diagnosticsWhen(uri, d -> d.stream().noneMatch(x -> x.getMessage().getLeft().equals(message)));
	}

	@Test
	void completionAfter针对ListsTheSameAspectFirstInDocumentOrder() throws Exception {
		String text = read(folder.resolve("2023-班子对照检查材料.dzr")).replace("\t\t针对 P6\n", "\t\t针对 \n");
		String uri = open("补全.dzr", text);
		Position at = position(text, text.indexOf("针对 \n") + 3);
		List<CompletionItem> items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
				.get(WAIT, TimeUnit.SECONDS).getRight().getItems();
		List<String> problems = items.stream().sorted(Comparator.comparing(CompletionItem::getSortText)).map(CompletionItem::getLabel)
				.filter(l -> l.matches("P\\d+")).toList();
		assertEquals(List.of("P6", "P7", "P1", "P2", "P3", "P4", "P5", "P8", "P9", "P10", "P11", "P12", "P13"), problems);
	}

	@Test
	void completionFindsLibraryItemsByPinyinInitials() throws Exception {
		String text = read(folder.resolve("2023-班子对照检查材料.dzr")).replace("方面 理论学习 {\n", "方面 理论学习 {\n\tllwz\n");
		String uri = open("拼音.dzr", text);
		Position at = position(text, text.indexOf("\tllwz\n") + 5);
		List<CompletionItem> items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
				.get(WAIT, TimeUnit.SECONDS).getRight().getItems();
		CompletionItem first = items.stream().min(Comparator.comparing(CompletionItem::getSortText)).orElseThrow();
		String headline = first.getLabel().substring(first.getLabel().indexOf('：') + 1);
		assertTrue(first.getLabel().startsWith("原因：") && PinyinInitials.of(headline).startsWith("llwz"),
				"a library cause whose headline begins 理论武装…: " + items.stream().map(CompletionItem::getLabel).toList());
		String inserted = first.getTextEdit().getLeft().getNewText();
		assertTrue(inserted.startsWith("原因 C"), inserted);
	}

	@Test
	void symbolsFoldingAndFormattingFollowTheEditor() throws Exception {
		String text = read(folder.resolve("2023-班子对照检查材料.dzr"));
		String uri = open("2023-班子对照检查材料.dzr", text);
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		List<DocumentSymbol> symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document))
				.get(WAIT, TimeUnit.SECONDS).stream().map(s -> s.getRight()).toList();
		assertEquals(1, symbols.size());
		// the 前言 first, then the aspects
		assertEquals("前言 按照县委关于开好主题教育专题民主生活会的通知要求…", symbols.get(0).getChildren().get(0).getName());
		assertEquals("✔ 理论学习（问题 3，原因 2，措施 3）", symbols.get(0).getChildren().get(1).getName(), "the same text as the editor's outline");
		assertTrue(symbols.get(0).getChildren().get(1).getChildren().get(0).getName().startsWith("P1"),
				symbols.get(0).getChildren().get(1).getChildren().get(0).getName());

		List<FoldingRange> folds = server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(document)).get(WAIT, TimeUnit.SECONDS);
		int aspectLine = position(text, text.indexOf("方面 理论学习")).getLine();
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == aspectLine), "the aspect folds: " + folds);

		String messy = text.replace("\t问题 P1 ", "   问题    P1 ");
		String messyUri = open("乱排.dzr", messy);
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(4, false))).get(WAIT, TimeUnit.SECONDS);
		String formatted = apply(messy, edits);
		assertEquals(text, formatted, "formatting restores the layout");
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(messyUri, 2),
				List.of(new TextDocumentContentChangeEvent(formatted))));
		List<? extends TextEdit> again = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(4, false))).get(WAIT, TimeUnit.SECONDS);
		assertEquals(formatted, apply(formatted, again), "formatting twice changes nothing");
	}

	@Test
	void definitionReferencesAndRenameFollow针对() throws Exception {
		String text = read(folder.resolve("2023-班子对照检查材料.dzr"));
		String uri = open("2023-班子对照检查材料.dzr", text);
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		int reference = text.indexOf("针对 P1") + 3;
		List<? extends Location> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(document, position(text, reference))).get(WAIT, TimeUnit.SECONDS).getLeft();
		assertEquals(1, definition.size());
		assertEquals(text.indexOf("问题 P1 ") + 3, offset(text, definition.get(0).getRange().getStart()), "lands on P1's id");

		int declaration = text.indexOf("问题 P1 ") + 3;
		List<? extends Location> references = server.getTextDocumentService()
				.references(new ReferenceParams(document, position(text, declaration), new ReferenceContext(false))).get(WAIT, TimeUnit.SECONDS);
		long namings = Pattern.compile("针对 [^\\n]*\\bP1\\b").matcher(text).results().count();
		assertEquals(namings, references.size(), "every 针对 naming P1: " + references);

		WorkspaceEdit rename = server.getTextDocumentService().rename(new RenameParams(document, position(text, declaration), "P100"))
				.get(WAIT, TimeUnit.SECONDS);
		List<TextEdit> edits = editsOf(rename, uri);
		String renamed = apply(text, edits);
		assertTrue(renamed.contains("问题 P100 "), "the declaration is renamed");
		List<String> left = Pattern.compile(".*\\bP1\\b.*").matcher(renamed).results().map(r -> r.group()).toList();
		assertEquals(List.of(), left, "every 针对 naming P1 now names P100");
		assertEquals(namings + 1, edits.size());
		// ids are what the grammar's lexer takes: Chinese ones too, keywords not
		WorkspaceEdit chinese = server.getTextDocumentService().rename(new RenameParams(document, position(text, declaration), "学习1"))
				.get(WAIT, TimeUnit.SECONDS);
		assertTrue(apply(text, editsOf(chinese, uri)).contains("问题 学习1 "));
		ExecutionException keyword = Assertions.assertThrows(
				ExecutionException.class, () -> server.getTextDocumentService()
						.rename(new RenameParams(document, position(text, declaration), "问题")).get(WAIT, TimeUnit.SECONDS));
		assertTrue(keyword.getCause().getMessage().contains("不能是关键字"), keyword.getCause().getMessage());
	}

	@Test
	void hoverExplainsTheCheckOrShowsTheItemNamed() throws Exception {
		String text = read(folder.resolve("待修改的对照检查材料.dzr"));
		String uri = open("待修改的对照检查材料.dzr", text);
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		String onPlaceholder = server.getTextDocumentService().hover(new HoverParams(document, position(text, text.indexOf("XX") + 1)))
				.get(WAIT, TimeUnit.SECONDS).getContents().getRight().getValue();
		assertTrue(onPlaceholder.startsWith("还有没填写的占位符“XX”\n") && onPlaceholder.contains("改法："), onPlaceholder);
		String onReference = server.getTextDocumentService().hover(new HoverParams(document, position(text, text.indexOf("针对 P1") + 3)))
				.get(WAIT, TimeUnit.SECONDS).getContents().getRight().getValue();
		assertTrue(onReference.startsWith("P1 学习党的"), onReference);
	}

	@Test
	void semanticTokensMarkPlaceholdersAndReferences() throws Exception {
		String text = read(folder.resolve("待修改的对照检查材料.dzr"));
		String uri = open("待修改的对照检查材料.dzr", text);
		List<String> types = initializeResult.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))
				.get(WAIT, TimeUnit.SECONDS).getData();
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int start = offset(text, new Position(line, character));
			tokens.add(types.get(data.get(i + 3)) + ":" + text.substring(start, start + data.get(i + 2)));
		}
		assertTrue(tokens.contains("placeholder:XX") && tokens.contains("reference:P9"), tokens.toString());
	}

	@Test
	void theSubmissionCheckTableIsServed() throws Exception {
		String text = read(folder.resolve("待修改的对照检查材料.dzr"));
		String uri = open("待修改的对照检查材料.dzr", text);
		JsonObject table = server.submissionCheck(new TextDocumentIdentifier(uri)).get(WAIT, TimeUnit.SECONDS);
		assertEquals("还有 43 个问题", table.get("verdict").getAsString());
		assertFalse(table.get("canSubmit").getAsBoolean());
		JsonObject first = table.getAsJsonArray("rows").get(0).getAsJsonObject();
		assertEquals(List.of("带头强化政治忠诚、提高政治能力", 4, 2, 3), List.of(first.get("aspect").getAsString(), first.get("problems").getAsInt(),
				first.get("causes").getAsInt(), first.get("measures").getAsInt()));
		assertTrue(table.getAsJsonArray("findings").asList().stream()
				.anyMatch(f -> f.getAsJsonObject().get("group").getAsString().equals("完整性")), table.toString());
		assertEquals(List.of("上年度整改：措施 3 项，已完成 2，持续推进 0，未完成 1", "征求意见：意见 5 条，认领 1，说明 0",
				"相互批评：对他人 1 条，来自他人 1 条"), table.getAsJsonArray("parts").asList().stream().map(p -> p.getAsString()).toList());
	}
}
