package org.duizhao.dsl.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place where reports, libraries and imported plain text are turned from bytes into text and back: the
 * editor, the command line, the library loader and the importers all read through {@link #read(Path)}, so a file
 * that opens in one opens in all, and every save keeps the encoding the file was found in.
 */
public final class TextFiles {

	/** A file's text and the encoding it was found in (and is written back in). */
	public record Decoded(String text, TextEncoding encoding) {
	}

	private TextFiles() {
	}

	/**
	 * Reads a text file: a byte order mark decides; else strict UTF-8; else strict GB18030 (which covers GBK and
	 * GB2312), or Big5 when that reading is the plausible one.
	 *
	 * @throws UndecodableTextException when no encoding fits; its message names the file and the line
	 */
	public static Decoded read(Path file) throws IOException {
		return decode(file, Files.readAllBytes(file));
	}

	/** Decodes bytes read from {@code file} as {@link #read(Path)} does (for callers that keep the bytes too). */
	public static Decoded decode(Path file, byte[] bytes) throws UndecodableTextException {
		Decoded decoded = decode(bytes);
		if (decoded == null) {
			throw new UndecodableTextException(file, firstBadLine(bytes));
		}
		return decoded;
	}

	/**
	 * The text of {@code bytes}, or {@code null} when they are neither of the encodings {@link #read} accepts. Line
	 * ends of old Macs (a carriage return alone) become line feeds: the parser's line counting knows only LF and
	 * CRLF, and would otherwise put every finding on the wrong line (and fail on an unterminated text).
	 */
	public static Decoded decode(byte[] bytes) {
		Decoded decoded = decodeAsIs(bytes);
		if (decoded == null || decoded.text().indexOf('\r') < 0) {
			return decoded;
		}
		return new Decoded(decoded.text().replaceAll("\r(?!\n)", "\n"), decoded.encoding());
	}

	private static Decoded decodeAsIs(byte[] bytes) {
		for (TextEncoding encoding : new TextEncoding[] { TextEncoding.UTF_8_BOM, TextEncoding.UTF_16LE, TextEncoding.UTF_16BE }) {
			if (encoding.startsWithBom(bytes)) {
				String text = strictly(encoding.charset(), bytes, encoding.bomLength());
				return text == null || !isPlausibleText(text) ? null : new Decoded(text, encoding);
			}
		}
		String utf8 = strictly(TextEncoding.UTF_8.charset(), bytes, 0);
		if (utf8 != null) {
			// NUL bytes and terminal escape codes decode as UTF-8 too, but no report holds them: that is binary data.
			return isPlausibleText(utf8) ? new Decoded(utf8, TextEncoding.UTF_8) : null;
		}
		String gb = strictly(TextEncoding.GB18030.charset(), bytes, 0);
		// GB18030 maps almost any byte pair; control characters other than line ends mean binary data, not text.
		if (gb == null || !isPlausibleText(gb)) {
			return null;
		}
		// Big5 bytes decode as GB18030 too, into characters no writer uses together: which reading is plausible
		// shows in how much of it is common characters of its own script.
		String big5 = strictly(TextEncoding.BIG5.charset(), bytes, 0);
		if (big5 != null && isPlausibleText(big5) && commonShare(big5, BIG5_COMMON) > commonShare(gb, GB2312_COMMON) + 0.2) {
			return new Decoded(big5, TextEncoding.BIG5);
		}
		return new Decoded(gb, TextEncoding.GB18030);
	}

	/** The 3,755 most used simplified characters: GB2312 level 1 (lead bytes B0–D7). */
	private static final CommonCharacters GB2312_COMMON = new CommonCharacters(Charset.forName("GB2312"), 0xB0, 0xD7);
	/** The 5,401 most used traditional characters: Big5 (lead bytes A4–C6). */
	private static final CommonCharacters BIG5_COMMON = new CommonCharacters(Charset.forName("Big5"), 0xA4, 0xC6);

	/** Characters whose first byte in {@code charset} falls in the range of the common ones. */
	private record CommonCharacters(Charset charset, int firstLead, int lastLead) {

		boolean contains(char c) {
			byte[] bytes = String.valueOf(c).getBytes(charset);
			int lead = bytes.length == 2 ? bytes[0] & 0xFF : -1;
			return lead >= firstLead && lead <= lastLead && new String(bytes, charset).charAt(0) == c;
		}
	}

	/** The share of the first few thousand Chinese characters of {@code text} that are common ones. */
	private static double commonShare(String text, CommonCharacters common) {
		int han = 0;
		int found = 0;
		for (int i = 0; i < text.length() && han < 4_000; i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				han++;
				found += common.contains(c) ? 1 : 0;
			}
		}
		return han == 0 ? 1 : (double) found / han;
	}

	/**
	 * The bytes of {@code text} in {@code encoding}, its byte order mark first. Big5 cannot hold simplified
	 * characters (the keywords are simplified): text it cannot hold is written as UTF-8 rather than as question marks.
	 */
	public static byte[] encode(String text, TextEncoding encoding) {
		if (!encoding.charset().newEncoder().canEncode(text)) {
			return encode(text, TextEncoding.UTF_8);
		}
		byte[] bom = encoding.bom();
		byte[] body = text.getBytes(encoding.charset());
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(body, 0, bytes, bom.length, body.length);
		return bytes;
	}

	/** Writes {@code text} in {@code encoding}, atomically and keeping the file's mode and links (see {@link AtomicFiles}). */
	public static void write(Path file, String text, TextEncoding encoding) throws IOException {
		AtomicFiles.write(file, encode(text, encoding));
	}

	/** A fingerprint of a file's bytes, to tell whether another program changed it since it was read. */
	public static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static String strictly(Charset charset, byte[] bytes, int offset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/**
	 * A control character no text holds. Line ends, tabs, form feeds and the vertical tab are text: Word copies a
	 * manual line break (Shift+Enter) as a vertical tab, and writers paste such lines into reports.
	 */
	private static boolean isBinaryControl(char c) {
		return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B;
	}

	private static boolean isPlausibleText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isBinaryControl(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The line where decoding failed, in whichever of UTF-8 and GB18030 got further (the one the writer meant); lines
	 * are counted by LF, which both share.
	 */
	private static int firstBadLine(byte[] bytes) {
		int end = Math.max(decodablePrefix(TextEncoding.UTF_8.charset(), bytes), decodablePrefix(TextEncoding.GB18030.charset(), bytes));
		int line = 1;
		for (int i = 0; i < end && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int decodablePrefix(Charset charset, byte[] bytes) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 16);
		CoderResult result = decoder.decode(in, out, true);
		int end = result.isError() ? in.position() : bytes.length;
		out.flip();
		for (int i = 0; i < out.length(); i++) {
			char c = out.charAt(i);
			if (isBinaryControl(c)) {
				// a control character: count the bytes before it, which in both encodings are one byte per such char
				return Math.min(end, charset.encode(out.subSequence(0, i).toString()).remaining());
			}
		}
		return end;
	}
}
