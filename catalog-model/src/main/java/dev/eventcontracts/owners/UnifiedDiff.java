package dev.eventcontracts.owners;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, as {@code diff -u} prints
 * it: what turns {@code old} into {@code now}. Empty when the texts are equal.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  /** Above this many cells the longest common subsequence is not worth its memory. */
  private static final long MAX_CELLS = 16_000_000L;

  private record Op(char kind, String line, int oldLine, int newLine) {}

  private UnifiedDiff() {}

  public static String of(String oldName, String old, String newName, String now) {
    if (old.equals(now)) {
      return "";
    }
    List<Op> ops = ops(lines(old), lines(now));
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // extend the hunk while changes are closer than twice the context
      while (true) {
        while (end < ops.size() && ops.get(end).kind() != ' ') {
          end++;
        }
        int next = end;
        while (next < ops.size() && ops.get(next).kind() == ' ') {
          next++;
        }
        if (next < ops.size() && next - end <= 2 * CONTEXT) {
          end = next;
        } else {
          end = Math.min(ops.size(), end + CONTEXT);
          break;
        }
      }
      hunk(ops.subList(start, end), out);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(List<Op> ops, StringBuilder out) {
    int oldStart = -1;
    int newStart = -1;
    int oldCount = 0;
    int newCount = 0;
    for (Op op : ops) {
      if (op.kind() != '+') {
        oldCount++;
        if (oldStart < 0) {
          oldStart = op.oldLine();
        }
      }
      if (op.kind() != '-') {
        newCount++;
        if (newStart < 0) {
          newStart = op.newLine();
        }
      }
    }
    Op first = ops.get(0);
    if (oldStart < 0) {
      oldStart = first.oldLine() - 1;
    }
    if (newStart < 0) {
      newStart = first.newLine() - 1;
    }
    out.append("@@ -")
        .append(range(oldStart, oldCount))
        .append(" +")
        .append(range(newStart, newCount))
        .append(" @@\n");
    for (Op op : ops) {
      out.append(op.kind()).append(op.line()).append('\n');
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Edit operations, 1-based line numbers on each side (of the line, or where it would go). */
  private static List<Op> ops(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new Op(' ', a.get(k), k + 1, k + 1));
    }
    int n = midA.size();
    int m = midB.size();
    int oldLine = prefix + 1;
    int newLine = prefix + 1;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (String line : midA) {
        ops.add(new Op('-', line, oldLine++, newLine));
      }
      for (String line : midB) {
        ops.add(new Op('+', line, oldLine, newLine++));
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int x = n - 1; x >= 0; x--) {
        for (int y = m - 1; y >= 0; y--) {
          lcs[x][y] =
              midA.get(x).equals(midB.get(y))
                  ? lcs[x + 1][y + 1] + 1
                  : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        }
      }
      int x = 0;
      int y = 0;
      while (x < n || y < m) {
        if (x < n && y < m && midA.get(x).equals(midB.get(y))) {
          ops.add(new Op(' ', midA.get(x++), oldLine++, newLine++));
          y++;
        } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
          ops.add(new Op('-', midA.get(x++), oldLine++, newLine));
        } else {
          ops.add(new Op('+', midB.get(y++), oldLine, newLine++));
        }
      }
    }
    for (int k = a.size() - suffix; k < a.size(); k++) {
      ops.add(new Op(' ', a.get(k), oldLine++, newLine++));
    }
    return ops;
  }
}
