package org.duizhao.dsl.ide.server;

import java.util.List;
import java.util.Map;

import org.duizhao.dsl.ide.navigation.ItemOccurrences;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** Rename of an item's id (问题 P1 → P100) with every 针对 naming it, from the declaration or from a reference. */
public class ItemRenameService implements IRenameService2 {

	@Inject
	private ItemOccurrences occurrences;

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		String problem = ItemOccurrences.problemWithId(newName);
		if (problem != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, problem, null));
		}
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			Document document = context.getDocument();
			ItemOccurrences.Occurrences found = occurrences.at((XtextResource) context.getResource(), document.getOffSet(options.getRenameParams().getPosition()));
			if (found == null) {
				return new WorkspaceEdit(Map.of());
			}
			List<TextEdit> edits = found.all().stream().map(region -> new TextEdit(range(document, region), newName)).toList();
			return new WorkspaceEdit(Map.of(uri, edits));
		});
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			Document document = context.getDocument();
			int offset = document.getOffSet(options.getParams().getPosition());
			ItemOccurrences.Occurrences found = occurrences.at((XtextResource) context.getResource(), offset);
			if (found == null) {
				return null;
			}
			TextRegion here = found.all().stream().filter(r -> offset >= r.getOffset() && offset <= r.getOffset() + r.getLength()).findFirst()
					.orElse(found.declaration());
			return Either3.forSecond(new PrepareRenameResult(range(document, here), found.item().getName()));
		});
	}

	private static Range range(Document document, TextRegion region) {
		return new Range(document.getPosition(region.getOffset()), document.getPosition(region.getOffset() + region.getLength()));
	}
}
