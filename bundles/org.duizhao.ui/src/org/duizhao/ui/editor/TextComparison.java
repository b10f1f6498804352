package org.duizhao.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/** Two texts side by side in the platform's compare viewer, read-only, in a dialog. */
public final class TextComparison {

	private TextComparison() {
	}

	public static void open(String title, String leftLabel, String left, String rightLabel, String right) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(leftLabel);
		configuration.setRightLabel(rightLabel);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		CompareEditorInput input = new CompareEditorInput(configuration) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(new Text(leftLabel, left), new Text(rightLabel, right));
			}
		};
		input.setTitle(title);
		CompareUI.openCompareDialog(input);
	}

	/** One side of the comparison: a text, shown by the compare plug-in's text viewer. */
	private record Text(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
