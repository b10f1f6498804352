package org.duizhao.dsl.ide.server;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.OutlineBuilder;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Document symbols are the product's outline: report → aspects with their counts and ✔/✘ → items. */
public class DuizhaoDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Inject
	private OutlineBuilder outline;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params, CancelIndicator cancel) {
		return outline.build(new Analysis(document.getContents(), resource, List.of())).stream().map(node -> symbol(document, node)).toList();
	}

	private static DocumentSymbol symbol(Document document, OutlineNode node) {
		Range range = new Range(document.getPosition(node.offset()), document.getPosition(node.offset() + node.length()));
		DocumentSymbol symbol = new DocumentSymbol(node.text(), kind(node.kind()), range, range);
		symbol.setChildren(node.children().stream().map(child -> symbol(document, child)).toList());
		return symbol;
	}

	private static SymbolKind kind(OutlineNode.Kind kind) {
		return switch (kind) {
			case REPORT, LIBRARY -> SymbolKind.File;
			case PROFILE -> SymbolKind.Module;
			case ASPECT -> SymbolKind.Namespace;
			case PROBLEM -> SymbolKind.Event;
			case CAUSE -> SymbolKind.Key;
			case MEASURE -> SymbolKind.Method;
			case CASE, LIBRARY_ITEM -> SymbolKind.String;
			case PART -> SymbolKind.Struct;
			case ENTRY -> SymbolKind.Field;
			case TEXT -> SymbolKind.String;
		};
	}
}
