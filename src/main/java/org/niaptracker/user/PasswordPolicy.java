package org.niaptracker.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (an administrator creating an account
 * or resetting a password, the first administrator from the environment):
 * <ul>
 * <li>{@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters;</li>
 * <li>at most {@value #MAX_BYTES} bytes in UTF-8, bcrypt's limit (longer input would be
 * refused by the encoder, or silently cut);</li>
 * <li>not easy to guess: <a href="https://github.com/GoSimpleLLC/nbvcxz">nbvcxz</a> (a
 * Java zxcvbn) estimates at least {@value #MIN_ENTROPY} bits of entropy, its own default,
 * against its dictionaries of common passwords, names and words, keyboard patterns,
 * sequences, repeats and dates, and against the account's own name. So
 * {@code password1234} and twelve spaces are refused, a phrase of unrelated words
 * passes.</li>
 * </ul>
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 200;

	public static final int MAX_BYTES = 72;

	public static final double MIN_ENTROPY = 35;

	/**
	 * The message key of the first rule the password breaks, if any.
	 * @param password the password as typed
	 * @param personalWords words a guesser would try for this account (user name, display
	 * name)
	 */
	public Optional<String> problem(String password, String... personalWords) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of("admin.user.password.length");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("admin.user.password.bytes");
		}
		if (!strongEnough(password, personalWords)) {
			return Optional.of("admin.user.password.weak");
		}
		return Optional.empty();
	}

	private static boolean strongEnough(String password, String... personalWords) {
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName("account").setExclusion(true);
		for (String word : personalWords) {
			if (word != null && !word.isBlank()) {
				personal.addWord(word.strip().toLowerCase(Locale.ROOT), 0);
				for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
					if (part.length() >= 3) {
						personal.addWord(part, 0);
					}
				}
			}
		}
		dictionaries.add(personal.createDictionary());
		Nbvcxz nbvcxz = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(MIN_ENTROPY)
			.createConfiguration());
		return nbvcxz.estimate(password).isMinimumEntropyMet();
	}

}
