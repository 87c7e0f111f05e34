package id.warta.figure;

import static id.warta.figure.Pattern.any;
import static id.warta.figure.Pattern.context;
import static id.warta.figure.Pattern.integer;
import static id.warta.figure.Pattern.month;
import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.opt;
import static id.warta.figure.Pattern.phrase;
import static id.warta.figure.Pattern.regex;
import static id.warta.figure.Pattern.word;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * DATE rules: numeric dates, day first ({@code 4/7/2020}, {@code 4-7-2020}); written dates ({@code
 * 4 Juli 2020}, {@code 4 Juli}, {@code Juli 2020}, {@code pada Juli}); years ({@code tahun 2022},
 * {@code sejak 2015}, {@code 2020-2022}, {@code 1970-an}); parts of a year ({@code semester II
 * 2021}, {@code kuartal III}, {@code Q3 2021}); deictic dates ({@code kemarin}, {@code pekan lalu},
 * {@code tiga tahun lalu}).
 *
 * <p>Productions are pure: a date whose year depends on the publication date is written with
 * {@code XXXX} ({@code XXXX-07-04}) and a deictic one as a signed ISO-8601 duration ({@code -P1W});
 * {@link DateResolver} resolves both when a reference date is known. Immutable and thread-safe.
 */
final class DateRules {
  private DateRules() {}

