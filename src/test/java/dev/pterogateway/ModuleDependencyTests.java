package dev.pterogateway;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Encodes the "may use" table of STYLE.md §2.1: each feature package depends only on the
 * features listed for it.
 */
class ModuleDependencyTests {

	private static final JavaClasses GATEWAY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pterogateway");

	static Stream<Arguments> allowedDependencies() {
		return Stream.of(Arguments.of("panel", List.of()), Arguments.of("audit", List.of()),
				Arguments.of("simulator", List.of()), Arguments.of("auth", List.of("panel", "audit")),
				Arguments.of("catalog", List.of("panel", "auth", "audit")),
				Arguments.of("server", List.of("panel", "auth", "catalog", "audit")),
				Arguments.of("snapshot", List.of("server", "panel", "auth", "audit")),
				Arguments.of("monitor", List.of("server", "panel", "auth")),
				Arguments.of("realtime", List.of("monitor", "server", "auth", "panel")),
				Arguments.of("admin", List.of("panel", "auth", "audit")), Arguments.of("web", List.of("panel")),
				Arguments.of("demo", List.of("simulator")));
	}

	@ParameterizedTest(name = "{0} uses only {1}")
	@MethodSource("allowedDependencies")
	void featureWhenCompiledDependsOnlyOnAllowedFeatures(String feature, List<String> allowed) {
		List<String> packages = new ArrayList<>();
		packages.add(feature);
		packages.addAll(allowed);
		String[] allowedPackages = packages.stream()
			.map((name) -> "dev.pterogateway." + name + "..")
			.toArray(String[]::new);
		ArchRule rule = classes().that()
			.resideInAPackage("dev.pterogateway." + feature + "..")
			.should()
			.onlyDependOnClassesThat(
					not(resideInAnyPackage("dev.pterogateway..")).or(resideInAnyPackage(allowedPackages)))
			.allowEmptyShould(true);
		rule.check(GATEWAY);
	}

	@Test
	void simulatorWhenCompiledIsReachedOnlyByDemoAndLauncher() {
		classes().that()
			.resideInAPackage("dev.pterogateway.simulator..")
			.should()
			.onlyHaveDependentClassesThat(resideInAnyPackage("dev.pterogateway.simulator..", "dev.pterogateway.demo..")
				.or(equivalentTo(GatewayApplication.class)))
			.allowEmptyShould(true)
			.check(GATEWAY);
	}

}
