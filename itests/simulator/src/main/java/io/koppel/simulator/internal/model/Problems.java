package io.koppel.simulator.internal.model;

import io.koppel.simulator.internal.messages.Lang;
import io.koppel.simulator.internal.messages.Msg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects validation messages so a POST reports all its problems at once, like Exact. */
public final class Problems {
    private final Lang lang;
    private final Set<String> messages = new LinkedHashSet<>();

    public Problems(Lang lang) {
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    public void add(Msg msg, Object... args) {
        messages.add(msg.format(lang, args));
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw ApiError.of(400, List.copyOf(messages));
        }
    }

    public List<String> list() {
        return new ArrayList<>(messages);
    }
}
