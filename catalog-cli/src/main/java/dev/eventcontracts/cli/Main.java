package dev.eventcontracts.cli;

/** Entry point of the runnable jar (the command tree comes with the CLI). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
