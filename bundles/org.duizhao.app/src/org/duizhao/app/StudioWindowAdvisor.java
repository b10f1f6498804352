package org.duizhao.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/** The main window: title, size, menu bar, status line. */
public class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	public StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(AppMessages.WindowTitle);
	}

	/** Platform views come with English titles (their translations are not on Maven Central): name them in Chinese. */
	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		placeOnFirstStart(window.getShell());
		// after the first paint: decoding the icon in six sizes takes a tenth of a second of a cold start
		Shell shell = window.getShell();
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				showIcon(shell);
			}
		});
		EModelService models = window.getService(EModelService.class);
		MApplication application = window.getService(MApplication.class);
		if (models == null || application == null) {
			return;
		}
		for (MPartDescriptor descriptor : application.getDescriptors()) {
			String label = CHINESE_TITLES.get(descriptor.getElementId());
			if (label != null) {
				descriptor.setLabel(label);
			}
		}
		for (MPart part : models.findElements(application, null, MPart.class, null)) {
			String label = CHINESE_TITLES.get(part.getElementId());
			if (label != null) {
				part.setLabel(label);
			}
		}
	}

	/**
	 * The first start opens maximized, with 1280×800 centred (or the whole screen, if smaller) as the size to restore
	 * to; later starts get the size and layout the user left (the workbench saves and restores them).
	 */
	static void placeOnFirstStart(Shell shell) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.duizhao.app");
		if (preferences.getBoolean(PLACED, false)) {
			return;
		}
		shell.setBounds(firstBounds(shell.getMonitor().getClientArea()));
		shell.setMaximized(true);
		preferences.putBoolean(PLACED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// placed again at the next start; nothing else depends on it
		}
	}

	/** The application's icon in every size the desktop may ask for (sharp from 16 px to HiDPI docks). */
	static void showIcon(Shell shell) {
		List<Image> images = new ArrayList<>();
		for (int size : new int[] { 16, 32, 48, 64, 128, 256 }) {
			URL url = FileLocator.find(FrameworkUtil.getBundle(StudioWindowAdvisor.class), new Path("icons/duizhao-" + size + ".png"));
			if (url != null) {
				images.add(ImageDescriptor.createFromURL(url).createImage(shell.getDisplay()));
			}
		}
		if (!images.isEmpty()) {
			Image[] array = images.toArray(Image[]::new);
			shell.setImages(array);
			Window.setDefaultImages(array); // dialogs too
			shell.addDisposeListener(e -> images.forEach(Image::dispose));
		}
	}

	/** 1280×800 centred in the screen's work area, or the whole area when it is smaller. */
	static Rectangle firstBounds(Rectangle area) {
		int width = Math.min(1280, area.width);
		int height = Math.min(800, area.height);
		return new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
	}

	private static final String PLACED = "windowPlaced";

	private static final Map<String, String> CHINESE_TITLES = Map.of(
			IPageLayout.ID_OUTLINE, AppMessages.ViewOutline,
			IPageLayout.ID_PROBLEM_VIEW, AppMessages.ViewProblems);
}
