package id.warta.text;

/** What a token is. Assigned by the tokenizer from the token's shape alone. */
public enum TokenKind {
  /** Letters, possibly with inner hyphens or apostrophes ({@code perusahaan-perusahaan}, {@code Jum'at}). */
  WORD,
  /** An abbreviation or initial that keeps its period ({@code Jl.}, {@code Tbk.}, {@code S.H.}, {@code A.}). */
  ABBREVIATION,
  /** Digits, with any inner separators ({@code 34.000}, {@code 4,17}, {@code 10.30}). */
  NUMBER,
  /** Letters and digits mixed ({@code 5G}, {@code M2}, {@code COVID-19}, {@code ke-3}, {@code 1970-an}, {@code km²}). */
  ALPHANUMERIC,
  /** A currency sign or code split off a number ({@code Rp}, {@code US$}, {@code $}, {@code €}). */
  CURRENCY,
  /** Punctuation: brackets, quotes, dashes, commas, periods, ellipses. */
  PUNCTUATION,
  /** Any other symbol ({@code %}, {@code +}, {@code °}, {@code &}). */
  SYMBOL,
  /** A web address ({@code https://warta.id/x}, {@code www.example.co.id}). */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** {@code #hashtag}. */
  HASHTAG,
  /** {@code @mention}. */
  MENTION,
  /** One emoji, including modifier, ZWJ, flag and keycap sequences. */
  EMOJI,
  /** Anything else (a lone control or private-use character, an unpaired surrogate). */
  OTHER
}
