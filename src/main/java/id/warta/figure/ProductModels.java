package id.warta.figure;

import id.warta.entity.Gazetteer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a word is the name of a product model (a vehicle, a phone, an operating system): the
 * one-word {@link Gazetteer.Category#PRODUCT} entries of the entity recognizer's gazetteer
 * ({@link Gazetteer#standard()}), in lower case, collected once, on first use. A small number right
 * after one is part of the name, in any case ({@code nmax 155}, {@code Vario 160}, {@code iphone 16},
 * {@code ios 26}), as chat and forums write models.
 *
 * <p>Stateless and thread-safe.
 */
final class ProductModels {
  private ProductModels() {}

  private static final class Words {
    static final Set<String> ALL = Gazetteer.standard().entries(Gazetteer.Category.PRODUCT).stream()
        .filter(e -> e.indexOf(' ') < 0)
        .map(e -> e.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether {@code lower}, one word in lower case, is a product model's name in the gazetteer. */
  static boolean isModel(String lower) {
    return Words.ALL.contains(lower);
  }
}
