package dev.eventcontracts.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.CompatibilityMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The Confluent Schema Registry REST API over {@code java.net.http}. Connect errors, timeouts, 429
 * and 5xx answers are retried with backoff; other 4xx answers are final. Registering and looking up
 * are idempotent in the registry, so retrying them is safe.
 */
public final class HttpRegistryClient implements RegistryClient {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where Apicurio Registry serves the Confluent API, the path most often left out of a url. */
  private static final String APICURIO_API = "/apis/ccompat/v7";

  private final RegistryEndpoint endpoint;
  private final ClientSettings settings;
  private final HttpClient http;
  private final String base;
  private final AtomicLong requests = new AtomicLong();

  public HttpRegistryClient(RegistryEndpoint endpoint, ClientSettings settings) {
    this.endpoint = endpoint;
    this.settings = settings;
    this.base = endpoint.baseUri().toString();
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout());
    if (endpoint.truststore() != null) {
      builder.sslContext(sslContext(endpoint));
    }
    this.http = builder.build();
  }

  @Override
  public String describe() {
    return RegistryEndpoint.redact(base);
  }

  /**
   * Reads {@code GET /subjects?offset=N&limit=PAGE} until a page comes back empty: a page shorter
   * than asked does not end it, since a registry may cap a page below {@code limit}. A registry
   * that ignores {@code offset} answers the next page with the first one again; its listing is then
   * read once without paging, as long as the registry makes it.
   */
  @Override
  public SubjectListing listSubjects() {
    List<String> subjects = new ArrayList<>();
    String first = null;
    while (true) {
      List<String> page = new ArrayList<>();
      send("GET", "/subjects?offset=" + subjects.size() + "&limit=" + PAGE, null)
          .body()
          .forEach(n -> page.add(n.asText()));
      if (page.isEmpty()) {
        subjects.sort(null);
        return new SubjectListing(subjects, true);
      }
      if (first == null) {
        first = page.get(0);
      } else if (page.get(0).equals(first)) {
        // offset ignored (Apicurio 2.6 honours limit alone): what there is comes unpaged
        List<String> all = new ArrayList<>();
        send("GET", "/subjects", null).body().forEach(n -> all.add(n.asText()));
        all.sort(null);
        return new SubjectListing(all, false);
      }
      subjects.addAll(page);
    }
  }

  /** Subjects asked for per page of {@code GET /subjects}: Apicurio 3's default cap. */
  static final int PAGE = 1000;

  @Override
  public List<Integer> versions(String subject) {
    Answer answer = send("GET", subjectPath(subject) + "/versions", null, 404);
    List<Integer> versions = new ArrayList<>();
    if (answer.status() == 200) {
      answer.body().forEach(n -> versions.add(n.asInt()));
    }
    return versions;
  }

  @Override
  public Optional<RegisteredSchema> latest(String subject) {
    Answer answer = send("GET", subjectPath(subject) + "/versions/latest", null, 404);
    return answer.status() == 200
        ? Optional.of(registered(subject, answer.body()))
        : Optional.empty();
  }

  @Override
  public Lookup lookup(String subject, SchemaContent content) {
    Answer answer = send("POST", subjectPath(subject) + "?normalize=true", body(content), 404);
    if (answer.status() == 200) {
      return Lookup.found(registered(subject, answer.body()));
    }
    return Lookup.absent(answer.errorCode() != 40401);
  }

  @Override
  public CompatibilityCheck checkCompatibility(String subject, SchemaContent content) {
    Answer answer =
        send(
            "POST",
            "/compatibility" + subjectPath(subject) + "/versions/latest?verbose=true",
            body(content),
            404);
    if (answer.status() == 404) {
      return new CompatibilityCheck(true, List.of());
    }
    List<String> reasons = new ArrayList<>();
    answer.body().path("messages").forEach(n -> reasons.add(n.asText()));
    if (answer.body().hasNonNull("reason")) {
      reasons.add(answer.body().path("reason").asText());
    }
    return new CompatibilityCheck(answer.body().path("is_compatible").asBoolean(false), reasons);
  }

  @Override
  public int register(String subject, SchemaContent content) {
    return send("POST", subjectPath(subject) + "/versions?normalize=true", body(content))
        .body()
        .path("id")
        .asInt();
  }

  @Override
  public Optional<CompatibilityMode> compatibility(String subject) {
    return mode(send("GET", "/config/" + encode(subject), null, 404));
  }

  private static Optional<CompatibilityMode> mode(Answer answer) {
    if (answer.status() != 200) {
      return Optional.empty();
    }
    JsonNode level = answer.body().path("compatibilityLevel");
    if (level.isMissingNode()) {
      level = answer.body().path("compatibility");
    }
    try {
      return Optional.of(CompatibilityMode.valueOf(level.asText().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<CompatibilityMode> globalCompatibility() {
    return mode(send("GET", "/config", null, 404));
  }

  @Override
  public void setCompatibility(String subject, CompatibilityMode mode) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", mode.name());
    send("PUT", "/config/" + encode(subject), body);
  }

  @Override
  public RegisteredSchema schemaById(int id) {
    JsonNode body = send("GET", "/schemas/ids/" + id, null).body();
    return registered(null, body);
  }

  @Override
  public long requestCount() {
    return requests.get();
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + encode(subject);
  }

  /** Subjects named after files hold slashes, which must not split the path. */
  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ObjectNode body(SchemaContent content) {
    ObjectNode body = JSON.createObjectNode();
    body.put("schemaType", "PROTOBUF");
    body.put("schema", content.schema());
    ArrayNode refs = body.putArray("references");
    for (SchemaReference ref : content.references()) {
      refs.addObject()
          .put("name", ref.name())
          .put("subject", ref.subject())
          .put("version", ref.version());
    }
    return body;
  }

  private static RegisteredSchema registered(String subject, JsonNode body) {
    List<SchemaReference> refs = new ArrayList<>();
    body.path("references")
        .forEach(
            r ->
                refs.add(
                    new SchemaReference(
                        r.path("name").asText(),
                        r.path("subject").asText(),
                        r.path("version").asInt())));
    return new RegisteredSchema(
        body.hasNonNull("subject") ? body.path("subject").asText() : subject,
        body.path("id").asInt(),
        body.path("version").asInt(),
        body.path("schema").asText(),
        refs,
        // the API leaves the type out for Avro, its first and default type
        body.path("schemaType").asText("AVRO").toUpperCase(Locale.ROOT));
  }

  private record Answer(int status, int errorCode, JsonNode body) {}

  private Answer send(String method, String path, JsonNode body, int... acceptedErrors) {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("Accept", CONTENT_TYPE + ", application/json");
    if (endpoint.authorization() != null) {
      request.header("Authorization", endpoint.authorization());
    }
    if (body != null) {
      request.header("Content-Type", CONTENT_TYPE);
      request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpRequest built = request.build();
    RetryPolicy retry = settings.retry();
    String what = method + " " + describeUri(uri);
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= retry.maxAttempts();
      HttpResponse<byte[]> response;
      try {
        requests.incrementAndGet();
        response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // a certificate that is not trusted now will not be trusted in a second either
        if (last || e instanceof javax.net.ssl.SSLException) {
          throw new RegistryException(
              CatalogException.UNREACHABLE,
              RegistryException.NO_STATUS,
              0,
              what + ": " + transportProblem(e) + after(attempt),
              e);
        }
        pause(retry, attempt);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RegistryException(
            CatalogException.UNREACHABLE, RegistryException.NO_STATUS, 0, what + ": interrupted");
      }
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new Answer(status, 0, parse(response.body()));
      }
      JsonNode error = parse(response.body());
      int errorCode = error.path("error_code").asInt(0);
      boolean transientFailure = status == 429 || status >= 500;
      if (transientFailure && !last) {
        pause(retry, attempt);
        continue;
      }
      // A registry says "not found" with its own 404xx code; a bare 404 comes from a server with
      // no such API at that path, so it must not pass for a missing subject.
      if (status == 404 && errorCode / 100 != 404) {
        throw new RegistryException(
            CatalogException.INPUT, status, errorCode, what + " answered 404" + notTheApi());
      }
      for (int accepted : acceptedErrors) {
        if (status == accepted) {
          return new Answer(status, errorCode, error);
        }
      }
      throw new RegistryException(
              transientFailure ? CatalogException.UNREACHABLE : CatalogException.INPUT,
              status,
              errorCode,
              what + " answered " + status + explain(status, errorCode, error) + after(attempt))
          .withReason(error.path("message").asText(""));
    }
  }

  /**
   * Why a bare 404 happened and where the API likely is: a url without the API path, most often
   * Apicurio Registry's root, whose Confluent-compatible API is at {@code /apis/ccompat/v7}
   * (Confluent, Karapace and Redpanda serve it at the root).
   */
  private String notTheApi() {
    URI uri = endpoint.baseUri();
    String origin = RegistryEndpoint.redact(uri.getScheme() + "://" + uri.getRawAuthority());
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String where =
        ", not a Schema Registry answer: "
            + describe()
            + " (the registry url of environment \""
            + endpoint.environment()
            + "\") is not the API root";
    if (path.startsWith(APICURIO_API)) {
      return where + "; check the registry url";
    }
    String apicurio = "; Apicurio Registry serves it at " + origin + APICURIO_API;
    boolean root = path.isEmpty() || path.equals("/");
    return root
        ? where + apicurio
        : where + apicurio + ", Confluent, Karapace and Redpanda at " + origin;
  }

  private String describeUri(URI uri) {
    return RegistryEndpoint.redact(uri.toString());
  }

  private static String after(int attempt) {
    return attempt > 1 ? " (after " + attempt + " attempts)" : "";
  }

  private static String transportProblem(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within the timeout";
    }
    if (e instanceof ConnectException) {
      return "cannot connect (is the registry running and the url right?)";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "TLS handshake failed (" + e.getMessage() + "); set registry.truststore";
    }
    String message = e.getMessage();
    return "connection failed (" + (message == null ? e.getClass().getSimpleName() : message) + ")";
  }

  private static String explain(int status, int errorCode, JsonNode error) {
    StringBuilder out = new StringBuilder();
    if (errorCode != 0) {
      out.append(" (registry error ").append(errorCode).append(')');
    }
    String meaning =
        switch (status == 409 ? 409 : errorCode != 0 ? errorCode : status) {
          case 401 -> "authentication failed: check the credentials named in catalog.yaml";
          case 403 -> "permission denied for these credentials";
          case 409 -> "the schema is incompatible with an earlier version of the subject";
          case 40401 -> "subject not found";
          case 40402 -> "version not found";
          case 40403 -> "schema not found";
          case 42201 -> "invalid schema";
          case 42202 -> "invalid version";
          case 42203 -> "invalid compatibility level";
          default -> null;
        };
    String message = error.path("message").asText("");
    if (meaning != null) {
      out.append(": ").append(meaning);
      if (!message.isEmpty()) {
        out.append(" — ").append(message);
      }
    } else if (!message.isEmpty()) {
      out.append(": ").append(message);
    }
    return out.toString();
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static void pause(RetryPolicy retry, int attempt) {
    try {
      Thread.sleep(retry.backoff(attempt).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The JVM's trusted authorities plus those of the configured truststore. */
  private static SSLContext sslContext(RegistryEndpoint endpoint) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      try (InputStream in = Files.newInputStream(endpoint.truststore())) {
        store.load(in, endpoint.truststorePassword());
      }
      X509TrustManager custom = trustManager(store);
      X509TrustManager jvm = trustManager(null);
      X509TrustManager both =
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
              jvm.checkClientTrusted(chain, authType);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
              try {
                custom.checkServerTrusted(chain, authType);
              } catch (CertificateException e) {
                jvm.checkServerTrusted(chain, authType);
              }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              List<X509Certificate> all = new ArrayList<>(List.of(jvm.getAcceptedIssuers()));
              all.addAll(List.of(custom.getAcceptedIssuers()));
              return all.toArray(X509Certificate[]::new);
            }
          };
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {both}, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw CatalogException.input(
          "environment \""
              + endpoint.environment()
              + "\": cannot read truststore "
              + endpoint.truststore()
              + " ("
              + e.getMessage()
              + ")");
    }
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager");
  }
}
