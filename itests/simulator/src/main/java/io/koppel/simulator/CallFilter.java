package io.koppel.simulator;

/** Selects recorded calls; null fields match anything. {@code pathContains} is a plain substring. */
public record CallFilter(String method, String pathContains, Integer status, Integer division, Long sinceSequence) {

    public static CallFilter all() {
        return new CallFilter(null, null, null, null, null);
    }

    public static CallFilter path(String method, String pathContains) {
        return new CallFilter(method, pathContains, null, null, null);
    }

    public boolean matches(RecordedCall call) {
        return (method == null || method.equalsIgnoreCase(call.method()))
                && (pathContains == null || call.path().contains(pathContains))
                && (status == null || status == call.status())
                && (division == null || division.equals(call.division()))
                && (sinceSequence == null || call.sequence() > sinceSequence);
    }
}
