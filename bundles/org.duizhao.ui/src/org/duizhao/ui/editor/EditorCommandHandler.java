package org.duizhao.ui.editor;

import org.duizhao.ui.outline.QuickOutline;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Format, toggle comment, quick outline and navigation, for the active report editor. */
public class EditorCommandHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (!(part instanceof DuizhaoEditor editor)) {
			return null;
		}
		switch (event.getCommand().getId()) {
		case "org.duizhao.ui.format" -> TextCommands.format(editor);
		case "org.duizhao.ui.toggleComment" -> TextCommands.toggleComment(editor);
		case "org.duizhao.ui.quickOutline" -> new QuickOutline(editor).open();
		case "org.duizhao.ui.openDeclaration" -> editor.navigation().openDeclaration();
		case "org.duizhao.ui.rename" -> editor.navigation().rename();
		case "org.duizhao.ui.findReferences" -> editor.navigation().findReferences();
		default -> {
		}
		}
		return null;
	}
}
