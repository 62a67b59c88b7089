package dev.eventcontracts.engine;

import java.nio.file.Path;

/**
 * Contracts as code for the catalog in {@code catalogDir}: Java from every proto with {@code
 * protoc}, the catalog constants beside it in {@code javaOut}, and {@code
 * META-INF/catalog/descriptor-set.binpb} and {@code META-INF/catalog/catalog.json} under {@code
 * resourcesOut}.
 *
 * @param protoc the protoc executable to run
 * @param workDir where protoc's argument file and the well-known protos go
 * @param headersClass the fully qualified name of the header contract class, or null for {@code
 *     CatalogHeaders} in the Java package every event's message shares
 */
public record GenerateRequest(
    Path catalogDir,
    Path protoc,
    Path javaOut,
    Path resourcesOut,
    Path workDir,
    String headersClass) {}
