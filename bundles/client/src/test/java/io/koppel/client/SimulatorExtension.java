package io.koppel.client;

import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An Exact simulator on a free port for a test class: registered on a static field it runs for the whole class,
 * on an instance field for each test.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().build());
 * </pre>
 */
public final class SimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final SimulatorConfig config;
    private final Consumer<ExactSimulator> started;
    private final Runnable stopping;
    private ExactSimulator simulator;
    private boolean forClass;

    private SimulatorExtension(SimulatorConfig config, Consumer<ExactSimulator> started, Runnable stopping) {
        this.config = config;
        this.started = started;
        this.stopping = stopping;
    }

    public static SimulatorExtension with(SimulatorConfig config) {
        return new SimulatorExtension(config, simulator -> {
        }, () -> {
        });
    }

    /** With what the caller builds on the running simulator, opened after its start and closed before its stop. */
    public static SimulatorExtension with(SimulatorConfig config, Consumer<ExactSimulator> started,
            Runnable stopping) {
        return new SimulatorExtension(config, started, stopping);
    }

    public ExactSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while a test of its class does");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        forClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!forClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!forClass) {
            stop();
        }
    }

    private void start() {
        simulator = ExactSimulator.start(config);
        started.accept(simulator);
    }

    private void stop() {
        try {
            stopping.run();
        } finally {
            simulator.close();
            simulator = null;
        }
    }
}
