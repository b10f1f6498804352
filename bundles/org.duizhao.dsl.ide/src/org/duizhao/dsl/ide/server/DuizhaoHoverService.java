package org.duizhao.dsl.ide.server;

import org.duizhao.dsl.ide.hover.HoverTexts;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Hover for language clients: the editor's hover text ({@link HoverTexts}), as plain text. */
public class DuizhaoHoverService extends HoverService {

	@Inject
	private HoverTexts texts;

	@Inject
	private ResourceIssues issues;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		String text = texts.at(resource, issues.of(resource, cancel), offset);
		return text == null ? EMPTY_HOVER : new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text));
	}
}