  /** Unit hint on readings of "Juli lalu": the most recent July before the reference date. */
  static final String PAST = "past";
  /** Unit hint on readings of "Juli mendatang". */
  static final String FUTURE = "future";
  /** Unit hint on readings of "Jumat ini": that day of the reference date's week. */
  static final String THIS_WEEK = "this-week";
  /**
   * Unit hints on a deictic part of a year ("kuartal lalu" = {@code -P3M}, "semester depan" =
   * {@code P6M}): the offset in months lands in the quarter or half year meant, which {@link
   * DateResolver} gives as {@code 2026-Q3} or {@code 2027-H1}.
   */
  static final String QUARTER_OF = "quarter";
  static final String HALF_OF = "half";

  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)");
  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("Q([1-4])");

  /** Words before a journal's quartile, which is no quarter: "jurnal Scopus Q1", "terindeks Q2". */
  static final Set<String> JOURNAL_WORDS = Set.of("scopus", "jurnal", "kuartil", "sjr", "terindeks", "wos");
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("I{1,3}|IV");
  private static final Map<String, Integer> PERIOD_WORDS = Map.of(
      "I", 1, "II", 2, "III", 3, "IV", 4, "pertama", 1, "kedua", 2, "ketiga", 3, "keempat", 4);
  static final Set<String> QUANTITY_WORDS = Set.of(
      "sebanyak", "sejumlah", "mencapai", "sebesar", "senilai", "total", "hanya", "sekitar", "sekira", "hampir",
      "lebih", "kurang", "menjadi", "minimal", "maksimal", "setidaknya", "sedikitnya", "capai", "tembus", "menembus",
      "nomor", "no", "berjumlah", "jumlah", "ada", "dari");

  static List<Rule> rules(Lexicon lx) {
    Pattern.Elem year = integer(1900, 2100);
    Pattern.Elem day = integer(1, 31);
    Pattern.Elem monthNumber = integer(1, 12);
    Pattern.Elem periodIndex = any(regex(ROMAN, Set.of("i", "ii", "iii", "iv"), a -> a.charAt(0) == 'I'),
        word("pertama", "kedua", "ketiga", "keempat"));
    return List.of(
        Rule.of("day/month/year with slashes", m -> numericDate(m, 0, 2, 4),
            day, word("/"), monthNumber, word("/"), any(year, integer(0, 99))),
        Rule.of("day/month after a day name", m -> afterDayName(lx, m) || afterPlace(m) || afterDatelinePlace(m)
                ? partial(m, "XXXX-" + d2((Integer) m.get(2)) + "-" + d2((Integer) m.get(0)), (Integer) m.get(2), (Integer) m.get(0))
                : null,
            day, word("/"), monthNumber),
        Rule.of("day-month-year with hyphens", m -> numericDate(m, 0, 2, 4),
            day, word("-"), monthNumber, word("-"), year),
        // ISO 8601 as documents and feeds write it: "2024-11-27"
        Rule.of("year-month-day in ISO 8601", m -> glued(m) ? date(m, (Integer) m.get(0), (Integer) m.get(2), (Integer) m.get(4)) : null,
            year, word("-"), monthNumber, word("-"), day),
        // split from one token by the scan ("10-Jan", "17-Mar-2007"): as tables and wire copy write dates
        Rule.of("day-month name-year with hyphens", m -> glued(m) ? numericDate(m, 0, -1, 4) : null,
            day, word("-"), month(lx, true), word("-"), any(year, integer(0, 99))),
        Rule.of("day-month name with hyphens", m -> glued(m) ? partial(m,
                "XXXX-" + d2(((Lexicon.Month) m.get(2)).number()) + "-" + d2((Integer) m.get(0)),
                ((Lexicon.Month) m.get(2)).number(), (Integer) m.get(0)) : null,
            day, word("-"), month(lx, true)),
        Rule.of("day.month.year with dots", m -> {
              MatchResult r = (MatchResult) m.get(0);
              return date(m, Integer.parseInt(r.group(3)), Integer.parseInt(r.group(2)), Integer.parseInt(r.group(1)));
            },
            // a day and a month of one or two digits are no thousands groups: no number is read there
            regex(DOTTED, null, id.warta.text.TokenKind.NUMBER, Pattern.NO_NUMBER,
                a -> a.length() >= 8 && a.length() <= 10 && a.count('.') == 2)),
        // after a day and a month, any year of three or four digits is one: "5 Juni 1879", "17 Juli 924"
        Rule.of("day month year", m -> date(m, (Integer) m.get(2), ((Lexicon.Month) m.get(1)).number(), (Integer) m.get(0)),
            day, month(lx, true), integer(100, 2100)),
        // a comma before the year, as English-style writing puts it: "11 September, 2001", "Maret, 2020";
        // not before a noun the number counts ("5 Mei, 2010 orang berkumpul")
        Rule.of("day month comma year", m -> yearEndsClause(lx, m)
                ? date(m, (Integer) m.get(3), ((Lexicon.Month) m.get(1)).number(), (Integer) m.get(0)) : null,
            day, month(lx, true), word(","), year),
        Rule.of("day range month year", m -> dayRange(m),
            day, word("-", "\u2013", "hingga", "sampai", "s.d.", "s/d", "sd"), day, month(lx, true), opt(year),
            opt(word("lalu", "silam", "mendatang", "nanti"))),
        Rule.of("day month with lalu or mendatang", m -> partial(m,
                "XXXX-" + d2(((Lexicon.Month) m.get(1)).number()) + "-" + d2((Integer) m.get(0)),
                ((Lexicon.Month) m.get(1)).number(), (Integer) m.get(0),
                m.get(2).equals("lalu") || m.get(2).equals("silam") || m.get(2).equals("kemarin") ? PAST : FUTURE),
            // "4 November kemarin", as speech and chat say "lalu"
            day, month(lx, true), word("lalu", "silam", "kemarin", "mendatang", "nanti")),
        Rule.of("day month", m -> partial(m, "XXXX-" + d2(((Lexicon.Month) m.get(1)).number()) + "-" + d2((Integer) m.get(0)),
                ((Lexicon.Month) m.get(1)).number(), (Integer) m.get(0)),
            day, month(lx, true)),
        Rule.of("month year", m -> Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                d4((Integer) m.get(1)) + "-" + d2(((Lexicon.Month) m.get(0)).number()), null, Qualifier.EXACT),
            // after a month name any year of four digits is one: "April 1815"
            month(lx, true), integer(1000, 2100)),
        Rule.of("month comma year", m -> yearEndsClause(lx, m) ? Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                d4((Integer) m.get(2)) + "-" + d2(((Lexicon.Month) m.get(0)).number()), null, Qualifier.EXACT) : null,
            month(lx, true), word(","), year),
        Rule.of("month range with year", m -> {
              int y = (Integer) m.get(3);
              int a = ((Lexicon.Month) m.get(0)).number();
              int b = ((Lexicon.Month) m.get(2)).number();
              return a >= b ? null : Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                  d4(y) + "-" + d2(a) + "/" + d4(y) + "-" + d2(b), null, Qualifier.EXACT);
            },
            // abbreviations too ("Jan-Sep 2026"): the second month and the year make it a date
            month(lx, true), word("-", "\u2013", "hingga", "sampai"), month(lx, true), year),
        // "PHK Januari-Agustus", "Maret hingga Mei": two full month names, the first earlier, without a year
        Rule.of("month range", m -> {
              int a = ((Lexicon.Month) m.get(0)).number();
              int b = ((Lexicon.Month) m.get(2)).number();
              return a >= b ? null : Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                  "XXXX-" + d2(a) + "/XXXX-" + d2(b), null, Qualifier.EXACT);
            },
            month(lx, false), word("-", "\u2013", "hingga", "sampai"), month(lx, false)),
        Rule.of("month after a date word", m -> !lx.dateWords.contains(m.scan.lower(m.start() - 1)) ? null
                : m.present(1)
                ? Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                    d4((Integer) m.get(1)) + "-" + d2(((Lexicon.Month) m.get(0)).number()), null, Qualifier.EXACT)
                : Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                    "XXXX-" + d2(((Lexicon.Month) m.get(0)).number()), null, Qualifier.EXACT),
            month(lx, false), opt(year)),
        Rule.of("month with lalu or mendatang", m -> Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                "XXXX-" + d2(((Lexicon.Month) m.get(0)).number()),
                m.get(1).equals("lalu") || m.get(1).equals("silam") ? PAST : m.get(1).equals("ini") ? null : FUTURE,
                Qualifier.EXACT),
            month(lx, false), word("lalu", "silam", "mendatang", "depan", "nanti", "ini")),
        Rule.of("bare month name", m -> {
              Atom next = m.scan.atomOrNull(m.end());
              Atom prev = m.scan.atomOrNull(m.start() - 1);
              boolean inName = next != null && next.isWord() && next.isCapitalized()
                  || prev != null && prev.isWord() && prev.isCapitalized() && !m.scan.opensSentence(m.start() - 1);
              return inName ? null : Reading.ofIso(FigureType.DATE, m.start(), m.end(),
                  "XXXX-" + d2(((Lexicon.Month) m.get(0)).number()), null, Qualifier.EXACT);
            },
            month(lx, false)),
        Rule.of("year/next year", m -> yearPair(m, 0, 2),
            year, word("/"), year),
        // "musim 1996/97": the next year in two digits
        Rule.of("year/next year in two digits", m -> yearPair(m, 0, 2),
            year, word("/"), integer(0, 99)),
        Rule.of("tahun and year/next year", m -> yearPair(m, 1, 3),
            word("tahun", "thn"), year, word("/"), year),
        Rule.of("tahun and a year", m -> year(m, m.num(1)),
            word("tahun", "thn"), num(DateRules::yearLike)),
        // as speech says them: "tahun dua ribu dua puluh tiga", "tanggal dua puluh Desember"
        Rule.of("tahun and a spelled year", m -> year(m, m.num(1)),
            word("tahun"), num(n -> n.spelled() && !n.isRange() && !n.approx() && n.value().scale() <= 0
                && inYears(n.value()))),
        Rule.of("spelled day month", m -> spelledDay(m),
            num(n -> n.spelled() && !n.isRange() && !n.approx() && n.end() - n.start() <= 3), month(lx, false),
            opt(integer(100, 2100))),
        // "sekitar tahun 1668", "tahun 1870-an": the word of time is in the text, as with later years
        Rule.of("tahun and a historical year", m -> m.scan.atom(m.start() + 1).isPlainDigits() ? year(m, m.num(1)) : null,
            word("tahun", "thn"), num(Pattern.PLAIN4 | Pattern.RANGE | Pattern.DECADE, DateRules::historical)),
        // "tahun 78 M": a year of the Common Era (Masehi), M in capitals (after digits alone it is miliar)
        Rule.of("tahun and a year with M", m -> m.scan.atom(m.end() - 1).textIs("M") || m.scan.lowerIs(m.end() - 1, "masehi")
                ? year(m, new NumberReader.Num(m.start() + 1, m.start() + 2, BigDecimal.valueOf((Integer) m.get(1)), null,
                    BigDecimal.ONE, false, false, true, false))
                : null,
            word("tahun", "thn"), integer(1, 2100), word("m", "masehi")),
        // "pada 1293 M", "sejak 632 Masehi": a year of the Common Era after a word of time ("dana 750 M"
        // is 750 miliar); a range of them too ("pada 1350-1389 M", "tahun 400 hingga 1500 M")
        Rule.of("year of the Common Era after a time word", m -> yearsAd(m, 0, -1),
            integer(1, 2100), word("m", "masehi")),
        // (two rules rather than one with an optional era after the first year: a rule whose second
        // element is optional is tried at every number)
        Rule.of("range of years of the Common Era", m -> yearsAd(m, 0, 2),
            integer(1, 2100), word("-", "\u2013", "hingga", "sampai"), integer(1, 2100), word("m", "masehi")),
        Rule.of("range of years of the Common Era with the era twice", m -> yearsAd(m, 0, 3),
            integer(1, 2100), word("m", "masehi"), word("-", "\u2013", "hingga", "sampai"), integer(1, 2100),
            word("m", "masehi")),
        Rule.of("tahun and a range of years of the Common Era", m -> yearsAd(m, 1, 4),
            word("tahun", "thn"), integer(1, 2100), opt(word("m", "masehi")), word("-", "\u2013", "hingga", "sampai"),
            integer(1, 2100), word("m", "masehi")),
        // "pada tahun 732", "sekitar tahun 850": three digits after tahun are a year of the first
        // millennium (a count of years comes before its word: "850 tahun")
        Rule.of("tahun and a year of three digits", m -> year(m, m.num(1)),
            word("tahun", "thn"), num(Pattern.PLAIN, DateRules::threeDigitYear)),
        // "krisis tahun 98", "peristiwa tahun 65": two digits from 40 on after tahun are a year of the
        // 1900s, as speech names them (not before a unit: "tahun 60 persen" is no year)
        Rule.of("tahun and a year in two digits", DateRules::twoDigitYear,
            word("tahun", "thn"), integer(40, 99)),
        Rule.of("year after a date word", m -> m.scan.mayBeIn(m.start() - 1, KeyIndex.DATE_WORDS) && lx.dateWords.contains(m.scan.lower(m.start() - 1)) ? year(m, m.num(0)) : null,
            num(YEAR_SHAPES, DateRules::yearLike)),
        // "periode antara 2010 dan 2015", "sejak 2010 sampai dengan 2015": years between, after a word
        // of time (without one, "antara 1950 dan 2000 peserta" may count)
        Rule.of("years between after a date word", m -> yearsBetween(lx, m),
            num(Pattern.RANGE, n -> n.end() - n.start() >= 4 && n.value().scale() <= 0 && n.max().scale() <= 0
                && (inYears(n.value()) || isHistorical(n.value())) && (inYears(n.max()) || isHistorical(n.max())))),
        // "antara tahun 2015 - 2019": the range connector "antara" is part of the text
        Rule.of("antara tahun and years", m -> year(m, m.num(2)),
            word("antara"), word("tahun", "thn"), num(Pattern.RANGE, n -> n.isRange() && yearLike(n))),
        Rule.of("bare year", m -> m.scan.lowerIn(m.start() - 1, QUANTITY_WORDS) ? null : year(m, m.num(0)),
            num(YEAR_SHAPES, DateRules::yearLike)),
        // also "era '90-an", "tahun 80-an": a decade of the 1900s in two digits after an apostrophe or a
        // word of time ("berusia 90-an" is an age); one rule with the historical years, for speed
        Rule.of("historical year after a time word", m -> isTwoDigitDecade(m.num(0)) ? twoDigitDecade(m) : historicalYear(m),
            num(Pattern.PLAIN4 | Pattern.RANGE | Pattern.DECADE, n -> historical(n) || isTwoDigitDecade(n) || isLifeSpan(n))),
        Rule.of("century", m -> century(m, Integer.parseInt(((MatchResult) m.get(1)).group(1)), 2),
            word("abad"), regex(CENTURY, null, id.warta.text.TokenKind.ALPHANUMERIC, a -> a.length() >= 4),
            opt(word("sm", "m", "masehi"))),
        Rule.of("century with ke apart", m -> century(m, (Integer) m.get(2), 3),
            word("abad"), word("ke"), integer(1, 21), opt(word("sm", "m", "masehi"))),
        // "abad XIV", "abad ke-XIX": a century in roman numerals, in capitals
        Rule.of("century in roman numerals", m -> m.scan.atom(m.end() - (m.present(2) ? 2 : 1)).isAsciiCapitals()
                ? century(m, CENTURY_ROMANS.indexOf(((String) m.get(1)).replace("ke-", "")) + 1, 2) : null,
            word("abad"), word(centuryRomans()), opt(word("sm", "m", "masehi"))),
        Rule.of("century in roman numerals with ke apart", m -> m.scan.atom(m.starts[3]).isAsciiCapitals()
                ? century(m, CENTURY_ROMANS.indexOf((String) m.get(3)) + 1, 4) : null,
            word("abad"), word("ke"), opt(word("-")), word(Set.copyOf(CENTURY_ROMANS)), opt(word("sm", "m", "masehi"))),
        // "abad 21": the century without ke
        Rule.of("century in digits", m -> m.scan.atom(m.starts[1]).isPlainDigits() ? century(m, (Integer) m.get(1), 2) : null,
            word("abad"), integer(1, 21), opt(word("sm", "m", "masehi"))),
        // "dibangun pada 250 SM", "tahun 63 SM": a year before Christ, ISO 8601 counting 1 BC as 0000
        // "sebelum Masehi" written out as "SM" is; a range of years too ("580-480 SM" = -0579/-0479)
        Rule.of("year before Christ", m -> yearBc(m, m.num(0), 1),
            num(Pattern.PLAIN4 | Pattern.PLAIN, DateRules::bcYears), word("sm", "sebelum")),
        Rule.of("tahun and a year before Christ", m -> yearBc(m, m.num(1), 2),
            word("tahun", "thn"), num(Pattern.PLAIN4 | Pattern.PLAIN, DateRules::bcYears), word("sm", "sebelum")),
        // years before Christ count down: "580-480 SM", "tahun 650 - 279 sebelum Masehi"
        Rule.of("range of years before Christ", m -> yearsBc(m, 0),
            integer(1, 9999), word("-", "\u2013", "hingga", "sampai"), integer(1, 9999), word("sm", "sebelum")),
        // "antara 800 dan 600 SM": the connector antara is part of the text, as with later years
        Rule.of("antara and a range of years before Christ", m -> yearsBc(m, 1),
            word("antara"), integer(1, 9999), word("dan"), integer(1, 9999), word("sm", "sebelum")),
        Rule.of("tahun and a range of years before Christ", m -> yearsBc(m, 1),
            word("tahun", "thn"), integer(1, 9999), word("-", "\u2013", "hingga", "sampai"), integer(1, 9999),
            word("sm", "sebelum")),
        Rule.of("day/month after tanggal", m -> fractionAfterSince(m) ? null
                : partial(m, "XXXX-" + d2((Integer) m.get(3)) + "-" + d2((Integer) m.get(1)), (Integer) m.get(3), (Integer) m.get(1)),
            // also after "mulai" and "sejak", as chat and notices write a day: "mulai 1/12, tarif naik"
            context(word("tanggal", "tgl", "tgl.", "mulai", "sejak", "sampai", "hingga")), day, word("/"), monthNumber),
        Rule.of("first months of a year", m -> firstMonths(lx, m),
            num(n -> !n.isRange() && !n.approx() && !n.scaled()), word("bulan", "bln"), word("pertama"), opt(word("tahun", "thn")), opt(year)),
        // "tiga kuartal pertama 2026": the first quarters of a year written, as its first months
        Rule.of("first quarters of a year", m -> firstQuarters(m),
            num(n -> !n.isRange() && !n.approx() && !n.scaled()), word("kuartal", "triwulan"), word("pertama"),
            opt(word("tahun", "thn")), year),
        Rule.of("part of a year", m -> period(m, (String) m.get(0), periodNumber(m.get(1)), m.present(3) ? (Integer) m.get(3) : -1),
            phrase(lx.periodTable), periodIndex, opt(word("/", "-", "tahun")), opt(year)),
        // "kuartal 3 2024", "triwulan 2 tahun ini"; a semester in digits only with a year ("mahasiswa
        // semester 3" counts semesters of study)
        Rule.of("part of a year in digits", m -> m.get(0).equals("H") && !m.present(3) ? null
                : period(m, (String) m.get(0), (Integer) m.get(1), m.present(3) ? (Integer) m.get(3) : -1),
            phrase(lx.periodTable), integer(1, 4), opt(word("/", "-", "tahun")), opt(year)),
        // "kuartal dua", "triwulan tiga 2025"; a semester in words without a year only after a word of
        // time ("pada semester dua"): "mahasiswa semester dua" counts semesters of study
        Rule.of("part of a year in cardinal words", m -> cardinalPeriod(m),
            phrase(lx.periodTable), word("satu", "dua", "tiga", "empat"), opt(word("/", "-", "tahun")), opt(year)),
        // "kuartal ke-2 2025", "triwulan ke-III", "kuartal ke dua tahun 1988": the index as a ke- rank
        Rule.of("part of a year with ke-", m -> kePeriod(m, (String) m.get(1), 1),
            phrase(lx.periodTable), word(KE_PERIODS.keySet()), opt(word("/", "-", "tahun")), opt(year)),
        Rule.of("part of a year with ke apart", m -> kePeriod(m, "ke-" + m.get(3), 3),
            phrase(lx.periodTable), word("ke"), opt(word("-")), word(KE_INDEXES), opt(word("/", "-", "tahun")), opt(year)),
        // "kuartal ini", "triwulan lalu", "semester depan": the quarter or half year of the reference date,
        // before or after it
        Rule.of("deictic part of a year", m -> deicticPeriod(m),
            phrase(lx.periodTable), word("ini", "lalu", "depan", "mendatang")),
        Rule.of("Q and a quarter", m -> m.scan.lowerIn(m.start() - 1, JOURNAL_WORDS) ? null
                : period(m, "Q", Integer.parseInt(((MatchResult) m.get(0)).group(1)), m.present(2) ? (Integer) m.get(2) : -1),
            regex(QUARTER, null, id.warta.text.TokenKind.ALPHANUMERIC, a -> a.length() == 2 && a.charAt(0) == 'Q'), opt(word("/", "-")), opt(year)),
        Rule.of("deictic date", m -> Reading.ofIso(FigureType.DATE, m.start(), m.end(), (String) m.get(0), null, Qualifier.EXACT),
            phrase(lx.deictic)),
        Rule.of("day name with lalu or depan", m -> dayName(lx, m),
            word(dayNames(lx)), word("lalu", "kemarin", "depan", "mendatang", "nanti", "ini")),
        Rule.of("time ago", m -> relative(m, "-"),
            num(n -> !n.isRange()), phrase(lx.timeUnits), opt(word("yang")), word("lalu", "silam")),
        Rule.of("se- time ago", m -> DurationRules.one(lx, m.start(), m.end(), (String) m.get(0), FigureType.DATE, "-"),
            word(DurationRules.seUnits(lx)), opt(word("yang")), word("lalu", "silam")),
        Rule.of("se- time from now", m -> DurationRules.one(lx, m.start(), m.end(), (String) m.get(0), FigureType.DATE, ""),
            word(DurationRules.seUnits(lx)), word("lagi", "mendatang")),
        Rule.of("time from now", m -> relative(m, ""),
            num(n -> !n.isRange()), phrase(lx.timeUnits), word("lagi", "mendatang")));
  }

  /** The day names in lower case, but "minggu": "minggu lalu" is last week, not last Sunday. */
  private static Set<String> dayNames(Lexicon lx) {
    Set<String> out = new java.util.HashSet<>();
    for (String d : lx.weekdays) {
      out.add(d.toLowerCase(java.util.Locale.ROOT));
    }
    out.remove("minggu");
    return Set.copyOf(out);
  }

  /** "Sabtu lalu": a week date with unknown week ({@code XXXX-WXX-6}), past or future, resolved by {@link DateResolver}. */
  private static Reading dayName(Lexicon lx, Pattern.Match m) {
    String name = m.scan.atom(m.starts[0]).text();
    Integer day = null;
    for (var e : lx.weekdayNumbers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        day = e.getValue();
      }
    }
    if (day == null) {
      return null;
    }
    String when = (String) m.get(1);
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), "XXXX-WXX-" + day,
        when.equals("lalu") || when.equals("kemarin") ? PAST : when.equals("ini") ? THIS_WEEK : FUTURE, Qualifier.EXACT);
  }

  /**
   * Whether a day/month in digits follows a day name: "Senin (4/7)", also with a comma or "lalu",
   * "mendatang" between ("Sabtu, (22/3)", "Minggu mendatang (9/2)").
   */
  private static boolean afterDayName(Lexicon lx, Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start() - 1;
    if (s.lowerIs(i, "(")) {
      i--;
    }
    if (s.lowerIs(i, ",") || s.lowerIs(i, "lalu") || s.lowerIs(i, "mendatang") || s.lowerIs(i, "depan")) {
      i--;
    }
    // a part of the day between: "Jumat malam (27/11)", "Senin dini hari (24/11)"
    if (s.lowerIs(i, "hari") && s.lowerIs(i - 1, "dini")) {
      i -= 2;
    } else if (PARTS_OF_DAY.contains(s.lower(i))) {
      i--;
    }
    Atom prev = s.atomOrNull(i);
    return prev != null && lx.weekdays.contains(prev.text());
  }

  /**
   * "ujar Yushan di Sepinggan (22/3)": a day and month in brackets right after "di" and a place in
   * capitals (one to three words), as a dateline gives them; also a place in a list of them, after a
   * colon, a comma or "dan" ("Jadwal tur: Surabaya (5/12), Medan (12/12), dan Jakarta (27/12)"); also
   * the place that opens a story before a dash ("JAKARTA (27/11) - ...").
   */
  private static boolean afterPlace(Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start() - 1;
    if (!s.lowerIs(i, "(") || !s.lowerIs(m.end(), ")")) {
      return false;
    }
    int k = i - 1;
    for (; k >= Math.max(0, i - 3); k--) {
      Atom a = s.atom(k);
      if (k < i - 1 && s.lowerIs(k, "di")) {
        return true; // "Di Makassar (27/11), petugas ...": "di" opening the sentence
      }
      if (!a.isWord() || !a.isCapitalized()) {
        return k < i - 1 && (s.lowerIs(k, "di") || s.lowerIs(k, ":") || s.lowerIs(k, ",") || s.lowerIs(k, "dan"));
      }
    }
    // a dateline that opens the story: "JAKARTA (27/11) - Gempa ...", "Bandar Lampung (3/12) – ..."
    int after = m.end() + 1;
    if (k >= i - 1 || k + 1 != 0 || !s.opensSentence(0)
        || !(s.lowerIs(after, "-") || s.lowerIs(after, "\u2013") || s.lowerIs(after, "\u2014"))) {
      return false;
    }
    for (int p = 0; p < i; p++) {
      if (s.lowerIn(p, NonFigures.SCORE_WORDS)) {
        return false; // "Skor Persib (2/1) - ...": no place
      }
    }
    return true;
  }

  /**
   * "Yogyakarta, 29/11 (ANTARA) - ...", "Mataram, 28/11 - ...": the day and month of a dateline that
   * opens the story after its place (one to three capitalized words) and a comma, before the agency
   * in brackets or a dash.
   */
  private static boolean afterDatelinePlace(Pattern.Match m) {
    Scan s = m.scan;
    int comma = m.start() - 1;
    if (!s.lowerIs(comma, ",") || comma < 1 || comma > 3 || !s.opensSentence(0)
        || !(s.lowerIs(m.end(), "(") || s.lowerIs(m.end(), "-") || s.lowerIs(m.end(), "\u2013") || s.lowerIs(m.end(), "\u2014"))) {
      return false;
    }
    for (int k = 0; k < comma; k++) {
      Atom a = s.atom(k);
      if (!a.isWord() || !a.isCapitalized() || s.lowerIn(k, NonFigures.SCORE_WORDS)) {
        return false; // "Skor, 2/1 - ...": no place
      }
    }
    return true;
  }

  /** What makes a decade in two digits one of the 1900s: "era '90-an", "tahun 80-an". */
  private static final Set<String> DECADE_WORDS = Set.of("'", "\u2019", "tahun", "thn", "era", "dekade");

  /** "90-an": a decade in two digits, 20-an to 90-an. */
  private static boolean isTwoDigitDecade(NumberReader.Num n) {
    return n.decade() && !n.scaled() && n.value().scale() <= 0 && n.value().intValue() >= 20 && n.value().intValue() <= 90
        && n.value().intValue() % 10 == 0;
  }

  /** "era '90-an": 199X; an apostrophe only where it opens (a space before it: "'sekitar' 50-an ribu" is none). */
  private static Reading twoDigitDecade(Pattern.Match m) {
    int before = m.start() - 1;
    Atom b = m.scan.atomOrNull(before);
    if (b == null || !DECADE_WORDS.contains(m.scan.lower(before)) || b.isPunctuation() && before > 0 && !b.spaceBefore) {
      return null;
    }
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), "19" + m.num(0).value().intValue() / 10 + "X", null,
        Qualifier.EXACT);
  }

  /** Parts of the day that may stand between a day name and its date. */
  private static final Set<String> PARTS_OF_DAY = Set.of("pagi", "siang", "sore", "petang", "malam");

  /** A year, a range of years or a decade. */
  /** The numbers {@link #yearLike} may hold for: four bare digits, a range, a decade. */
  private static final int YEAR_SHAPES = Pattern.PLAIN4 | Pattern.RANGE | Pattern.DECADE;

  private static boolean yearLike(NumberReader.Num n) {
    if (n.decade()) {
      return n.value().intValue() % 10 == 0 && inYears(n.value());
    }
    if (n.isRange()) {
      return n.value().scale() <= 0 && n.max().scale() <= 0 && inYears(n.value()) && inYears(n.max())
          && n.end() - n.start() == 3;
    }
    return NumberReader.isYear(n);
  }

  private static boolean inYears(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  private static final java.util.regex.Pattern CENTURY = java.util.regex.Pattern.compile("[Kk]e-([1-9]|1\\d|2[01])");

  /**
   * Century {@code c}: "abad ke-19" is the years 1800-1899, written like a decade ({@code 197X}) as
   * {@code 18XX}; "abad ke 18" as "abad ke-18"; with "SM" ({@code sm}, the index of that optional
   * element) before Christ: "abad ke-4 SM" is 400-301 BC, the ISO years -0399 to -0300, {@code -03XX}.
   */
  private static Reading century(Pattern.Match m, int c, int sm) {
    if (m.present(sm) && isBc(m.scan, m.starts[sm])) {
      return Reading.ofIso(FigureType.DATE, m.start(), m.end(), "-" + centuryIso(c), null,
          Qualifier.EXACT);
    }
    String iso = centuryIso(c);
    // "abad ke-4 M" takes its era into the text
    int end = m.present(sm) && isAd(m.scan, m.starts[sm]) ? m.end() : m.ends[sm - 1];
    return Reading.ofIso(FigureType.DATE, m.start(), end, iso, null, Qualifier.EXACT);
  }

  /** Century {@code c} (1 to 21) in ISO 8601: the 19th is {@code 18XX}. */
  private static String centuryIso(int c) {
    return (c - 1 < 10 ? "0" : "") + (c - 1) + "XX";
  }

  /** The centuries 1 to 21 in roman numerals, lower case: the century of "abad XIV" is its index plus one. */
  private static final List<String> CENTURY_ROMANS = java.util.stream.IntStream.rangeClosed(1, 21)
      .mapToObj(v -> OrdinalRules.roman(v).toLowerCase(java.util.Locale.ROOT)).toList();

  /** {@link #CENTURY_ROMANS}, bare and after "ke-" ("abad ke-XIX"). */
  private static Set<String> centuryRomans() {
    Set<String> out = new java.util.HashSet<>(CENTURY_ROMANS);
    CENTURY_ROMANS.forEach(r -> out.add("ke-" + r));
    return out;
  }

  /**
   * "abad ke-8 dan ke-9", "abad ke-15 hingga ke-17": a rank right after a century and a connector
   * names a century too, whose noun is not repeated. Returns {@code rs} with such ranks as centuries.
   */
  static List<Reading> elidedCenturies(Scan s, List<Reading> rs) {
    for (int k = 1; k < rs.size(); k++) {
      Reading a = rs.get(k - 1);
      Reading b = rs.get(k);
      if (b.type() == FigureType.ORDINAL && a.type() == FigureType.DATE && a.iso() != null && a.iso().length() == 4
          && a.iso().endsWith("XX") && s.lowerIs(a.start(), "abad") && b.start() == a.end() + 1
          && (s.lowerIn(a.end(), NumberReader.CONNECTORS) || s.lowerIs(a.end(), "dan") || s.lowerIs(a.end(), "atau"))
          && s.lower(b.start()).startsWith("ke") && b.value() != null && b.value().scale() <= 0
          && b.value().intValue() >= 1 && b.value().intValue() <= 21) {
        rs.set(k, Reading.ofIso(FigureType.DATE, b.start(), b.end(), centuryIso(b.value().intValue()), null, Qualifier.EXACT));
      }
    }
    return rs;
  }

  /** Words after which a year before 1900 is a year: "pada 1867", "sejak 1830"; and, for a range, "dari 1830 hingga 1870". */
  static final Set<String> HISTORICAL_WORDS = Set.of("pada", "sejak", "semenjak", "tahun", "era", "awal", "akhir",
      "pertengahan", "medio", "hingga", "sampai", "mulai", "setelah", "sebelum", "menjelang", "dekade", "dasawarsa");

  /**
   * Words of a reign or a life, or of an approximate one, that may open the brackets of a range of
   * years: "Hayam Wuruk (memerintah 1350-1389)", "Kesultanan Demak (sekitar 1475-1554)".
   */
  private static final Set<String> SPAN_OPENERS = Set.of("memerintah", "berkuasa", "bertakhta", "menjabat", "hidup",
      "sekitar", "kira-kira", "sekira", "kurang", "lebih");

  /**
   * A plain year from 1000 to 1899, a range of two, or a decade ({@code tahun 1870-an}); bare years
   * from 1900 on are read by other rules.
   */
  private static boolean historical(NumberReader.Num n) {
    if (n.decade()) {
      return n.value().intValue() % 10 == 0 && isHistorical(n.value());
    }
    if (n.isRange()) {
      return n.end() - n.start() == 3 && isHistorical(n.value()) && isHistorical(n.max()) && n.value().scale() <= 0;
    }
    return n.plain() && isHistorical(n.value());
  }

  /** Nouns of time before "antara" that make the years after it a date: "kurun waktu antara 2010 dan 2015". */
  private static final Set<String> TIME_NOUNS = Set.of("waktu", "rentang", "kurun", "masa");

  private static Reading yearsBetween(Lexicon lx, Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start();
    // "antara 2010 dan 2015", or without antara "sejak 2010 sampai dengan 2015"
    Atom first = s.atomOrNull(s.lowerIs(i, "antara") ? i + 1 : i);
    Atom last = s.atomOrNull(m.end() - 1);
    if (first == null || !first.isPlainDigits() || first.length() != 4
        || last == null || !last.isPlainDigits() || last.length() != 4) {
      return null;
    }
    String before = s.lower(i - 1);
    if (!lx.dateWords.contains(before) && !TIME_NOUNS.contains(before)
        && !(before.equals("anggaran") && s.lowerIs(i - 2, "tahun"))) { // "tahun anggaran 2019 sampai dengan 2021"
      return null;
    }
    return year(m, m.num(0));
  }

  private static boolean isHistorical(BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(1900)) < 0;
  }

  /** {@link #HISTORICAL_WORDS} that also come before counts ("hingga 2.000 orang"). */
  private static final Set<String> COUNT_TOO = Set.of("hingga", "sampai", "mulai");

  /**
   * A range from a historical year to a later one of the years bare years are read in, as a life is
   * written ({@code 1892-1976}): a date only alone in brackets ({@link #historicalYear}).
   */
  private static boolean isLifeSpan(NumberReader.Num n) {
    return n.isRange() && n.end() - n.start() == 3 && n.value().scale() <= 0 && n.max().scale() <= 0
        && isHistorical(n.value()) && inYears(n.max());
  }

  /** A plain number of three digits, 100 to 999, written without separators. */
  private static boolean threeDigitYear(NumberReader.Num n) {
    return n.plain() && n.end() - n.start() == 1 && n.value().scale() <= 0
        && n.value().compareTo(BigDecimal.valueOf(100)) >= 0 && n.value().compareTo(BigDecimal.valueOf(1000)) < 0;
  }

  /**
   * A historical year after a word of time ("pada 1785", "sejak 1602"), or a range of two alone in
   * brackets, as a life or a reign is written after a name ("Christiaan Huygens (1629-1695)").
   */
  private static Reading historicalYear(Pattern.Match m) {
    NumberReader.Num n = m.num(0);
    Scan s = m.scan;
    int before = m.start() - 1;
    boolean bracketed = n.isRange() && s.lowerIs(m.end(), ")") && n.value().compareTo(n.max()) < 0
        && (s.lowerIs(before, "(") || s.lowerIs(before - 1, "(") && SPAN_OPENERS.contains(s.lower(before)));
    boolean after;
    if (!historical(n) && !isTwoDigitDecade(n)) {
      // a life span ("1892-1976"): in brackets, or after a word that only dates take ("pada 1850-1920";
      // "hingga 1500-2000 orang" counts)
      after = bracketed || s.lowerIn(before, HISTORICAL_WORDS) && !s.lowerIn(before, COUNT_TOO);
    } else {
      after = bracketed || s.lowerIn(before, HISTORICAL_WORDS)
          || n.isRange() && (s.lowerIs(before, "dari") || s.lowerIs(before, "antara"));
    }
    if (!after || !(s.atom(m.start()).isPlainDigits())) {
      return null;
    }
    return year(m, n);
  }

  private static Reading twoDigitYear(Pattern.Match m) {
    Scan s = m.scan;
    int n = m.end() - 1;
    long measures = 1L << KeyIndex.UNITS | 1L << KeyIndex.CLASSIFIERS | 1L << KeyIndex.TIME_UNITS | 1L << KeyIndex.SCALES;
    Atom next = s.atomOrNull(m.end());
    if (s.atom(n).length() != 2 || !s.atom(n).isPlainDigits() || next != null && (next.isNumber() || !next.spaceBefore && (!next.isPunctuation() || next.textIs("-"))
        || (s.mask(m.end()) & measures) != 0 || s.lowerIs(m.end(), "persen") || s.lowerIs(m.end(), "%"))) {
      return null;
    }
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), "19" + s.atom(n).text(), null, Qualifier.EXACT);
  }

  private static Reading year(Pattern.Match m, NumberReader.Num n) {
    String iso;
    if (n.decade()) {
      iso = n.value().toPlainString().substring(0, 3) + "X";
      return Reading.ofIso(FigureType.DATE, m.start(), m.end(), iso, null, Qualifier.EXACT);
    }
    if (n.isRange()) {
      iso = n.value().toPlainString() + "/" + n.max().toPlainString();
    } else {
      iso = n.value().toPlainString();
      if (iso.length() < 4) {
        iso = "0000".substring(iso.length()) + iso; // ISO 8601 writes years in four digits: 0732
      }
    }
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), iso, null, Qualifier.EXACT);
  }

  /**
   * A school, fiscal or sports year written as two consecutive years with a slash, spaced alike on
   * both sides ({@code 2026/2027}, {@code musim 2013 / 2014}): the interval of the two; other pairs
   * are no such year.
   */
  private static Reading yearPair(Pattern.Match m, int first, int second) {
    int y1 = (Integer) m.get(first);
    int y2 = (Integer) m.get(second);
    Scan s = m.scan;
    int slash = m.starts[first + 1];
    if (y2 < 100 && s.atom(slash + 1).length() == 2) {
      if (y2 != (y1 + 1) % 100 || s.atom(slash).spaceBefore || s.atom(slash + 1).spaceBefore) {
        return null; // "1996/97" glued only
      }
      y2 = y1 + 1;
    }
    if (y2 != y1 + 1 || s.atom(slash).spaceBefore != s.atom(slash + 1).spaceBefore) {
      return null;
    }
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), y1 + "/" + y2, null, Qualifier.EXACT);
  }

  /**
   * The date of day {@code d}, month {@code mo} (its number, or with {@code mo} -1 the month name
   * at element 2) and year {@code y} (two digits are 2000 on).
   */
  private static Reading numericDate(Pattern.Match m, int d, int mo, int y) {
    int year = (Integer) m.get(y);
    if (year < 100) {
      year += 2000;
    }
    int month = mo < 0 ? ((Lexicon.Month) m.get(2)).number() : (Integer) m.get(mo);
    return date(m, year, month, (Integer) m.get(d));
  }

  /** Whether the atoms of match {@code m} are written together, without spaces between them. */
  private static boolean glued(Pattern.Match m) {
    for (int i = m.start() + 1; i < m.matchEnd(); i++) {
      if (m.scan.atom(i).spaceBefore) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the clause ends after the year a match ends with: the end of the window, punctuation or a
   * function word ("11 September, 2001 di New York"), no noun that the number would count.
   */
  private static boolean yearEndsClause(Lexicon lx, Pattern.Match m) {
    Atom next = m.scan.atomOrNull(m.end());
    return next == null || next.isPunctuation()
        || lx.stopWords.contains(next.lower()) && lx.classifiers.match(m.scan, m.end()) == null;
  }

  private static Reading date(Pattern.Match m, int y, int mo, int d) {
    try {
      return Reading.ofIso(FigureType.DATE, m.start(), m.end(), LocalDate.of(y, mo, d).toString(), null, Qualifier.EXACT);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A day spelled in words before a month: "dua puluh Desember" is the 20th of December. */
  private static Reading spelledDay(Pattern.Match m) {
    BigDecimal v = m.num(0).value();
    if (v.scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(31)) > 0) {
      return null;
    }
    int d = v.intValue();
    int mo = ((Lexicon.Month) m.get(1)).number();
    if (m.present(2)) {
      return date(m, (Integer) m.get(2), mo, d); // "tanggal lima Desember 2006"
    }
    return partial(m, "XXXX-" + d2(mo) + "-" + d2(d), mo, d);
  }

  private static Reading partial(Pattern.Match m, String iso, int mo, int d) {
    return partial(m, iso, mo, d, null);
  }

  /** A date without a year; {@code hint} ({@link #PAST}, {@link #FUTURE} or null) says which year it resolves to. */
  private static Reading partial(Pattern.Match m, String iso, int mo, int d, String hint) {
    try {
      LocalDate.of(2000, mo, d); // a leap year: 29 Februari is valid
    } catch (DateTimeException e) {
      return null;
    }
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), iso, hint, Qualifier.EXACT);
  }

  private static Reading dayRange(Pattern.Match m) {
    int a = (Integer) m.get(0);
    int b = (Integer) m.get(2);
    int mo = ((Lexicon.Month) m.get(3)).number();
    if (a >= b) {
      return null;
    }
    String y = m.present(4) ? d4((Integer) m.get(4)) : "XXXX";
    // "5-7 Juni mendatang", "12-14 Mei lalu": without a year, the next or the last such days
    String when = m.present(4) ? null : (String) m.get(5);
    String hint = when == null ? null : when.equals("lalu") || when.equals("silam") ? PAST : FUTURE;
    int end = m.present(4) ? m.ends[4] : when != null ? m.ends[5] : m.ends[3];
    return Reading.ofIso(FigureType.DATE, m.start(), end,
        y + "-" + d2(mo) + "-" + d2(a) + "/" + y + "-" + d2(mo) + "-" + d2(b), hint, Qualifier.EXACT);
  }

  private static final Map<String, Integer> CARDINALS = Map.of("satu", 1, "dua", 2, "tiga", 3, "empat", 4);
  /** Words of time before which "semester dua" is a half year, not a semester of study. */
  private static final Set<String> PERIOD_TIME_WORDS = Set.of("pada", "sejak", "semenjak", "hingga", "sampai",
      "selama", "sepanjang", "akhir", "awal", "pertengahan", "memasuki", "jelang", "menjelang", "periode");

  private static Reading cardinalPeriod(Pattern.Match m) {
    String kind = (String) m.get(0);
    if (isStudySemester(m, kind, 2)) {
      return null;
    }
    return period(m, kind, CARDINALS.get((String) m.get(1)), m.present(3) ? (Integer) m.get(3) : -1);
  }

  /**
   * Whether a half year ({@code kind} "H") whose optional "tahun" is element {@code tahun} and year
   * element {@code tahun + 1} is rather a semester of study: no year, no "tahun", no word of time
   * before it ("mahasiswa semester dua"; "pada semester dua" is a half year).
   */
  private static boolean isStudySemester(Pattern.Match m, String kind, int tahun) {
    return kind.equals("H") && !m.present(tahun + 1) && !(m.present(tahun) && m.get(tahun).equals("tahun"))
        && !PERIOD_TIME_WORDS.contains(m.scan.lower(m.start() - 1));
  }

  /** The ke- ranks of a quarter or half year ("ke-2", "ke-III"), lower case, and their numbers. */
  private static final Map<String, Integer> KE_PERIODS = Map.ofEntries(Map.entry("ke-1", 1), Map.entry("ke-2", 2),
      Map.entry("ke-3", 3), Map.entry("ke-4", 4), Map.entry("ke-i", 1), Map.entry("ke-ii", 2), Map.entry("ke-iii", 3),
      Map.entry("ke-iv", 4), Map.entry("ke-satu", 1), Map.entry("ke-dua", 2), Map.entry("ke-tiga", 3),
      Map.entry("ke-empat", 4));
  /** The indexes after "ke" written apart ("kuartal ke dua", "kuartal ke 3"). */
  private static final Set<String> KE_INDEXES = Set.of("1", "2", "3", "4", "i", "ii", "iii", "iv", "satu", "dua", "tiga",
      "empat");

  /**
   * A quarter or half year with a ke- rank, its last index element {@code last}; a half year without a
   * year only after a word of time, as {@link #cardinalPeriod} ("mahasiswa semester ke-2" studies).
   */
  private static Reading kePeriod(Pattern.Match m, String rank, int last) {
    String kind = (String) m.get(0);
    boolean hasYear = m.present(last + 2);
    if (isStudySemester(m, kind, last + 1)) {
      return null;
    }
    int n = KE_PERIODS.get(rank.toLowerCase(java.util.Locale.ROOT));
    if (n > (kind.equals("Q") ? 4 : 2)) {
      return null;
    }
    String y = hasYear ? d4((Integer) m.get(last + 2)) : "XXXX";
    return Reading.ofIso(FigureType.DATE, m.start(), hasYear ? m.end() : m.ends[last], y + "-" + kind + n, null,
        Qualifier.EXACT);
  }

  /** The most quarters or half years a time ago counts ("dua kuartal lalu"); above, the number is something else. */
  private static final BigDecimal MOST_PERIODS_AGO = BigDecimal.valueOf(40);

  private static Reading deicticPeriod(Pattern.Match m) {
    Scan s = m.scan;
    NumberReader.Num before = s.num(m.start() - 1);
    if (s.lowerIs(m.start(), "paruh") || before != null && before.value().compareTo(MOST_PERIODS_AGO) <= 0
        && before.value().stripTrailingZeros().scale() <= 0) {
      // "paruh ini" is no date; "dua kuartal lalu" is not the last quarter (but in "dari Rp 3.150 kuartal
      // lalu", "dari US$3,15 kuartal lalu" the number is a price)
      return null;
    }
    String kind = (String) m.get(0);
    String when = (String) m.get(1);
    int months = when.equals("ini") ? 0 : kind.equals("Q") ? 3 : 6;
    String iso = (when.equals("lalu") ? "-P" : "P") + months + "M";
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), iso, kind.equals("Q") ? QUARTER_OF : HALF_OF, Qualifier.EXACT);
  }

  private static int periodNumber(Object o) {
    if (o instanceof MatchResult r) {
      return PERIOD_WORDS.get(r.group());
    }
    return PERIOD_WORDS.get((String) o);
  }

  private static Reading period(Pattern.Match m, String kind, int n, int year) {
    int max = kind.equals("Q") ? 4 : 2;
    if (n > max) {
      return null;
    }
    String y = year > 0 ? d4(year) : "XXXX";
    int end = year > 0 ? m.end() : m.ends[1];
    return Reading.ofIso(FigureType.DATE, m.start(), end, y + "-" + kind + n, null, Qualifier.EXACT);
  }

  /**
   * "sembilan bulan pertama 2026": January to September of that year; without a year, only before a
   * deictic year ("enam bulan pertama tahun ini", joined by {@link Ranges}). "tiga bulan pertama
   * masa jabatannya" counts months of something else and is no date.
   */
  /**
   * Whether a day/month after "mulai" or "sejak" may be a fraction instead, a word following it
   * ("diskon mulai 1/2 harga"): a day there only before punctuation or a word of time ("mulai 1/12,
   * tarif naik", "sejak 15/11 hingga kini").
   */
  private static boolean fractionAfterSince(Pattern.Match m) {
    Scan s = m.scan;
    if (!s.lowerIs(m.starts[0], "mulai") && !s.lowerIs(m.starts[0], "sejak") && !s.lowerIs(m.starts[0], "sampai")
        && !s.lowerIs(m.starts[0], "hingga")) {
      return false;
    }
    Atom next = s.atomOrNull(m.end());
    return next != null && next.isWord() && !s.lowerIn(m.end(), AFTER_SINCE_DAY);
  }

  /** Words after "mulai 1/12" that keep it a day: a span's end, a time, a deictic word. */
  static final Set<String> AFTER_SINCE_DAY = Set.of("hingga", "sampai", "sd", "s.d.", "pukul", "jam", "pkl", "ini",
      "nanti", "mendatang", "lalu", "kemarin", "besok", "lusa", "pagi", "siang", "sore", "malam", "ya");

  /** The first two or three quarters of the year of element 4: "tiga kuartal pertama 2026" is 2026-01/2026-09. */
  private static Reading firstQuarters(Pattern.Match m) {
    BigDecimal v = m.num(0).value();
    if (v.stripTrailingZeros().scale() > 0 || v.intValue() < 2 || v.intValue() > 3) {
      return null;
    }
    String y = d4((Integer) m.get(4));
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), y + "-01/" + y + "-" + d2(3 * v.intValue()), null,
        Qualifier.EXACT);
  }

  private static Reading firstMonths(Lexicon lx, Pattern.Match m) {
    NumberReader.Num n = m.num(0);
    BigDecimal v = n.value();
    if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.intValue() < 2 || v.intValue() > 11) {
      return null;
    }
    int months = v.intValue();
    if (m.present(4)) {
      String y = d4((Integer) m.get(4));
      return Reading.ofIso(FigureType.DATE, m.start(), m.end(), y + "-01/" + y + "-" + d2(months), null, Qualifier.EXACT);
    }
    Scan s = m.scan;
    int after = m.ends[2];
    boolean deictic = s.lowerIs(after, "tahun") || s.lowerIs(after, "thn");
    if (deictic) {
      if (!(s.lowerIs(after + 1, "ini") || s.lowerIs(after + 1, "lalu") || s.lowerIs(after + 1, "depan"))) {
        return null;
      }
      return Reading.ofIso(FigureType.DATE, m.start(), after, "XXXX-01/XXXX-" + d2(months), null, Qualifier.EXACT);
    }
    // "laba delapan bulan pertama ini", "dalam sembilan bulan pertama, ...": of this year ("ini" is
    // this year, as nothing is); before a noun they are the first months of that ("tiga bulan
    // pertama masa jabatannya"): a duration and an ordinal, as the corpus has it
    Atom next = s.atomOrNull(after);
    if (s.lowerIs(m.start() - 1, "yang")) {
      return null; // "pemerintahan yang tiga bulan pertama ini": the first months of its subject
    }
    if (s.lowerIs(after, "ini")) {
      return Reading.ofIso(FigureType.DATE, m.start(), after + 1, "XXXX-01/XXXX-" + d2(months), null, Qualifier.EXACT);
    }
    if (next == null || next.isPunctuation() || lx.stopWords.contains(next.lower())
        || ObjectFinder.looksLikeVerb(next.lower()) && !Boolean.TRUE.equals(lx.objectWords.get(next.lower()))) {
      return Reading.ofIso(FigureType.DATE, m.start(), after, "XXXX-01/XXXX-" + d2(months), null, Qualifier.EXACT);
    }
    return null;
  }

  private static Reading relative(Pattern.Match m, String sign) {
    NumberReader.Num n = m.num(0);
    Lexicon.TimeUnit tu = (Lexicon.TimeUnit) m.get(1);
    if (n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0 || DurationRules.chatMoney(m)) {
      // (a chat scale is money's: "jual di 900jt taun lalu" is 900 million rupiah last year; "65 juta tahun
      // lalu" is a date)
      return null;
    }
    String d = tu.designator();
    if ((d.equals("QTR") || d.equals("SEM")) && n.value().compareTo(MOST_PERIODS_AGO) > 0
        || n.value().compareTo(BigDecimal.valueOf(1000)) >= 0 && !d.equals("Y") && !d.equals("DEC") && !d.equals("CENT")) {
      // no time ago: "dari Rp 3.150 kuartal lalu" is a price, then the last quarter
      return null;
    }
    String iso = DurationRules.iso(n.value(), tu, sign);
    return Reading.ofIso(FigureType.DATE, m.start(), m.end(), iso, null, n.approx() ? Qualifier.APPROX : Qualifier.EXACT);
  }

  /** Whether atom {@code i} is "SM" (sebelum Masehi) as written: in capitals. */
  private static boolean isBc(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && a.length() == 2 && a.charAt(0) == 'S' && a.charAt(1) == 'M';
  }

  /** "250 SM": the year 250 BC, ISO 8601 {@code -0249} (1 BC is {@code 0000}); the number is element {@code sm - 1}. */
  private static Reading yearBc(Pattern.Match m, NumberReader.Num n, int sm) {
    return n.end() != m.starts[sm] ? null : yearBc(m, n.smallInt(), sm);
  }

  /** Year {@code year} BC whose era word is element {@code sm} ("SM", or "sebelum Masehi" taken into the text). */
  private static Reading yearBc(Pattern.Match m, int year, int sm) {
    Scan s = m.scan;
    int end = m.end();
    if (s.lowerIs(m.starts[sm], "sebelum")) {
      if (!s.lowerIs(end, "masehi")) {
        return null; // "250 sebelum pukul ...": no era
      }
      end++;
    } else {
      Atom next = s.atomOrNull(end);
      if (!isBc(s, m.starts[sm]) || next != null && next.isWord() && next.isCapitalized()) {
        return null; // "Pada 2020 SM Entertainment merilis ...": a name
      }
    }
    return Reading.ofIso(FigureType.DATE, m.start(), end, bcYear(year), null, Qualifier.EXACT);
  }

  /**
   * "580-480 SM": years before Christ from the first to the second, which is the smaller (they count
   * down); the first year is element {@code first}, the era word element {@code first + 3}.
   */
  private static Reading yearsBc(Pattern.Match m, int first) {
    int from = (Integer) m.get(first);
    int to = (Integer) m.get(first + 2);
    Reading last = from <= to ? null : yearBc(m, to, first + 3);
    return last == null ? null
        : Reading.ofIso(FigureType.DATE, m.start(), last.end(), bcYear(from) + "/" + last.iso(), null, Qualifier.EXACT);
  }

  /**
   * "pada 1293 M", "pada 1350-1389 M": a year of the Common Era, or a range of them, whose era word
   * ("M" in capitals, or "Masehi") is the last element; the first year is element {@code first}, the
   * second element {@code second} (-1 for a single year). Without "tahun" in the text, only after a
   * word that only dates take, or "dari" or "antara" before a range: "dana 750 M" is 750 miliar.
   */
  private static Reading yearsAd(Pattern.Match m, int first, int second) {
    Scan s = m.scan;
    Atom next = s.atomOrNull(m.end());
    if (!isAd(s, m.end() - 1) || second - first == 3 && m.present(first + 1) && !isAd(s, m.starts[first + 1])
        || next != null && next.isWord() && next.isCapitalized() || !s.atom(m.starts[first]).isPlainDigits()) {
      return null;
    }
    int before = m.start() - 1;
    if (first == 0 && !(s.lowerIn(before, HISTORICAL_WORDS) && (second >= 0 || !s.lowerIn(before, COUNT_TOO))
        || second >= 0 && (s.lowerIs(before, "dari") || s.lowerIs(before, "antara"))
        || second < 0 && isBc(s, before - 1) && (s.lowerIn(before, COUNT_TOO) || s.lowerIs(before, "dan")))) {
      // the second end of a range from a year before Christ too: "50 SM hingga 20 M"
      return null;
    }
    int from = (Integer) m.get(first);
    if (second < 0) {
      return Reading.ofIso(FigureType.DATE, m.start(), m.end(), d4(from), null, Qualifier.EXACT);
    }
    int to = (Integer) m.get(second);
    return from >= to ? null
        : Reading.ofIso(FigureType.DATE, m.start(), m.end(), d4(from) + "/" + d4(to), null, Qualifier.EXACT);
  }

  /** Whether atom {@code i} is the era word of the Common Era: "M" in capitals, or "Masehi". */
  private static boolean isAd(Scan s, int i) {
    return s.atom(i).textIs("M") || s.lowerIs(i, "masehi");
  }

  /** A year that may be before Christ: bare digits, 1 to 9999. */
  private static boolean bcYears(NumberReader.Num n) {
    return n.plain() && !n.isRange() && !n.approx() && !n.scaled() && n.smallInt() >= 1 && n.smallInt() <= 9999;
  }

  /** Year {@code y} BC in ISO 8601, 1 BC being {@code 0000}: 250 gives {@code -0249}. */
  private static String bcYear(int y) {
    int iso = y - 1;
    String digits = Integer.toString(iso);
    digits = "0000".substring(Math.min(4, digits.length())) + digits;
    return (iso == 0 ? "" : "-") + digits;
  }

  /** {@code v} in at least two digits, as {@code String.format("%02d", v)} writes it (without its cost). */
  static String d2(int v) {
    return v >= 0 && v < 10 ? "0" + v : v >= 0 ? Integer.toString(v) : String.format("%02d", v);
  }

  /** {@code v} in at least four digits, as {@code String.format("%04d", v)} writes it. */
  static String d4(int v) {
    if (v < 0) {
      return String.format("%04d", v);
    }
    String s = Integer.toString(v);
    return s.length() >= 4 ? s : "0000".substring(s.length()) + s;
  }
}
