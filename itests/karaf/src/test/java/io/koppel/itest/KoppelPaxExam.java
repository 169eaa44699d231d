package io.koppel.itest;

import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.manipulation.Filter;
import org.junit.runner.manipulation.Filterable;
import org.junit.runner.manipulation.NoTestsRemainException;
import org.junit.runner.manipulation.Sortable;
import org.junit.runner.manipulation.Sorter;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.InitializationError;

/**
 * Pax Exam's JUnit 4 runner, unless the class's {@link RunOn} database is not in -Dkoppel.test.databases:
 * then its tests are reported skipped and no container boots.
 * Pax Exam itself is loaded by name, so the container (which never reads @RunWith) need not see it.
 */
public class KoppelPaxExam extends Runner implements Filterable, Sortable {

    private final Runner delegate;
    private final boolean skipped;

    public KoppelPaxExam(Class<?> klass) throws InitializationError {
        RunOn runOn = klass.getAnnotation(RunOn.class);
        skipped = runOn != null && !runOn.value().enabled();
        if (skipped) {
            Report.print(klass.getSimpleName() + " skipped: " + runOn.value().id()
                    + " is not in -Dkoppel.test.databases=" + System.getProperty("koppel.test.databases"));
            delegate = new BlockJUnit4ClassRunner(klass);
        } else {
            try {
                delegate = (Runner) Class.forName("org.ops4j.pax.exam.junit.PaxExam")
                        .getConstructor(Class.class).newInstance(klass);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof InitializationError) {
                    throw (InitializationError) cause;
                }
                throw new InitializationError(cause);
            }
        }
    }

    @Override
    public Description getDescription() {
        return delegate.getDescription();
    }

    @Override
    public void run(RunNotifier notifier) {
        if (skipped) {
            for (Description test : getDescription().getChildren()) {
                notifier.fireTestIgnored(test);
            }
        } else {
            delegate.run(notifier);
        }
    }

    @Override
    public void filter(Filter filter) throws NoTestsRemainException {
        ((Filterable) delegate).filter(filter);
    }

    @Override
    public void sort(Sorter sorter) {
        ((Sortable) delegate).sort(sorter);
    }
}
