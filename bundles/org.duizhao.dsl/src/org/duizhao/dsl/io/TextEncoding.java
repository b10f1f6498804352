package org.duizhao.dsl.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings reports and libraries are found in. Offices still write plain text in GBK (older Notepad, WPS, files
 * sent by mail); GB18030 is its superset and can encode every character, so a file read as GB18030 is written back as
 * GB18030 without loss. Notepad's "Unicode" is UTF-16 with a byte order mark.
 */
public enum TextEncoding {

	UTF_8("UTF-8", StandardCharsets.UTF_8, new byte[0]),
	UTF_8_BOM("UTF-8 BOM", StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
	UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }),
	UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, new byte[] { (byte) 0xFE, (byte) 0xFF }),
	GB18030("GB18030", Charset.forName("GB18030"), new byte[0]),
	/** Traditional Chinese from Taiwan, Hong Kong and Macao offices' templates; read, and written back, as it came. */
	BIG5("Big5", Charset.forName("Big5"), new byte[0]);

	private final String label;
	private final Charset charset;
	private final byte[] bom;

	TextEncoding(String label, Charset charset, byte[] bom) {
		this.label = label;
		this.charset = charset;
		this.bom = bom;
	}

	/** How the status bar and messages name it. */
	public String label() {
		return label;
	}

	public Charset charset() {
		return charset;
	}

	/** The byte order mark written before the text (none for plain UTF-8 and GB18030). */
	public byte[] bom() {
		return bom.clone();
	}

	boolean startsWithBom(byte[] bytes) {
		if (bom.length == 0 || bytes.length < bom.length) {
			return false;
		}
		for (int i = 0; i < bom.length; i++) {
			if (bytes[i] != bom[i]) {
				return false;
			}
		}
		return true;
	}

	int bomLength() {
		return bom.length;
	}
}
