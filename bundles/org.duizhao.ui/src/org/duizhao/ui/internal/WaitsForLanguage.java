package org.duizhao.ui.internal;

/**
 * A workbench part that is shown before the language's injector is built (the editor, the views of the start
 * window): {@link LanguageExtensionFactory} creates it at once and injects its members when the injector is ready,
 * on the UI thread. Until then its injected fields are {@code null}; an {@code @Inject} method of the part is where
 * it starts to use them.
 */
public interface WaitsForLanguage {
}
