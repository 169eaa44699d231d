package io.koppel.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why work stands where it stands, in words a clerk can act on.
 *
 * <p>A reason is a catalogue code plus its arguments (a GL account code, Exact's own message, a date), so the
 * same reason reads in the clerk's language: {@code reason.text(locale)}.
 *
 * @param code what happened
 * @param arguments the values the text names, in the order of the catalogue's placeholders
 */
public record Reason(ReasonCode code, List<String> arguments) {

    public Reason {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** A reason with its arguments; {@code null} arguments read as empty. */
    public static Reason of(ReasonCode code, Object... arguments) {
        return new Reason(code, java.util.Arrays.stream(arguments)
                .map(argument -> argument == null ? "" : argument.toString())
                .toList());
    }

    /** The text a clerk reads, in Dutch, French or English. */
    public String text(Locale locale) {
        return Messages.text(locale, "reason." + code.name(), arguments.toArray());
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
