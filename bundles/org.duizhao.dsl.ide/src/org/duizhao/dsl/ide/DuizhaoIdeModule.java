package org.duizhao.dsl.ide;

import org.duizhao.dsl.ide.quickfix.DuizhaoQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;

/** Editor services with no Eclipse UI: what the JFace editor, a language server and the tests share. */
public class DuizhaoIdeModule extends AbstractDuizhaoIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return DuizhaoQuickfixProvider.class;
	}
}
