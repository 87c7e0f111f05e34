package id.warta.morph;

/** The derivational affixes the lemmatizer strips, with their written names. */
enum Affix {
  MEN("meN"), PEN("peN"), BER("ber"), TER("ter"), PER("per"), DI("di"), KE("ke"), SE("se"),
  /** Informal bare nasal ({@code nyoba}, {@code nulis}, {@code ngambil}). */
  NASAL("N"),
  /** Informal {@code nge-} ({@code ngebuka}). */
  NGE("nge"),
  /** The negation inside {@code ke-…-an} nouns ({@code ketidakpastian}). */
  TIDAK("tidak"),
  KAN("kan"), AN("an"), I("i"),
  /** Informal {@code -in} ({@code betulin}). */
  IN("in");

  final String label;

  Affix(String label) {
    this.label = label;
  }

  boolean isNasal() {
    return this == MEN || this == PEN || this == NASAL || this == NGE;
  }
}
