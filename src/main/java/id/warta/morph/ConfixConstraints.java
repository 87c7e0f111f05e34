package id.warta.morph;

/**
 * Which outermost prefix may combine with which suffix. Standard Indonesian forbids
 * {@code be-…-i}, {@code di-…-an}, {@code ke-…-i}, {@code ke-…-kan}, {@code me-…-an},
 * {@code se-…-i}, {@code se-…-kan}, {@code te-…-an}, and a bare {@code ke-} is only an ordinal or
 * part of the {@code ke-…-an} confix (the informal passive {@code ketipu} is allowed in informal
 * mode). Stateless.
 */
final class ConfixConstraints {
  private ConfixConstraints() {}

  static boolean allowed(Affix outer, Affix suffix, boolean informal) {
    if (outer == null) {
      return true;
    }
    if (suffix == null) {
      return outer != Affix.KE || informal;
    }
    return switch (outer) {
      case BER -> suffix != Affix.I;
      case DI -> suffix != Affix.AN;
      case KE -> suffix == Affix.AN || informal && suffix == Affix.IN;
      case MEN -> suffix != Affix.AN;
      case SE -> suffix == Affix.AN || suffix == Affix.IN;
      case TER -> suffix != Affix.AN;
      default -> true;
    };
  }
}
