package io.koppel.shell.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Messages;
import io.koppel.api.Reason;
import io.koppel.api.posting.Posting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

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

    /** Prints each posting's document number and status, e.g. after handing documents over. */
    static void printStatuses(List<Posting> postings) {
        for (Posting posting : postings) {
            System.out.println(posting.documentNumber() + ": " + posting.status().label(locale()));
        }
    }

    /** Runs a command's work; a refusal prints its reason and ends the command with an error. */
    static Object run(Callable<Object> work) throws Exception {
        try {
            return work.call();
        } catch (KoppelException refused) {
            System.err.println(refused.reason().text(locale()));
            throw new IllegalArgumentException(refused.reason().text(Locale.ENGLISH), refused);
        }
    }
}
