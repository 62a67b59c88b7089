package dev.eventcontracts.maven;

import dev.eventcontracts.contracts.ProtocArtifact;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.GenerateRequest;
import dev.eventcontracts.engine.GenerateResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Contracts as code: Java classes for every proto under protoRoot, written by protoc (resolved from
 * the project's repositories as {@code com.google.protobuf:protoc:VERSION:exe:OS-ARCH}; none is
 * needed on the PATH), with the catalog constants beside them ({@code <Event>Contract} per event,
 * {@code CatalogHeaders} for the header contract), added to the compile roots; and {@code
 * META-INF/catalog/descriptor-set.binpb} and {@code META-INF/catalog/catalog.json}, added to the
 * resources, so the project's jar carries them. A proto protoc rejects is a build error naming its
 * file and line.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCatalogMojo {

  /** Skips this goal only. */
  @Parameter(property = "catalog.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  /**
   * The protoc release to run; by default the one matching the protobuf-java runtime the plugin is
   * built with. The generated code needs a protobuf-java at least as new as this protoc, with the
   * same major version.
   */
  @Parameter(property = "catalog.protocVersion")
  private String protocVersion;

  /** Where the Java sources go; the goal owns this directory's {@code .java} files. */
  @Parameter(
      property = "catalog.generate.javaDirectory",
      defaultValue = "${project.build.directory}/generated-sources/catalog")
  private File javaDirectory;

  /** Where {@code META-INF/catalog/} goes before it is packed. */
  @Parameter(
      property = "catalog.generate.resourcesDirectory",
      defaultValue = "${project.build.directory}/generated-resources/catalog")
  private File resourcesDirectory;

  /**
   * The fully qualified name of the header contract class; by default {@code CatalogHeaders} in the
   * longest Java package every event's message class shares.
   */
  @Parameter(property = "catalog.generate.headersClass")
  private String headersClass;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(
      defaultValue = "${project.remoteProjectRepositories}",
      readonly = true,
      required = true)
  private List<RemoteRepository> repositories;

  @Component private RepositorySystem repositorySystem;

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected List<String> reportFiles() {
    return List.of();
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException {
    long start = System.nanoTime();
    Path work = Path.of(project.getBuild().getDirectory(), "catalog", "generate");
    Path protoc = protoc(work);
    GenerateResult result =
        engine.generate(
            new GenerateRequest(
                catalog(),
                protoc,
                javaDirectory.toPath(),
                resourcesDirectory.toPath(),
                work,
                headersClass));
    result.warnings().forEach(warning -> getLog().warn("protoc: " + warning));
    project.addCompileSourceRoot(javaDirectory.getAbsolutePath());
    Resource resource = new Resource();
    resource.setDirectory(resourcesDirectory.getAbsolutePath());
    project.addResource(resource);
    getLog()
        .info(
            String.format(
                Locale.ROOT,
                "catalog generate: %d proto files, %d constants classes in %s; descriptor set and"
                    + " catalog.json in %s (%.1f s, protoc %.1f s of it)",
                result.protoFiles(),
                result.constants().size(),
                javaDirectory,
                resourcesDirectory,
                (System.nanoTime() - start) / 1e9,
                result.protocTime().toMillis() / 1000.0));
  }

  /** protoc from the repositories, copied where it may be made executable. */
  private Path protoc(Path work) throws MojoExecutionException {
    String version =
        protocVersion == null || protocVersion.isBlank()
            ? ProtocArtifact.DEFAULT_VERSION
            : protocVersion;
    ProtocArtifact artifact;
    try {
      artifact = ProtocArtifact.forThisPlatform(version);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("catalog:generate: " + e.getMessage());
    }
    File file;
    try {
      file =
          repositorySystem
              .resolveArtifact(
                  repositorySession,
                  new ArtifactRequest(
                      new DefaultArtifact(
                          artifact.groupId(),
                          artifact.artifactId(),
                          artifact.classifier(),
                          ProtocArtifact.EXTENSION,
                          artifact.version()),
                      repositories,
                      null))
              .getArtifact()
              .getFile();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          "catalog:generate cannot resolve protoc "
              + artifact.coordinates()
              + ": "
              + e.getMessage(),
          e);
    }
    Path executable =
        work.resolve("protoc-" + artifact.version() + "-" + artifact.classifier() + ".exe");
    try {
      Files.createDirectories(work);
      Files.copy(file.toPath(), executable, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new MojoExecutionException(executable + ": cannot copy protoc (" + e + ")", e);
    }
    if (!executable.toFile().setExecutable(true)) {
      throw new MojoExecutionException(executable + ": cannot make protoc executable");
    }
    return executable;
  }
}
