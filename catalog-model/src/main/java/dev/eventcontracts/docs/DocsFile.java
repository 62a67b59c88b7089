package dev.eventcontracts.docs;

/** One file of the site: its path from the site root, with {@code /}, and its size in bytes. */
public record DocsFile(String path, long bytes) {}
