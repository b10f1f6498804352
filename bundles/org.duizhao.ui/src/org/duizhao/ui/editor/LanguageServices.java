package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.DocumentFormatter;
import org.duizhao.dsl.ide.analysis.OutlineBuilder;
import org.duizhao.dsl.ide.contentassist.Completions;
import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.hover.HoverTexts;
import org.duizhao.dsl.ide.navigation.Definitions;
import org.duizhao.dsl.ide.navigation.ItemOccurrences;
import org.duizhao.dsl.ide.quickfix.LibraryInsertion;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The language's services an editor and its parts draw on (colouring, folding, outline, content assist, hover,
 * navigation, quick fixes, format, library insertion): one set for every editor, injected into an editor from the
 * language's injector when that is built, and handed to the editor's parts from there.
 */
@Singleton
public class LanguageServices {

	@Inject
	private DocumentAnalyzer analyzer;
	@Inject
	private Highlighter highlighter;
	@Inject
	private IFoldingRangeProvider folding;
	@Inject
	private OutlineBuilder outline;
	@Inject
	private Completions completions;
	@Inject
	private HoverTexts hoverTexts;
	@Inject
	private Definitions definitions;
	@Inject
	private ItemOccurrences occurrences;
	@Inject
	private QuickfixEngine quickfixes;
	@Inject
	private DocumentFormatter formatter;
	@Inject
	private LibraryInsertion libraryInsertion;

	public DocumentAnalyzer analyzer() {
		return analyzer;
	}

	public Highlighter highlighter() {
		return highlighter;
	}

	public IFoldingRangeProvider folding() {
		return folding;
	}

	public OutlineBuilder outline() {
		return outline;
	}

	public Completions completions() {
		return completions;
	}

	public HoverTexts hoverTexts() {
		return hoverTexts;
	}

	public Definitions definitions() {
		return definitions;
	}

	public ItemOccurrences occurrences() {
		return occurrences;
	}

	public QuickfixEngine quickfixes() {
		return quickfixes;
	}

	public DocumentFormatter formatter() {
		return formatter;
	}

	public LibraryInsertion libraryInsertion() {
		return libraryInsertion;
	}
}
