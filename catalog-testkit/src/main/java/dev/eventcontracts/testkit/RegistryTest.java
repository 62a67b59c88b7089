package dev.eventcontracts.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once against every Apicurio release of the test kit; the class's {@link
 * RegistryExtension}s all give registries of the release the invocation is for.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(RegistryExtension.Releases.class)
public @interface RegistryTest {}
