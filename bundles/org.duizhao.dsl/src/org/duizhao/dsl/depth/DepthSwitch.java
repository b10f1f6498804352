package org.duizhao.dsl.depth;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.google.inject.Singleton;

/**
 * Whether the depth checks run: on unless the user turned them off (首选项, or {@code --depth off} on the command
 * line). One per injector, so the editor and the command line each hold their own.
 */
@Singleton
public class DepthSwitch {

	/** A resource set's own setting (the command line's), ahead of this switch: validators are shared. */
	public static final String OPTION = "org.duizhao.depth.on";

	private volatile boolean on = true;

	public boolean isOn() {
		return on;
	}

	/** On for {@code resource}: its resource set's own setting, else this switch. */
	public boolean isOn(Resource resource) {
		Object own = resource == null || resource.getResourceSet() == null ? null
				: resource.getResourceSet().getLoadOptions().get(OPTION);
		return own instanceof Boolean b ? b : on;
	}

	public static void set(ResourceSet set, boolean on) {
		set.getLoadOptions().put(OPTION, on);
	}

	public void set(boolean on) {
		this.on = on;
	}
}
