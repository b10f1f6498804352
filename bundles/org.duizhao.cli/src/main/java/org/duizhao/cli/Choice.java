package org.duizhao.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option that takes one of a few words ({@code --to docx}): converts the word, lists the words for completion, and
 * says in Chinese which words there are when another is given. Picocli wants a class per option, hence the
 * subclasses with a no-argument constructor.
 */
abstract class Choice<T> implements ITypeConverter<T>, Iterable<String> {

	private final Map<String, T> values = new LinkedHashMap<>();
	private final String unknown;

	/** {@code unknown}: the message, with {0} the word given and {1} the words there are; each value by its word. */
	Choice(String unknown, T[] values, Function<T, String> word) {
		this.unknown = unknown;
		for (T value : values) {
			this.values.put(word.apply(value), value);
		}
	}

	/** An enum constant as typed on the command line: BY_ASPECT → by-aspect. */
	static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public T convert(String word) {
		T value = values.get(word);
		if (value == null) {
			throw new TypeConversionException(CliMessages.bind(unknown, word, String.join("、", values.keySet())));
		}
		return value;
	}

	@Override
	public Iterator<String> iterator() {
		return List.copyOf(values.keySet()).iterator();
	}
}
