package org.duizhao.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** {@code unknown}: the message, with {0} the word given and {1} the words there are. */
	Choice(String unknown, Object... wordsAndValues) {
		this.unknown = unknown;
		for (int i = 0; i < wordsAndValues.length; i += 2) {
			@SuppressWarnings("unchecked")
			T value = (T) wordsAndValues[i + 1];
			values.put((String) wordsAndValues[i], value);
		}
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
		List<String> words = new ArrayList<>(values.keySet());
		return words.iterator();
	}
}
