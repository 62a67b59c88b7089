package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.Extend;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message is used when an event names it, or a field of a used message has it as type (map values
 * included). Nesting alone does not count: a nested message no field refers to is as dead as a
 * top-level one. Types of custom options count as used, and so do all messages of files that
 * declare custom options and of the files they import that hold no part of an event's payload:
 * those files serve options, not payloads. A catalog without events is a bare tree of protos and
 * has nothing to measure use by.
 */
@RuleInfo(
    id = "MESSAGE_NO_UNUSED",
    category = Category.GOVERNANCE,
    severity = Severity.WARNING,
    summary =
        "Every message under protoRoot is part of some event's payload: named by an event, or"
            + " reachable through field types from an event's message.")
public final class MessageNoUnused implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoSchema protos = catalog.protos();
    if (protos == null || catalog.events().isEmpty()) {
      return;
    }
    List<ProtoType> roots = new ArrayList<>();
    for (Event event : catalog.events()) {
      MessageType message =
          event.schemaMessage() == null ? null : protos.message(event.schemaMessage());
      if (message != null) {
        roots.add(message.getType());
      }
    }
    Set<ProtoType> payload = reachable(protos, roots);
    Set<ProtoType> used = payload;
    Set<String> optionFiles = Set.of();
    List<Field> extensions = ProtoElements.extensionFields(protos);
    if (!extensions.isEmpty()) {
      extensions.forEach(extension -> roots.add(extension.getType()));
      used = reachable(protos, roots);
      optionFiles = optionFiles(protos, payload);
    }
    for (MessageType message : protos.messages()) {
      if (!used.contains(message.getType())
          && !optionFiles.contains(message.getLocation().getPath())) {
        out.report(
            protos.locate(message.getLocation()),
            null,
            "Message \""
                + message.getType()
                + "\" is used by no event, neither named in an event's schema nor reachable"
                + " through the fields of one; use it, or delete it.");
      }
    }
  }

  private static Set<ProtoType> reachable(ProtoSchema protos, List<ProtoType> roots) {
    Set<ProtoType> seen = new HashSet<>();
    Deque<ProtoType> todo = new ArrayDeque<>();
    for (ProtoType root : roots) {
      follow(root, seen, todo);
    }
    while (!todo.isEmpty()) {
      Type type = protos.schema().getType(todo.pop());
      if (type instanceof MessageType message) {
        for (Field field : ProtoElements.fields(message)) {
          follow(
              dev.eventcontracts.model.MessageGraph.resolve(
                  protos.schema(), field.getType(), message),
              seen,
              todo);
        }
      }
    }
    return seen;
  }

  private static void follow(ProtoType type, Set<ProtoType> seen, Deque<ProtoType> todo) {
    ProtoType target = type.isMap() ? type.getValueType() : type;
    if (!target.isScalar() && seen.add(target)) {
      todo.push(target);
    }
  }

  /**
   * Files that declare custom options (extensions of {@code google.protobuf.*Options}), and files
   * reached from them by imports that hold no part of an event's payload.
   */
  private static Set<String> optionFiles(ProtoSchema protos, Set<ProtoType> payload) {
    Set<String> payloadFiles = new HashSet<>();
    for (ProtoType type : payload) {
      Type declared = protos.schema().getType(type);
      if (declared != null) {
        payloadFiles.add(declared.getLocation().getPath());
      }
    }
    Map<String, ProtoFile> catalogFiles = ProtoElements.filesByPath(protos);
    Set<String> files = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (ProtoFile file : protos.files()) {
      for (Extend extend : ProtoElements.extendBlocks(file)) {
        String extended = extend.getType() == null ? extend.getName() : extend.getType().toString();
        if (extended.startsWith("google.protobuf.") && extended.endsWith("Options")) {
          String path = file.getLocation().getPath();
          if (files.add(path)) {
            todo.push(path);
          }
        }
      }
    }
    while (!todo.isEmpty()) {
      ProtoFile file = catalogFiles.get(todo.pop());
      if (file == null) {
        continue;
      }
      List<String> imports = new ArrayList<>(file.getImports());
      imports.addAll(file.getPublicImports());
      for (String imported : imports) {
        if (!payloadFiles.contains(imported) && files.add(imported)) {
          todo.push(imported);
        }
      }
    }
    return files;
  }
}
