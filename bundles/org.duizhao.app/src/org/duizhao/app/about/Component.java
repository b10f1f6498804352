package org.duizhao.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duizhao.app.AppMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * One bundle the product ships, with the licence it comes under, read from the bundle itself: its Bundle-License
 * header, else its about.html, else its META-INF/LICENSE. Nothing here is typed by hand but the few libraries whose
 * jars say nothing about their licence.
 */
public record Component(String name, String id, String version, String vendor, String licence) {

	/** Libraries on Maven Central whose jars carry no licence text; what their projects publish. */
	private static final Map<String, String> SILENT_JARS = Map.of(
			"com.belerweb.pinyin4j", "BSD",
			"org.antlr.runtime", "BSD",
			"com.zaxxer.sparsebitset", "Apache-2.0",
			"com.github.virtuald.curvesapi", "BSD",
			"wrapped.aopalliance.aopalliance", "Public domain",
			"bcprov", "MIT (Bouncy Castle)", "bcpg", "MIT (Bouncy Castle)", "bcutil", "MIT (Bouncy Castle)",
			"wrapped.xml-apis.xml-apis-ext", "Apache-2.0 / W3C");

	/** Every installed bundle but the framework, by licence and then name. */
	public static List<Component> installed(BundleContext context) {
		List<Component> components = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getBundleId() != 0) {
				components.add(of(bundle));
			}
		}
		components.sort(Comparator.comparing(Component::licence).thenComparing((Component c) -> c.name().toLowerCase(Locale.ROOT)));
		return components;
	}

	static Component of(Bundle bundle) {
		Dictionary<String, String> headers = bundle.getHeaders();
		String name = headers.get("Bundle-Name");
		String vendor = headers.get("Bundle-Vendor");
		return new Component(name == null || name.startsWith("%") ? bundle.getSymbolicName() : name, bundle.getSymbolicName(),
				bundle.getVersion().toString(), vendor == null || vendor.startsWith("%") ? "" : vendor, licenceOf(bundle, headers));
	}

	private static String licenceOf(Bundle bundle, Dictionary<String, String> headers) {
		for (String header : List.of("Bundle-License", "Bundle-Copyright")) {
			String named = normalised(headers.get(header));
			if (named != null) {
				return named;
			}
		}
		for (String file : List.of("about.html", "META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/LICENSE.md", "LICENSE", "LICENSE.txt",
				"LICENSE.md", "license.html", "META-INF/license.html")) {
			String text = read(bundle.getEntry(file));
			if (normalised(text) != null) {
				return normalised(text);
			}
		}
		if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.duizhao.")) {
			return "Duizhao Studio";
		}
		return SILENT_JARS.getOrDefault(bundle.getSymbolicName(), AppMessages.AboutNoLicence);
	}

	/** The licence a header or licence text names, in SPDX form, or {@code null}. */
	static String normalised(String text) {
		if (text == null) {
			return null;
		}
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("eclipse public license") || t.contains("epl-2.0") || t.contains("epl-v20")) {
			return t.contains("1.0") && !t.contains("2.0") ? "EPL-1.0" : "EPL-2.0";
		}
		if (t.contains("apache license") || t.contains("apache.org/licenses/license-2.0") || t.contains("apache-2.0")) {
			return "Apache-2.0";
		}
		if (t.contains("eclipse distribution license") || t.contains("edl-v10")) {
			return "BSD-3-Clause (EDL-1.0)";
		}
		if (t.contains("mit license") || t.contains("opensource.org/licenses/mit")) {
			return "MIT";
		}
		if (t.contains("bsd")) {
			return "BSD";
		}
		if (t.contains("permission is hereby granted, free of charge")) {
			return "MIT";
		}
		if (t.contains("unicode") && t.contains("license")) {
			return "Unicode-3.0";
		}
		return null;
	}

	private static String read(URL entry) {
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readNBytes(16_384), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}
}
