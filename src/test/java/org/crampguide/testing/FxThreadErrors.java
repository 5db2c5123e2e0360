package org.crampguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails the UI test during which the JavaFX thread threw an exception nobody caught (JavaFX would
 * only print it), and puts back the handlers a test replaced, so one test's handler never swallows
 * the next test's errors. Register it after TestFX's ApplicationExtension, which starts the toolkit.
 */
public final class FxThreadErrors implements BeforeEachCallback, AfterEachCallback {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler fxHandler;
    private Thread.UncaughtExceptionHandler defaultHandler;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        errors.clear();
        defaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        onFxThread(() -> {
            fxHandler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        onFxThread(() -> Thread.currentThread().setUncaughtExceptionHandler(fxHandler));
        Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
        if (!errors.isEmpty()) {
            AssertionError failure = new AssertionError("the JavaFX thread threw " + errors.size()
                    + " uncaught exception(s) during the test; the first is the cause", errors.get(0));
            errors.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static void onFxThread(Runnable action) throws InterruptedException, ExecutionException, TimeoutException {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
