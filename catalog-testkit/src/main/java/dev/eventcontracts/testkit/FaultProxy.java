package dev.eventcontracts.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A loopback HTTP proxy in front of a registry that records every request and injects faults on
 * cue: connection resets, answers that never come, and error statuses such as 503 bursts. Each
 * connection carries one request ({@code Connection: close}), so a fault hits exactly one request.
 */
public final class FaultProxy implements AutoCloseable {

  /** One request as the proxy saw it. */
  public record Request(String method, String path, Map<String, String> headers, String body) {

    /** Registering a version, setting a config or deleting: anything that changes the registry. */
    public boolean isWrite() {
      return method.equals("PUT")
          || method.equals("DELETE")
          || (method.equals("POST") && path.contains("/versions") && !path.contains("/compat"));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** What to do to a request instead of forwarding it. */
  public sealed interface Fault {
    /** Close the connection with a TCP reset before answering. */
    record Reset() implements Fault {}

    /** Hold the connection open without answering, then drop it. */
    record Silence(Duration duration) implements Fault {}

    /** Answer with this status and a registry-style error body. */
    record Status(int status) implements Fault {}

    /**
     * Forward the request, then hold the registry's answer this long before passing it on: an
     * answer slower than the client's timeout, for a request the registry carried out.
     */
    record Delay(Duration duration) implements Fault {}

    /** Forward the request, then close the connection with a reset instead of answering. */
    record LoseAnswer() implements Fault {}
  }

  public static Fault reset() {
    return new Fault.Reset();
  }

  public static Fault silence(Duration duration) {
    return new Fault.Silence(duration);
  }

  public static Fault status(int status) {
    return new Fault.Status(status);
  }

  public static Fault delay(Duration duration) {
    return new Fault.Delay(duration);
  }

  public static Fault loseAnswer() {
    return new Fault.LoseAnswer();
  }

  private record Rule(Predicate<Request> when, Fault fault, int[] remaining) {}

  private final URI upstream;
  private final javax.net.ssl.SSLContext tlsContext;
  private final int port;
  private volatile ServerSocket server;
  private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger restarts =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile Restart restart;
  private volatile boolean closed;

  private record Restart(Predicate<Request> when, Duration down) {}

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Rule> rules = new ConcurrentLinkedDeque<>();
  private volatile String requiredAuthorization;

  private final boolean tls;

  /** Starts a proxy to {@code upstreamBaseUrl} (scheme, host and port are used). */
  public FaultProxy(String upstreamBaseUrl) {
    this(upstreamBaseUrl, null);
  }

  /**
   * Starts a proxy that speaks HTTPS to its clients with the server key of {@code tls} (null for
   * plain HTTP), in front of an HTTP upstream.
   */
  public FaultProxy(String upstreamBaseUrl, javax.net.ssl.SSLContext tls) {
    this.upstream = URI.create(upstreamBaseUrl);
    this.tls = tls != null;
    this.tlsContext = tls;
    this.server = listen(0);
    this.port = server.getLocalPort();
    ServerSocket first = server;
    workers.submit(() -> acceptLoop(first));
  }

  private ServerSocket listen(int onPort) {
    try {
      ServerSocket socket =
          tlsContext == null
              ? new ServerSocket()
              : tlsContext.getServerSocketFactory().createServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The registry restarts when the first request that matches arrives: that request and every other
   * one in flight are cut off unanswered, new connections are refused for {@code down}, then the
   * proxy listens on the same port again, in front of the same registry (as one that keeps its
   * storage would come back).
   */
  public FaultProxy restartWhen(Predicate<Request> when, Duration down) {
    this.restart = new Restart(when, down);
    return this;
  }

  /** How often the registry restarted. */
  public int restarts() {
    return restarts.get();
  }

  private void goDown(Duration down) {
    restarts.incrementAndGet();
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket socket : open) {
      try {
        socket.setSoLinger(true, 0);
        socket.close();
      } catch (IOException e) {
        // already gone
      }
    }
    workers.submit(
        () -> {
          try {
            Thread.sleep(down.toMillis());
          } catch (InterruptedException e) {
            return;
          }
          if (closed) {
            return;
          }
          ServerSocket again = listen(port);
          server = again;
          acceptLoop(again);
        });
  }

  /** The proxied base URL: same path as upstream, the proxy's port. */
  public String url() {
    return (tls ? "https" : "http") + "://127.0.0.1:" + port + upstream.getRawPath();
  }

  /** The next {@code times} requests get {@code fault}. */
  public FaultProxy failNext(int times, Fault fault) {
    return failWhen(r -> true, times, fault);
  }

  /** The next {@code times} requests that match get {@code fault}; others pass. */
  public FaultProxy failWhen(Predicate<Request> when, int times, Fault fault) {
    rules.add(new Rule(when, fault, new int[] {times}));
    return this;
  }

  /** Answers 401 to any request without exactly this {@code Authorization} header. */
  public FaultProxy requireAuthorization(String value) {
    this.requiredAuthorization = value;
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> writes() {
    return requests.stream().filter(Request::isWrite).toList();
  }

  public void clear() {
    requests.clear();
    rules.clear();
    restart = null;
  }

  private void acceptLoop(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket socket = listening.accept();
        workers.submit(() -> handle(socket));
      } catch (IOException closed) {
        return;
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        return;
      }
    }
  }

  private void handle(Socket socket) {
    open.add(socket);
    try (socket) {
      Request request = read(socket.getInputStream());
      if (request == null) {
        return;
      }
      requests.add(request);
      Restart due = restartFor(request);
      if (due != null) {
        goDown(due.down());
        return;
      }
      Fault fault = faultFor(request);
      if (fault instanceof Fault.Reset) {
        socket.setSoLinger(true, 0);
        return;
      }
      if (fault instanceof Fault.Silence silence) {
        Thread.sleep(silence.duration().toMillis());
        return;
      }
      OutputStream out = socket.getOutputStream();
      if (fault instanceof Fault.Status status) {
        respond(out, status.status(), "{\"error_code\":" + status.status() + "}");
        return;
      }
      if (requiredAuthorization != null
          && !requiredAuthorization.equals(request.headers().get("authorization"))) {
        respond(out, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
        return;
      }
      if (fault instanceof Fault.Delay delay) {
        String answer = forward(request);
        Thread.sleep(delay.duration().toMillis());
        out.write(answer.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return;
      }
      if (fault instanceof Fault.LoseAnswer) {
        forward(request);
        socket.setSoLinger(true, 0);
        return;
      }
      String answer = forward(request);
      out.write(answer.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client went away or the fault closed the connection: nothing to answer
    } finally {
      open.remove(socket);
    }
  }

  private synchronized Restart restartFor(Request request) {
    Restart due = restart;
    if (due != null && due.when().test(request)) {
      restart = null;
      return due;
    }
    return null;
  }

  private synchronized Fault faultFor(Request request) {
    for (Rule rule : rules) {
      if (rule.remaining()[0] > 0 && rule.when().test(request)) {
        rule.remaining()[0]--;
        return rule.fault();
      }
    }
    return null;
  }

  /** Sends the request upstream; the answer as the bytes to pass on. */
  private String forward(Request request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(upstream.resolve(request.path()))
            .timeout(Duration.ofSeconds(60))
            .method(
                request.method(),
                request.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body()));
    for (String header : List.of("content-type", "accept")) {
      String value = request.headers().get(header);
      if (value != null) {
        builder.header(header, value);
      }
    }
    HttpResponse<String> response =
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    return answer(response.statusCode(), response.body());
  }

  private static void respond(OutputStream out, int status, String body) throws IOException {
    out.write(answer(status, body).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String answer(int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " Status\r\nContent-Type: application/vnd.schemaregistry.v1+json\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    return head + body;
  }

  private static Request read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.put(
            header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Request(parts[0], parts[1], headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        String text = buffer.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      buffer.write(b);
    }
    return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    workers.shutdownNow();
  }

  /** Requests whose path contains {@code fragment}. */
  public List<Request> requestsTo(String fragment) {
    List<Request> matching = new ArrayList<>();
    for (Request request : requests) {
      if (request.path().contains(fragment)) {
        matching.add(request);
      }
    }
    return matching;
  }
}
