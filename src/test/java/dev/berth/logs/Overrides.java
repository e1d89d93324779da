package dev.berth.logs;

import dev.berth.daemon.containers.ContainerOperations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The fake gateway's container operations with one method answered differently (the fake is final, and a test
 * about a failing stream should not need a second fake).
 */
public final class Overrides {
    private Overrides() {
    }

    /** {@code delegate}, except that calls to the method named {@code method} go to {@code handler}. */
    public static ContainerOperations replacing(ContainerOperations delegate, String method,
                                                InvocationHandler handler) {
        return (ContainerOperations) Proxy.newProxyInstance(Overrides.class.getClassLoader(),
                new Class<?>[] {ContainerOperations.class}, (proxy, called, args) -> {
                    if (called.getName().equals(method)) {
                        return handler.invoke(proxy, called, args);
                    }
                    try {
                        return called.invoke(delegate, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }
}
