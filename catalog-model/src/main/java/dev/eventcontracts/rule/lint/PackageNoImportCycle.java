package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

@RuleInfo(
    id = "PACKAGE_NO_IMPORT_CYCLE",
    category = Category.STYLE,
    severity = Severity.WARNING,
    summary =
        "Packages do not import each other in a cycle; protoc and buf accept such cycles, but"
            + " many code generators cannot build them.")
public final class PackageNoImportCycle implements LintRule {

  /** One import statement that crosses from one package to another. */
  private record Crossing(ProtoFile file, String imported, String from, String to) {}

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return;
    }
    Map<String, String> packageByPath = new HashMap<>();
    for (ProtoFile file : protos.schema().getProtoFiles()) {
      String name = packageOf(file);
      if (name != null) {
        packageByPath.put(file.getLocation().getPath(), name);
      }
    }
    Map<String, Set<String>> graph = new TreeMap<>();
    List<Crossing> crossings = new ArrayList<>();
    for (ProtoFile file : protos.files()) {
      String from = packageOf(file);
      if (from == null) {
        continue;
      }
      List<String> imports = new ArrayList<>(file.getImports());
      imports.addAll(file.getPublicImports());
      for (String imported : imports) {
        String to = packageByPath.get(imported);
        if (to != null && !to.equals(from)) {
          graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          graph.computeIfAbsent(to, k -> new TreeSet<>());
          crossings.add(new Crossing(file, imported, from, to));
        }
      }
    }
    Map<String, Integer> component = components(graph);
    for (Crossing crossing : crossings) {
      if (!component.get(crossing.from()).equals(component.get(crossing.to()))) {
        continue;
      }
      List<String> cycle = new ArrayList<>();
      cycle.add(crossing.from());
      cycle.addAll(path(graph, component, crossing.to(), crossing.from()));
      out.report(
          ProtoStatements.importStatement(catalog, crossing.file(), crossing.imported()),
          null,
          "Package \""
              + crossing.from()
              + "\" imports \""
              + crossing.to()
              + "\", which leads back to it: "
              + String.join(" -> ", cycle)
              + "; move the types both need into a package of their own.");
    }
  }

  private static String packageOf(ProtoFile file) {
    String name = file.getPackageName();
    return name == null || name.isEmpty() ? null : name;
  }

  /** Strongly connected components (Kosaraju, without recursion): package → component number. */
  private static Map<String, Integer> components(Map<String, Set<String>> graph) {
    List<String> finished = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String start : graph.keySet()) {
      if (!seen.add(start)) {
        continue;
      }
      Deque<Map.Entry<String, Iterator<String>>> stack = new ArrayDeque<>();
      stack.push(Map.entry(start, graph.get(start).iterator()));
      while (!stack.isEmpty()) {
        Iterator<String> next = stack.peek().getValue();
        if (next.hasNext()) {
          String to = next.next();
          if (seen.add(to)) {
            stack.push(Map.entry(to, graph.get(to).iterator()));
          }
        } else {
          finished.add(stack.pop().getKey());
        }
      }
    }
    Map<String, List<String>> reversed = new HashMap<>();
    graph.forEach(
        (from, tos) ->
            tos.forEach(to -> reversed.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
    Map<String, Integer> component = new HashMap<>();
    Collections.reverse(finished);
    for (String root : finished) {
      if (component.containsKey(root)) {
        continue;
      }
      int number = component.size();
      Deque<String> todo = new ArrayDeque<>(List.of(root));
      component.put(root, number);
      while (!todo.isEmpty()) {
        for (String from : reversed.getOrDefault(todo.pop(), List.of())) {
          if (!component.containsKey(from)) {
            component.put(from, number);
            todo.push(from);
          }
        }
      }
    }
    return component;
  }

  /** A shortest path from {@code start} to {@code goal} within their component, both included. */
  private static List<String> path(
      Map<String, Set<String>> graph, Map<String, Integer> component, String start, String goal) {
    Map<String, String> cameFrom = new LinkedHashMap<>();
    cameFrom.put(start, null);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty() && !cameFrom.containsKey(goal)) {
      String at = queue.poll();
      for (String to : graph.get(at)) {
        if (!cameFrom.containsKey(to) && component.get(to).equals(component.get(start))) {
          cameFrom.put(to, at);
          queue.add(to);
        }
      }
    }
    List<String> path = new ArrayList<>();
    for (String at = goal; at != null; at = cameFrom.get(at)) {
      path.add(at);
    }
    Collections.reverse(path);
    return path;
  }
}
