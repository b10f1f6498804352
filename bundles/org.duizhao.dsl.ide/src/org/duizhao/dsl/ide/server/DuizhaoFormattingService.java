package org.duizhao.dsl.ide.server;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentFormatter;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/** Formatting for language clients: the product's layout ({@link DocumentFormatter}), whole document only. */
public class DuizhaoFormattingService extends FormattingService {

	@Inject
	private DocumentFormatter formatter;

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		String text = document.getContents();
		return formatter.format(new Analysis(text, resource, List.of())).stream()
				.map(r -> toTextEdit(document, r.text(), r.offset(), r.length())).toList();
	}
}
