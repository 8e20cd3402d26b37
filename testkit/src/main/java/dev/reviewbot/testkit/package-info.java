/**
 * The rule test kit: checks a rule against fixture files that carry their expectations inline.
 *
 * <h2>Set-up</h2>
 *
 * Add the kit in test scope next to the rule API (which the rule compiles against):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.reviewbot</groupId><artifactId>reviewbot-rule-api</artifactId>
 *   <version>0.1.0</version><scope>provided</scope>
 * </dependency>
 * <dependency>
 *   <groupId>dev.reviewbot</groupId><artifactId>reviewbot-testkit</artifactId>
 *   <version>0.1.0</version><scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <h2>Fixtures</h2>
 *
 * A fixture is a Java file. Every line where the rule must report ends with {@code // expect:
 * <rule-id>}; every other line must stay silent. Optional header comments:
 *
 * <ul>
 *   <li>{@code // options: {max: 3}} sets rule options (YAML, checked against the rule's declared
 *       {@link dev.reviewbot.api.Option}s);
 *   <li>{@code // path: src/test/java/FooTest.java} checks the file under that path (test code,
 *       include/exclude and path-dependent behaviour); the default is {@code src/main/java/<file
 *       name>};
 *   <li>{@code // base: Foo.java.base} checks the file as a change of that base version (a path
 *       relative to the fixture; {@code none} means an added file), so the rule sees {@link
 *       dev.reviewbot.api.RuleContext#changedLines()} and the base AST as it would in a pull
 *       request. Without it the file is checked whole, as {@code reviewbot scan} does.
 * </ul>
 *
 * <h2>Tests</h2>
 *
 * {@link dev.reviewbot.testkit.RuleFixture#assertFixtures} checks a whole directory in one call;
 * {@link dev.reviewbot.testkit.RuleFixture#fixtures} lists the files for a parameterized test with
 * one case per fixture; {@link dev.reviewbot.testkit.RuleFixture#assertMatches} checks one file.
 * Every check fails with an {@link java.lang.AssertionError} listing each unexpected finding (with
 * its message), each mark nobody reported, any crash of the rule (with its stack trace) and any
 * parse problem, so the kit works under JUnit, TestNG or a plain {@code main}. {@link
 * dev.reviewbot.testkit.RuleFixture#findings} and {@link
 * dev.reviewbot.testkit.RuleFixture#findingsForChange} return the findings themselves for
 * assertions on messages or severities.
 *
 * <p>The kit runs the real engine (parser, dispatch, suppressions, fingerprints) with only the rule
 * under test enabled, so a fixture that passes behaves the same in {@code reviewbot check}.
 */
package dev.reviewbot.testkit;
