package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyedFingerprintTest {

  /** Reports "second" on every class, and "first" too on a class that has a comment. */
  @RuleInfo(id = "two-on-one-node", summary = "Two findings on one node", since = "test")
  public static final class TwoOnOneNode implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(
          ClassOrInterfaceDeclaration.class,
          (type, ctx) -> {
            if (type.getComment().isPresent()) {
              ctx.report(Report.at(type, "first").withKey("first"));
            }
            ctx.report(Report.at(type, "second").withKey("second"));
          });
    }
  }

  private static List<Finding> findings(String source) {
    return new Analyzer(RuleRegistry.ofClasses(TwoOnOneNode.class), ReviewConfig.defaults(), 1)
        .analyze(
            new ChangeSet(
                null, "test", null, List.of(ChangedFile.scanned("src/main/java/A.java", source))))
        .findings();
  }

  @Test
  void keyedFindingsOnOneNodeKeepTheirFingerprintWhenTheOtherComesOrGoes() {
    List<Finding> both = findings("// noted\nclass Two {}\n");
    List<Finding> secondOnly = findings("class Two {}\n");

    assertThat(both).hasSize(2).extracting(Finding::fingerprint).doesNotHaveDuplicates();
    assertThat(secondOnly)
        .singleElement()
        .satisfies(
            second ->
                assertThat(second.fingerprint())
                    .isEqualTo(
                        both.stream()
                            .filter(f -> f.message().equals("second"))
                            .findFirst()
                            .orElseThrow()
                            .fingerprint()));
  }
}
