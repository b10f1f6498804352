package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The editor's analysis after an edit (re-parsing only what changed, libraries kept until their file changes) gives
 * exactly what a fresh analysis of the same text gives.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class IncrementalAnalysisTest {

	private static final Path COMPLETE = ExamplesTest.examples().resolve("2023-班子对照检查材料.dzr");

	@Inject
	private DocumentAnalyzer analyzer;

	@Test
	void editsGiveTheFindingsOfAFreshAnalysis() throws IOException {
		String text = Files.readString(COMPLETE, StandardCharsets.UTF_8);
		URI uri = URI.createFileURI(COMPLETE.toAbsolutePath().toString());
		List<Path> folders = List.of(COMPLETE.getParent());
		Random random = new Random(42);
		String[] typed = { "学", "XX", "\"", "}", "\n", "针对 P99", "问题 P77 \"新问题。\"\n", "" };
		try {
			analyzer.analyzeEdit(uri, text, folders, CancelIndicator.NullImpl);
			for (int edit = 0; edit < 40; edit++) {
				int at = random.nextInt(text.length());
				int removed = random.nextInt(4) == 0 ? Math.min(random.nextInt(12), text.length() - at) : 0;
				text = text.substring(0, at) + typed[random.nextInt(typed.length)] + text.substring(at + removed);
				Analysis incremental = analyzer.analyzeEdit(uri, text, folders, CancelIndicator.NullImpl);
				Analysis fresh = analyzer.analyze(uri, text, folders);
				assertEquals(findings(fresh), findings(incremental), "after edit " + edit + " at " + at);
				assertEquals(text, incremental.read(model -> model.resource().getParseResult().getRootNode().getText()));
			}
		} finally {
			analyzer.forget(uri);
		}
	}

	@Test
	void anUnchangedTextIsNotAnalysedAgain() throws IOException {
		String text = Files.readString(COMPLETE, StandardCharsets.UTF_8);
		URI uri = URI.createURI("memory:/unchanged.dzr");
		Analysis first = analyzer.analyzeEdit(uri, text, List.of(), CancelIndicator.NullImpl);
		assertSame(first, analyzer.analyzeEdit(uri, text, List.of(), CancelIndicator.NullImpl));
		Analysis edited = analyzer.analyzeEdit(uri, text + "\n", List.of(), CancelIndicator.NullImpl);
		assertNotSame(first, edited);
		assertSame(first.read(Analysis.Model::resource), edited.read(Analysis.Model::resource), "the same resource, re-parsed where the text changed");
		analyzer.forget(uri);
	}

	@Test
	void typingBackToTheLastTextAfterACancelledAnalysisGivesTheModelOfThatText() throws IOException {
		String text = Files.readString(COMPLETE, StandardCharsets.UTF_8);
		URI uri = URI.createURI("memory:/typed-back.dzr");
		Analysis first = analyzer.analyzeEdit(uri, text, List.of(), CancelIndicator.NullImpl);
		String typed = text.replace("学习的系统性还不够强。", "学习的系统性还不够强XX。");
		// the user typed on before this analysis finished: its text was parsed, its validation stopped
		assertThrows(OperationCanceledError.class, () -> analyzer.analyzeEdit(uri, typed, List.of(), () -> true));
		Analysis back = analyzer.analyzeEdit(uri, text, List.of(), CancelIndicator.NullImpl); // and took the XX out again
		assertEquals(text, back.read(model -> model.resource().getParseResult().getRootNode().getText()), "the model is of the text analysed");
		assertEquals(findings(first), findings(back));
		analyzer.forget(uri);
	}

	@Test
	void librariesAreParsedOncePerChangeOfTheirFile(@TempDir Path folder) throws IOException {
		Path library = folder.resolve("方案.dzlib");
		Files.writeString(library, "问题库 \"本单位\"\n方案 甲方案 \"甲\" {\n\t方面 学习 \"学习\"\n}\n");
		String report = "报告 \"材料\"\n依据 乙方案\n方面 学习 {\n\t问题 P1 \"学习不够深入。\"\n}\n";
		URI uri = URI.createFileURI(folder.resolve("材料.dzr").toString());
		Analysis before = analyzer.analyzeEdit(uri, report, List.of(folder), CancelIndicator.NullImpl);
		Resource parsed = libraryResource(before, library);
		assertTrue(codes(before).contains("duizhao.unknown.profile") || !before.issues().isEmpty(), "乙方案 is not there yet");
		Analysis typed = analyzer.analyzeEdit(uri, report + "\n", List.of(folder), CancelIndicator.NullImpl);
		assertSame(parsed, libraryResource(typed, library), "an unchanged library is not parsed again");

		Files.writeString(library, "问题库 \"本单位\"\n方案 乙方案 \"乙\" {\n\t方面 学习 \"学习\"\n}\n");
		Files.setLastModifiedTime(library, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
		Analysis after = analyzer.analyzeEdit(uri, report + "\n", List.of(folder), CancelIndicator.NullImpl);
		assertNotSame(parsed, libraryResource(after, library), "a changed library is parsed again");
		assertEquals(findings(analyzer.analyze(uri, report + "\n", List.of(folder))), findings(after));
		analyzer.forget(uri);
	}

	private static Resource libraryResource(Analysis analysis, Path library) {
		URI uri = URI.createFileURI(library.toAbsolutePath().toString());
		return analysis.read(model -> model.resource().getResourceSet()).getResources().stream().filter(r -> r.getURI().equals(uri)).findFirst().orElseThrow();
	}

	private static List<String> codes(Analysis analysis) {
		return analysis.issues().stream().map(Issue::getCode).toList();
	}

	private static List<String> findings(Analysis analysis) {
		return analysis.issues().stream().map(i -> i.getOffset() + ":" + i.getLength() + ":" + i.getCode() + ":" + i.getMessage()).sorted()
				.toList();
	}
}
