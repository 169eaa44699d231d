package io.koppel.shell.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Messages;
import io.koppel.api.Reason;
import io.koppel.api.Status;
import io.koppel.api.posting.Posting;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Shows Koppel's refusals as their reason in the language of the Karaf JVM, not as a stack trace. */
final class Clerk {
    private Clerk() {
    }

    static Locale locale() {
        return Messages.supported(Locale.getDefault());
    }

    static String text(Optional<Reason> reason) {
        return reason.map(r -> r.text(locale())).orElse("");
    }

    /** The statuses of a {@code --status} option, e.g. {@code FAILED,fatal}; none given: an empty set. */
    static Set<Status> statuses(String option) {
        return option == null ? Set.of() : Arrays.stream(option.split(","))
                .map(status -> Status.valueOf(status.strip().toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    /** Prints each posting's document number and status, e.g. after handing documents over. */
    static void printStatuses(List<Posting> postings) {
        postings.forEach(Clerk::printStatus);
    }

    static void printStatus(Posting posting) {
        System.out.println(posting.documentNumber() + ": " + posting.status().label(locale()));
    }

    /** What a command does; it prints its results to the console. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs a command's work; a refusal prints its reason and ends the command with an error. */
    static Object run(Work work) throws Exception {
        try {
            work.run();
            return null;
        } catch (KoppelException refused) {
            System.err.println(refused.reason().text(locale()));
            throw new IllegalArgumentException(refused.reason().text(Locale.ENGLISH), refused);
        }
    }
}
