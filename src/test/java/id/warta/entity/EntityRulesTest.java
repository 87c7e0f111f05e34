package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule layer alone: what each pattern must and must not match. */
class EntityRulesTest {
  private final EntityRules rules = new EntityRules(Gazetteer.standard(), Gazetteer.builder().build());

  private static String[] tokens(String text) {
    List<String> out = new ArrayList<>();
    IndonesianTokenizer.standard().tokenize(text, (s, e, k) -> out.add(text.substring(s, e)));
    return out.toArray(new String[0]);
  }

  /** Mentions as TYPE:tokens, for readable assertions. */
  private static List<String> shown(String[] ts, List<TokenMention> mentions) {
    List<String> out = new ArrayList<>();
    for (TokenMention m : mentions) {
      out.add(m.type() + ":" + String.join(" ", List.of(ts).subList(m.start(), m.end())));
    }
    return out;
  }

  private List<String> found(EntityRules r, String text) {
    String[] ts = tokens(text);
    return shown(ts, r.find(ts));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Saham PT Astra International Tbk naik.                  | ORG:PT Astra International Tbk",
      "PT Pertamina (Persero) menaikkan harga.                 | ORG:PT Pertamina ( Persero )",
      "Proyek di Kabupaten Karawang dimulai.                   | LOC:Kabupaten Karawang",
      "Warga Kota Surabaya antusias.                           | LOC:Kota Surabaya",
      "Pabrik di Provinsi Jawa Tengah beroperasi.              | LOC:Provinsi Jawa Tengah",
      "Rapat dihadiri Bapak Budi Santoso kemarin.              | PER:Budi Santoso",
      "Menurut Prof. Dr. Andi Hakim Nasution, harga naik.      | PER:Andi Hakim Nasution",
      "Ibu Siti menjual nasi.                                  | PER:Siti",
  })
  void mustMatch(String text, String expected) {
    assertEquals(List.of(expected), found(rules, text));
  }

  private static List<String> aliases(String text, TokenMention... model) {
    String[] ts = tokens(text);
    return shown(ts, EntityRules.withBracketAliases(ts, List.of(model)));
  }

  private List<String> brandModels(String text, int start, int end) {
    String[] ts = tokens(text);
    return shown(ts, rules.brandModels(ts, List.of(TokenMention.gold(start, end, EntityType.ORG))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Samsung Neo QLED QN90D dijual murah.   | 0 | 4 | PRODUCT:Samsung Neo QLED QN90D",
      "Hino RN 285 dipakai bus wisata.        | 0 | 3 | PRODUCT:Hino RN 285",
      "LG OLED evo C4 hadir.                  | 0 | 4 | PRODUCT:LG OLED evo C4",
      "Toyota Hilux GR Sport 2025 laris.      | 0 | 5 | PRODUCT:Toyota Hilux GR Sport 2025",
      "Samsung Electronics memimpin pasar.    | 0 | 2 | ORG:Samsung Electronics",
      "Toyota Motor Corporation naik.         | 0 | 3 | ORG:Toyota Motor Corporation",
      "Como 1907 menang.                      | 0 | 2 | ORG:Como 1907",
      "Korem 031 Wirabima siaga.              | 0 | 3 | ORG:Korem 031 Wirabima",
      "Bank BRI 2 cabang.                     | 0 | 2 | ORG:Bank BRI",
  })
  void aBrandFollowedByAModelCodeIsAProduct(String text, int start, int end, String expected) {
    assertEquals(List.of(expected), brandModels(text, start, end));
  }

  @Test
  void calendarWordsAndRomanNumeralsAloneAreNotNames() {
    String[] ts = tokens("Penjualan naik dari Mei pada semester II di Jakarta, kata April.");
    // Penjualan 0 naik 1 dari 2 Mei 3 pada 4 semester 5 II 6 di 7 Jakarta 8 , 9 kata 10 April 11
    List<TokenMention> model = List.of(new TokenMention(3, 4, EntityType.LOC, 0.4), new TokenMention(6, 7, EntityType.ORG, 0.5),
        new TokenMention(8, 9, EntityType.LOC, 0.9), new TokenMention(11, 12, EntityType.PER, 0.8));
    assertEquals(List.of("LOC:Jakarta"), shown(ts, EntityRules.withoutNonNames(ts, model)));
    String[] longer = tokens("Komisi II DPR dan Universitas 17 Agustus 1945 hadir.");
    List<TokenMention> kept = List.of(new TokenMention(0, 3, EntityType.ORG, 0.9), new TokenMention(4, 8, EntityType.ORG, 0.9));
    assertEquals(kept, EntityRules.withoutNonNames(longer, kept));
    List<TokenMention> user = List.of(new TokenMention(3, 4, EntityType.PER, EntityRules.USER_SCORE));
    assertEquals(user, EntityRules.withoutNonNames(ts, user));
  }

  @Test
  void notNamesFileIsWellFormed() {
    List<String> lines = id.warta.internal.DataFiles.lines(EntityRules.class, "not-names.txt");
    assertEquals(lines.size(), new java.util.HashSet<>(lines).size(), "duplicates in not-names.txt");
    for (String l : lines) {
      assertTrue(l.matches("[A-Z][A-Za-z']*"), "not-names.txt: " + l);
    }
    assertTrue(EntityRules.NOT_NAMES.contains("mei"));
  }

  @Test
  void anAliasInBracketsTakesTheTypeOfTheNameItSpells() {
    // tokens: Presiden 0, Susilo 1, Bambang 2, Yudhoyono 3, ( 4, SBY 5, ) 6
    assertEquals(List.of("PER:Susilo Bambang Yudhoyono", "PER:SBY"),
        aliases("Presiden Susilo Bambang Yudhoyono (SBY) hadir.", TokenMention.gold(1, 4, EntityType.PER)));
    assertEquals(List.of("PER:Susilo Bambang Yudhoyono", "PER:SBY"), aliases("Presiden Susilo Bambang Yudhoyono (SBY) hadir.",
        TokenMention.gold(1, 4, EntityType.PER), TokenMention.gold(5, 6, EntityType.ORG)));
    assertEquals(List.of("ORG:Gabungan Industri Kendaraan Bermotor Indonesia", "ORG:Gaikindo"),
        aliases("Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) mencatat.", TokenMention.gold(0, 5, EntityType.ORG)));
    assertEquals(List.of("LOC:Sulawesi Selatan", "LOC:Sulsel"),
        aliases("Warga Sulawesi Selatan (Sulsel) senang.", TokenMention.gold(1, 3, EntityType.LOC)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "JAKARTA (ANTARA) - Harga naik.                  | 0 | 1",
      "Jakarta (Antara) - Harga naik.                  | 0 | 1",
      "Aburizal Bakrie (Ical) hadir.                   | 0 | 2",
      "Toyota Avanza (MPV) laris.                      | 0 | 2",
      "Bank Rakyat Indonesia (persero) untung.         | 0 | 3",
      "Bank Rakyat Indonesia (B) untung.               | 0 | 3",
      "Bank Rakyat Indonesia (BRI Syariah) untung.     | 0 | 3",
      "Bank Rakyat Indonesia ( BRI untung.             | 0 | 3",
  })
  void notAnAlias(String text, int start, int end) {
    TokenMention name = TokenMention.gold(start, end, EntityType.ORG);
    assertEquals(1, aliases(text, name).size(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PT itu merugi tahun lalu.",
      "PT Maju Jaya membuka cabang.",
      "Wali Kota Bandung meresmikan jalan.",
      "Pemerintah Kota Bandung menutup pasar.",
      "Pembangunan Ibu Kota Nusantara berlanjut.",
      "Ibu Kota Jakarta macet.",
      "Bapak Pembangunan dikenang.",
      "kota kecil itu ramai.",
      "Ibu rumah tangga berbelanja.",
      "PENJUALAN PT ASTRA INTERNATIONAL NAIK",
      "Kota yang ramai itu sepi.",
  })
  void mustNotMatch(String text) {
    assertEquals(List.of(), found(rules, text));
  }

  @Test
  void userEntriesMatchCaseInsensitivelyAndLongestFirst() {
    EntityRules r = new EntityRules(Gazetteer.standard(), Gazetteer.builder()
        .add(Gazetteer.Category.PRODUCT, "Warta Pro")
        .add(Gazetteer.Category.ORG, "Warta")
        .build());
    assertEquals(List.of("PRODUCT:warta pro", "ORG:Warta"), found(r, "Pelanggan warta pro dan Warta senang."));
  }

  @Test
  void patternsFillGapsButUserEntriesOverride() {
    String[] ts = tokens("Pemerintah Kota Bandung dan Kabupaten Garut");
    List<TokenMention> model = List.of(new TokenMention(0, 3, EntityType.ORG, 0.8));
    List<TokenMention> merged = rules.apply(ts, model);
    assertEquals(List.of(new TokenMention(0, 3, EntityType.ORG, 0.8), new TokenMention(4, 6, EntityType.LOC, 0.9)), merged);
    EntityRules user = new EntityRules(Gazetteer.standard(), Gazetteer.builder().add(Gazetteer.Category.LOC, "Kota Bandung").build());
    List<TokenMention> u = user.apply(ts, model);
    assertTrue(u.contains(new TokenMention(1, 3, EntityType.LOC, 1.0)), u.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dijual Honda Jazz RS 2015 mulus        | 1 | 5 | Honda Jazz RS",
      "Penjualan HR-V 9.400 unit              | 1 | 3 | HR-V",
      "Model Toyota Rush 1.5 G MT            | 1 | 6 | Toyota Rush 1.5 G MT",
      "Pesawat Boeing 737 mendarat            | 1 | 3 | Boeing 737",
      "Mobil 2024 baru                        | 1 | 2 | 2024",
  })
  void productsLoseTrailingYearsAndFigures(String text, int start, int end, String expected) {
    String[] ts = text.split(" ");
    List<TokenMention> out = EntityRules.withoutTrailingFigures(ts, List.of(new TokenMention(start, end, EntityType.PRODUCT, 0.5)));
    TokenMention m = out.get(0);
    assertEquals(expected, String.join(" ", List.of(ts).subList(m.start(), m.end())));
  }
}
