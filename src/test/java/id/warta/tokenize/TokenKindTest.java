package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.text.TokenKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token kinds come from the token alone, never from a neighbour the tokenizer looked at and left out. */
class TokenKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Rp 9.500/kg       | WORD NUMBER PUNCTUATION WORD",
    "Rp9.500/kg        | CURRENCY NUMBER PUNCTUATION WORD",
    "2013-2014         | NUMBER PUNCTUATION NUMBER",
    "Januari-Oktober 2014 | WORD PUNCTUATION WORD NUMBER",
    "9,6-13,8 ke-        | NUMBER PUNCTUATION NUMBER WORD PUNCTUATION",
    "1970-an ke-3 5G   | ALPHANUMERIC ALPHANUMERIC ALPHANUMERIC",
    "AT&T2 x&Y         | ALPHANUMERIC WORD SYMBOL WORD",
    "41/1999 km/jam    | NUMBER PUNCTUATION NUMBER WORD",
    "m² ½ Jl. 6%       | ALPHANUMERIC NUMBER ABBREVIATION NUMBER SYMBOL",
    "#tag @user 😀 a@b.id https://a.id | HASHTAG MENTION EMOJI EMAIL URL",
    // "@" before an amount is "each", as shops write it; a handle with a letter is a mention
    "@25 kg @Rp10.000 @Rp @2pac | SYMBOL NUMBER WORD SYMBOL CURRENCY NUMBER SYMBOL WORD MENTION",
  })
  void kinds(String text, String kinds) {
    List<String> got = IndonesianTokenizer.standard().tokenize(text).stream().map(t -> t.kind().name()).toList();
    assertEquals(List.of(kinds.split(" ")), got, text);
  }

  @ParameterizedTest
  @CsvSource({"Rp", "US$"})
  void currencyBeforeANumber(String sign) {
    assertEquals(TokenKind.CURRENCY, IndonesianTokenizer.standard().tokenize(sign + "5").get(0).kind());
  }
}
