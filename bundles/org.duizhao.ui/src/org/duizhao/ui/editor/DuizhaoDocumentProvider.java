package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.FileSnapshot;
import org.duizhao.dsl.io.IoMessages;
import org.duizhao.dsl.io.TextEncoding;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.io.UndecodableTextException;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * Reads and writes reports as the files they are on disk, never losing a byte:
 * <ul>
 * <li>the encoding is detected when reading ({@link TextFiles}) and kept when saving, until the user converts the
 * file to UTF-8; a file in no known encoding opens read-only, with the reason instead of garbage;</li>
 * <li>saves are atomic and keep the file's mode and links ({@link AtomicFiles});</li>
 * <li>each save first checks that the file still holds what was read ({@link FileSnapshot}); when another program
 * changed it, the save fails with {@link IResourceStatus#OUT_OF_SYNC_LOCAL} and the editor asks what to do.</li>
 * </ul>
 */
public class DuizhaoDocumentProvider extends FileDocumentProvider {

	/** What was last read from or written to the file behind an open editor. */
	private record OnDisk(TextEncoding encoding, FileSnapshot snapshot, String unreadable) {
		OnDisk withEncoding(TextEncoding newEncoding) {
			return new OnDisk(newEncoding, snapshot, unreadable);
		}
	}

	private final Map<Object, OnDisk> onDisk = new ConcurrentHashMap<>();

	@Override
	public String getEncoding(Object element) {
		return encodingOf(element).charset().name();
	}

	@Override
	public String getDefaultEncoding() {
		return TextEncoding.UTF_8.charset().name();
	}

	/** The encoding the file was found in and will be saved in. */
	public TextEncoding encodingOf(Object element) {
		OnDisk known = onDisk.get(element);
		return known == null ? TextEncoding.UTF_8 : known.encoding();
	}

	/** Why the file could not be read as text, or {@code null} when it was. */
	public String unreadable(Object element) {
		OnDisk known = onDisk.get(element);
		return known == null ? null : known.unreadable();
	}

	@Override
	protected boolean setDocumentContent(IDocument document, IEditorInput input, String encoding) throws CoreException {
		Path path = pathOf(input);
		if (path == null) {
			return super.setDocumentContent(document, input, encoding);
		}
		try {
			if (!Files.exists(path)) {
				document.set("");
				onDisk.put(input, new OnDisk(TextEncoding.UTF_8, FileSnapshot.ABSENT, null));
				return true;
			}
			byte[] bytes = Files.readAllBytes(AtomicFiles.resolveLinks(path));
			try {
				TextFiles.Decoded decoded = TextFiles.decode(path, bytes);
				document.set(decoded.text());
				onDisk.put(input, new OnDisk(decoded.encoding(), FileSnapshot.of(path, bytes), null));
			} catch (UndecodableTextException e) {
				// Shown as text it would be garbage, and saving that garbage would destroy the file.
				document.set(EditorMessages.bind(EditorMessages.UnreadableDocument, e.getMessage()));
				onDisk.put(input, new OnDisk(TextEncoding.UTF_8, FileSnapshot.of(path, bytes), e.getMessage()));
			}
			return true;
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage() == null ? path.toString() : path + ": " + e.getMessage(), e));
		}
	}

	@Override
	public boolean isReadOnly(Object element) {
		return unreadable(element) != null || super.isReadOnly(element);
	}

	@Override
	public boolean isModifiable(Object element) {
		return unreadable(element) == null && super.isModifiable(element);
	}

	/** Whether another program changed the file since it was read or last saved. */
	public boolean changedOnDisk(Object element) {
		Path path = pathOf(element);
		OnDisk known = onDisk.get(element);
		if (path == null || known == null) {
			return false;
		}
		try {
			return known.snapshot().changedOnDisk(path);
		} catch (IOException e) {
			return false; // cannot tell; the save itself will say what is wrong
		}
	}

	/** The file's text as it is on disk now (for comparing with the editor's). */
	public String textOnDisk(Object element) throws IOException {
		Path path = pathOf(element);
		return path == null || !Files.exists(path) ? "" : TextFiles.read(path).text();
	}

	/** From the next save on, the file is written in UTF-8; the editor becomes dirty so that the user can save. */
	public void convertToUtf8(Object element) {
		OnDisk known = onDisk.get(element);
		if (known == null || known.unreadable() != null || known.encoding() == TextEncoding.UTF_8) {
			return;
		}
		onDisk.put(element, known.withEncoding(TextEncoding.UTF_8));
		FileInfo info = (FileInfo) getElementInfo(element);
		if (info != null && !info.fCanBeSaved) {
			info.fCanBeSaved = true;
			fireElementDirtyStateChanged(element, true);
		}
	}

	/** The save refreshes the file after the move, which needs the refresh rule (its folder) as well. */
	@Override
	protected ISchedulingRule getSaveRule(Object element) {
		if (element instanceof IFileEditorInput input) {
			IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
			return MultiRule.combine(rules.modifyRule(input.getFile()), rules.refreshRule(input.getFile()));
		}
		return super.getSaveRule(element);
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		Path path = pathOf(element);
		if (path == null) {
			super.doSaveDocument(monitor, element, document, overwrite);
			return;
		}
		if (unreadable(element) != null) {
			throw new CoreException(Status.error(EditorMessages.bind(EditorMessages.UnreadableNotSaved, path)));
		}
		if (!overwrite && changedOnDisk(element)) {
			throw new CoreException(new Status(IStatus.ERROR, DuizhaoUi.PLUGIN_ID, IResourceStatus.OUT_OF_SYNC_LOCAL,
					EditorMessages.bind(EditorMessages.ChangedOnDiskLater, path), null));
		}
		IFile file = ((IFileEditorInput) element).getFile();
		FileInfo info = (FileInfo) getElementInfo(element);
		boolean existed = Files.exists(path);
		// Our own write must not come back as "changed on disk, reload?"
		if (info != null && info.fFileSynchronizer != null) {
			info.fFileSynchronizer.uninstall();
		}
		try {
			TextEncoding encoding = encodingOf(element);
			byte[] bytes = TextFiles.encode(document.get(), encoding);
			AtomicFiles.write(path, bytes);
			onDisk.put(element, new OnDisk(encoding, FileSnapshot.of(path, bytes), null));
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(IoMessages.writeFailed(path, existed, e), e));
		} finally {
			if (info != null && info.fFileSynchronizer != null) {
				info.fFileSynchronizer.install();
			}
		}
		if (info != null) {
			info.fModificationStamp = computeModificationStamp(file);
		}
	}

	/**
	 * The file changed on disk (or a workspace refresh said so): the text is replaced only when the editor has no
	 * unsaved edits. The platform checks that when the change is noticed and replaces later, on the UI thread, by
	 * which time the user's edits (or text restored after a crash) may be there; the save asks instead (DiskConflict).
	 */
	@Override
	protected void handleElementContentChanged(IFileEditorInput input) {
		ElementInfo info = getElementInfo(input);
		if (info != null && info.fCanBeSaved && !reloadAsked) {
			return;
		}
		super.handleElementContentChanged(input);
	}

	/** Set while the user's 重新载入 replaces unsaved edits by the file on disk. */
	private boolean reloadAsked;

	/** Shows the file as it is on disk, unsaved edits or not: the user asked for it. */
	public void reload(Object element) throws CoreException {
		reloadAsked = true;
		try {
			synchronize(element);
		} finally {
			reloadAsked = false;
		}
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		onDisk.remove(element);
		super.disposeElementInfo(element, info);
	}

	private static Path pathOf(Object element) {
		if (element instanceof IFileEditorInput input && input.getFile().getLocation() != null) {
			return input.getFile().getLocation().toFile().toPath();
		}
		return null;
	}
}
