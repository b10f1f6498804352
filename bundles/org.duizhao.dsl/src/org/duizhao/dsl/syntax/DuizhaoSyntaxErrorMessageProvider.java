package org.duizhao.dsl.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * ANTLR's messages ("mismatched input '问题' expecting '}'") in the user's words. Token names are turned into what
 * the user typed or should type: a quoted text, a name, the end of the file.
 */
public class DuizhaoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
	private static final Pattern UNTERMINATED = Pattern.compile("mismatched character '<EOF>' expecting '\"'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(translate(context.getDefaultMessage()), IssueCodes.SYNTAX_ERROR);
	}

	static String translate(String message) {
		if (message == null) {
			return Messages.SyntaxError;
		}
		Matcher m;
		if ((m = UNTERMINATED.matcher(message)).matches()) {
			return Messages.SyntaxUnterminatedText;
		}
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return Messages.bind(Messages.SyntaxMismatched, token(m.group(1)), expected(m.group(2)));
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return Messages.bind(Messages.SyntaxMissing, expected(m.group(1)), token(m.group(2)));
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return Messages.bind(Messages.SyntaxExtraneous, token(m.group(1)), expected(m.group(2)));
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return Messages.bind(Messages.SyntaxNoViable, token(m.group(1)));
		}
		return Messages.SyntaxError + "（" + message + "）";
	}

	private static String token(String text) {
		return "<EOF>".equals(text) ? Messages.SyntaxEndOfFile : "“" + text + "”";
	}

	private static String expected(String expected) {
		return expected.replace("RULE_STRING", Messages.SyntaxText).replace("RULE_ID", Messages.SyntaxName)
				.replace("EOF", Messages.SyntaxEndOfFile).replace("'", "");
	}
}
