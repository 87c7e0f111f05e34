package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.eval.Prf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hand-worked scoring example: exact match only. */
class EntityEvaluatorTest {
  @Test
  void exactMatchCountsAndErrors() {
    LabeledSentence gold = new LabeledSentence(
        List.of("BMW", "Group", "dan", "Alibaba", "Group", "di", "Shanghai", "bersama", "Jochen", "Goller"),
        List.of(TokenMention.gold(0, 2, EntityType.ORG), TokenMention.gold(3, 5, EntityType.ORG),
            TokenMention.gold(6, 7, EntityType.LOC), TokenMention.gold(8, 10, EntityType.PER)),
        "t:1");
    List<TokenMention> system = List.of(
        TokenMention.gold(0, 2, EntityType.ORG),   // correct
        TokenMention.gold(3, 4, EntityType.ORG),   // boundary
        TokenMention.gold(6, 7, EntityType.ORG),   // wrong type
        TokenMention.gold(7, 8, EntityType.PER));  // spurious; Jochen Goller missed
    EntityEvaluator.Result r = EntityEvaluator.evaluate(List.of(gold), t -> system);
    assertEquals(new Prf(1, 4, 4), r.overall());
    assertEquals(new Prf(1, 3, 2), r.byType().get(EntityType.ORG));
    assertEquals(new Prf(0, 0, 1), r.byType().get(EntityType.LOC));
    assertEquals(new Prf(0, 1, 1), r.byType().get(EntityType.PER));
    assertEquals(new Prf(0, 0, 0), r.byType().get(EntityType.PRODUCT));
    assertEquals(List.of("boundary ORG [Alibaba Group] -> ORG [Alibaba]", "wrong_type LOC [Shanghai] -> ORG [Shanghai]",
        "missed PER [Jochen Goller]", "spurious PER [bersama]"), r.errors().stream().map(Object::toString).toList());
  }
}
