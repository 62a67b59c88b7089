package dev.eventcontracts.breaking;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.internal.parser.ReservedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kotlin.ranges.IntRange;

/** The numbers and names a message or enum reserves. Ranges are inclusive. */
public record Reservations(List<int[]> ranges, Set<String> names) {

  public static Reservations of(MessageType message) {
    return of(message.toElement().getReserveds());
  }

  public static Reservations of(EnumType enumType) {
    return of(enumType.toElement().getReserveds());
  }

  private static Reservations of(List<ReservedElement> reserveds) {
    List<int[]> ranges = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (ReservedElement reserved : reserveds) {
      for (Object value : reserved.getValues()) {
        if (value instanceof Integer number) {
          ranges.add(new int[] {number, number});
        } else if (value instanceof IntRange range) {
          ranges.add(new int[] {range.getFirst(), range.getLast()});
        } else if (value instanceof String name) {
          names.add(name);
        }
      }
    }
    return new Reservations(List.copyOf(ranges), Set.copyOf(names));
  }

  public boolean number(int number) {
    for (int[] range : ranges) {
      if (number >= range[0] && number <= range[1]) {
        return true;
      }
    }
    return false;
  }

  public boolean name(String name) {
    return names.contains(name);
  }

  /**
   * The numbers reserved here that {@code now} no longer reserves, as spans such as {@code [4]} or
   * {@code [10,19]}; {@code taken} numbers are left out (a field now uses them).
   */
  public List<String> numbersMissingFrom(Reservations now, Set<Integer> taken) {
    List<long[]> kept = new ArrayList<>();
    for (int[] range : now.ranges) {
      kept.add(new long[] {range[0], range[1]});
    }
    for (int number : taken) {
      kept.add(new long[] {number, number});
    }
    kept.sort((a, b) -> Long.compare(a[0], b[0]));
    List<String> missing = new ArrayList<>();
    for (int[] range : ranges) {
      long next = range[0];
      for (long[] k : kept) {
        if (k[1] < next || k[0] > range[1]) {
          continue;
        }
        if (k[0] > next) {
          missing.add(span(next, k[0] - 1));
        }
        next = Math.max(next, k[1] + 1);
      }
      if (next <= range[1]) {
        missing.add(span(next, range[1]));
      }
    }
    return missing;
  }

  private static String span(long start, long end) {
    return start == end ? "[" + start + "]" : "[" + start + "," + end + "]";
  }
}
