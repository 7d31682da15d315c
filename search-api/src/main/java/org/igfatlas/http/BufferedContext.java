package org.igfatlas.http;

import io.javalin.http.Context;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A request's {@link Context} whose writes (status, headers, content type, body) are recorded instead of applied, and
 * applied by {@link #replay()} only if nobody else answered first ({@link #claim()}): what lets a handler that ran past
 * the time limit finish without touching the 503 the client already has. Reads go to the real context.
 */
final class BufferedContext {
  /** Context methods that write the answer; with arguments only (status() without one reads). */
  private static final Set<String> WRITES = Set.of("status", "header", "contentType", "result", "json", "jsonStream",
      "html", "removeHeader", "cookie", "removeCookie", "redirect");

  private final Context real;
  private final Context proxy;
  private final List<Consumer<Context>> writes = new ArrayList<>();
  private boolean answered;

  BufferedContext(Context real) {
    this.real = real;
    InvocationHandler h = (self, m, args) -> {
      if (WRITES.contains(m.getName()) && args != null && args.length > 0) {
        synchronized (writes) {
          writes.add(c -> call(m, c, args));
        }
        return Context.class.isAssignableFrom(m.getReturnType()) ? self : null;
      }
      if (m.isDefault()) return InvocationHandler.invokeDefault(self, m, args);
      return call(m, real, args);
    };
    this.proxy = (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class}, h);
  }

  private static Object call(Method m, Context target, Object[] args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The context to give the handler. */
  Context context() {
    return proxy;
  }

  /** Takes the right to answer: true for the first caller only (the handler's replay or the time limit). */
  synchronized boolean claim() {
    if (answered) return false;
    answered = true;
    return true;
  }

  /** Applies the recorded writes to the real context, unless the answer was already given. */
  void replay() {
    if (!claim()) return;
    synchronized (writes) {
      for (Consumer<Context> w : writes) w.accept(real);
    }
  }
}
