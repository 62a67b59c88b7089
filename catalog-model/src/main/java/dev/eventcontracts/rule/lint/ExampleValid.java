package dev.eventcontracts.rule.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.eventcontracts.load.ProtoDescriptors;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Example;
import dev.eventcontracts.model.ExamplePayload;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

@RuleInfo(
    id = "EXAMPLE_VALID",
    category = Category.GOVERNANCE,
    summary =
        "Every example payload exists inside the catalog and parses as proto3 JSON of the event's"
            + " message; the first error is reported with its JSON path.")
public final class ExampleValid implements LintRule {

  private static final int MAX_BYTES = 1 << 20;

  /**
   * The JSON readers, made on the first example: Jackson's and protobuf's parsers take a few dozen
   * milliseconds to initialise, which a catalog without examples should not pay on every lint.
   */
  private static final class Json {
    static final JsonFactory FACTORY =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(MAX_BYTES)
                    .build())
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private Json() {}
  }

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoDescriptors descriptors = null;
    for (Event event : catalog.events()) {
      for (Example example : event.examples()) {
        if (descriptors == null && catalog.protos() != null) {
          descriptors = new ProtoDescriptors(catalog.protos());
        }
        if (example.payload() != null) {
          check(descriptors, event, example, out);
        }
      }
    }
  }

  private void check(ProtoDescriptors descriptors, Event event, Example example, Findings out) {
    ExamplePayload payload = example.payload();
    if (payload instanceof ExamplePayload.OutsideCatalog) {
      out.report(
          example.location(),
          event.name(),
          "Example \""
              + example.file()
              + "\" points outside the catalog; keep examples inside it.");
    } else if (payload instanceof ExamplePayload.Missing missing) {
      out.report(
          example.location(),
          event.name(),
          "Example file \"" + missing.path() + "\" does not exist.");
    } else if (payload instanceof ExamplePayload.Unreadable unreadable) {
      out.report(
          example.location(),
          event.name(),
          "Example file \"" + unreadable.path() + "\" cannot be read: " + unreadable.reason());
    } else if (payload instanceof ExamplePayload.TooLarge tooLarge) {
      out.report(
          SourceLocation.of(tooLarge.path()),
          event.name(),
          "Example file is larger than 1 MB; keep it small.");
    } else if (payload instanceof ExamplePayload.Text text) {
      check(descriptors, event, text.path(), text.text(), out);
    }
  }

  private void check(
      ProtoDescriptors descriptors, Event event, String path, String text, Findings out) {
    Map<String, SourceLocation> positions = new HashMap<>();
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
      index(text, path, positions);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      out.report(
          at == null
              ? SourceLocation.of(path)
              : new SourceLocation(path, at.getLineNr(), at.getColumnNr()),
          event.name(),
          "Example is not valid JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      out.report(
          SourceLocation.of(path), event.name(), "Example cannot be read: " + e.getMessage());
      return;
    }
    if (root == null || !root.isObject()) {
      out.report(
          new SourceLocation(path, 1, 1),
          event.name(),
          "Example must be a JSON object (the proto3 JSON form of the event's message).");
      return;
    }
    Descriptor descriptor = descriptor(descriptors, event.schemaMessage());
    if (descriptor == null) {
      return; // EVENT_SCHEMA_DEFINED reports the missing message
    }
    Problem problem = firstProblem((ObjectNode) root, descriptor, "$");
    if (problem != null) {
      SourceLocation where = positions.getOrDefault(problem.path(), new SourceLocation(path, 1, 1));
      out.report(
          where,
          event.name(),
          "Example does not match message \""
              + event.schemaMessage()
              + "\" at "
              + problem.path()
              + ": "
              + problem.message());
    }
  }

  private static Descriptor descriptor(ProtoDescriptors descriptors, String message) {
    if (descriptors == null || message == null) {
      return null;
    }
    try {
      return descriptors.message(message);
    } catch (DescriptorValidationException | RuntimeException e) {
      return null;
    }
  }

  private record Problem(String path, String message) {}

  /** Narrows a JsonFormat failure down to the first field (and element) that causes it. */
  private static Problem firstProblem(ObjectNode object, Descriptor descriptor, String path) {
    String whole = parseError(object, descriptor);
    if (whole == null) {
      return null;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      ObjectNode single = Json.MAPPER.createObjectNode();
      single.set(entry.getKey(), entry.getValue());
      String error = parseError(single, descriptor);
      if (error == null) {
        continue;
      }
      String fieldPath = path + "." + entry.getKey();
      FieldDescriptor field = field(descriptor, entry.getKey());
      if (field != null
          && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && !field.isMapField()
          && !field.getMessageType().getFullName().startsWith("google.protobuf.")) {
        JsonNode value = entry.getValue();
        if (field.isRepeated() && value instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof ObjectNode element) {
              Problem nested =
                  firstProblem(element, field.getMessageType(), fieldPath + "[" + i + "]");
              if (nested != null) {
                return nested;
              }
            } else {
              return new Problem(fieldPath + "[" + i + "]", "expected an object");
            }
          }
        } else if (!field.isRepeated() && value instanceof ObjectNode nestedObject) {
          Problem nested = firstProblem(nestedObject, field.getMessageType(), fieldPath);
          if (nested != null) {
            return nested;
          }
        }
      } else if (field != null
          && field.isRepeated()
          && entry.getValue() instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          ObjectNode one = Json.MAPPER.createObjectNode();
          one.set(entry.getKey(), Json.MAPPER.createArrayNode().add(array.get(i)));
          String elementError = parseError(one, descriptor);
          if (elementError != null) {
            return new Problem(fieldPath + "[" + i + "]", elementError);
          }
        }
      }
      return new Problem(fieldPath, error);
    }
    return new Problem(path, whole);
  }

  private static FieldDescriptor field(Descriptor descriptor, String jsonKey) {
    FieldDescriptor field = descriptor.findFieldByName(jsonKey);
    if (field != null) {
      return field;
    }
    for (FieldDescriptor candidate : descriptor.getFields()) {
      if (candidate.getJsonName().equals(jsonKey)) {
        return candidate;
      }
    }
    return null;
  }

  private static String parseError(ObjectNode object, Descriptor descriptor) {
    try {
      Json.PARSER.merge(object.toString(), DynamicMessage.newBuilder(descriptor));
      return null;
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      return message.lines().findFirst().orElse(message);
    }
  }

  /** Records where each JSON path ($.a.b[0]) starts in the file. */
  private static void index(String text, String file, Map<String, SourceLocation> positions)
      throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser(text)) {
      walk(parser, parser.nextToken(), "$", file, positions);
    }
  }

  private static void walk(
      JsonParser parser,
      JsonToken token,
      String path,
      String file,
      Map<String, SourceLocation> positions)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    positions.putIfAbsent(path, new SourceLocation(file, at.getLineNr(), at.getColumnNr()));
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        positions.put(
            path + "." + key, new SourceLocation(file, keyAt.getLineNr(), keyAt.getColumnNr()));
        walk(parser, parser.nextToken(), path + "." + key, file, positions);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int i = 0;
      JsonToken next;
      while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
        walk(parser, next, path + "[" + i + "]", file, positions);
        i++;
      }
    }
  }
}
