package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.text.Sentence;
import id.warta.tokenize.IndonesianTokenizer.AbbreviationPeriods;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closing abbreviations written like initials ({@code M.H.}, {@code S.E.}, {@code A.S.}): a degree
 * set off after a name ends a sentence before a capitalized word, initials before a name do not.
 * Every case runs with the abbreviation's period kept ({@code M.H.}) and split off (UD GSD style,
 * {@code M . H .}). Sentences written by the Warta developers.
 */
class SentenceSplitterInitialsTest {
  /** Must not match: initials before a capitalized name, one sentence each. */
  static final List<String> INITIALS_BEFORE_A_NAME = List.of(
      "Ia tinggal di Jl. M.H. Thamrin No. 10, Jakarta.",
      "Kantor redaksi pindah ke Jalan M.H. Thamrin pekan lalu.",
      "Kepala dinas M.H. Lubis meninjau pasar pagi ini.",
      "Laporan keuangan disusun S.E. Nugroho dari bagian akuntansi.",
      "Pengacara S.H. Pane mengajukan banding kemarin.",
      "Presiden A.S. Joe Biden menerima tamu dari Jakarta.",
      "Tokonya berada di Jl. S.A. Tirtayasa, Cilegon.",
      "Dosen M.M. Rahardjo membuka seminar itu.",
      "Warga Jl. K.H. Hasyim Ashari menggelar kerja bakti.",
      "Acara dibuka oleh Direktur Utama Agus D.W. Santoso di Surabaya.",
      "Budi, S.H., M.H. hadir dalam sidang.");

  /** Degrees set off after a name (or a closing abbreviation before a function word) end the sentence. */
  static final List<List<String>> DEGREES_ENDING_A_SENTENCE = List.of(
      List.of("Surat itu ditandatangani Rina Kusuma, S.H.", "Ia kini bertugas di Medan."),
      List.of("Pembicara kedua adalah Dimas Pratama, S.E., M.M.", "Acara ditutup siang hari."),
      List.of("Pembimbingnya Yudi Hartono, S.T. M.T.", "Keduanya hadir di kampus."),
      List.of("Ketua panitia dijabat Sari Dewi S.H.", "Ia dibantu tiga staf."),
      List.of("Rombongan itu tiba di A.S.", "Mereka disambut duta besar."),
      List.of("Notulen dicatat oleh Lina Marlina, S.Kom.", "Rapat berikutnya bulan depan."),
      List.of("Mobil, motor, dll.", "Semua dijual murah."),
      List.of("Saham PT Sinar Terang Tbk.", "Perseroan itu naik."));

  static Stream<Arguments> initialsBeforeAName() {
    List<Arguments> out = new ArrayList<>();
    for (AbbreviationPeriods p : AbbreviationPeriods.values()) {
      for (String s : INITIALS_BEFORE_A_NAME) {
        out.add(Arguments.of(p, s));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> degreesEndingASentence() {
    List<Arguments> out = new ArrayList<>();
    for (AbbreviationPeriods p : AbbreviationPeriods.values()) {
      for (List<String> s : DEGREES_ENDING_A_SENTENCE) {
        out.add(Arguments.of(p, s));
      }
    }
    return out.stream();
  }

  private static List<String> sentences(AbbreviationPeriods periods, String text) {
    Segmenter segmenter = new Segmenter(new IndonesianTokenizer(Abbreviations.bundled(), periods), SentenceSplitter.standard());
    return segmenter.segment(text).stream().map(Sentence::text).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("initialsBeforeAName")
  void initialsBeforeANameDoNotEndTheSentence(AbbreviationPeriods periods, String text) {
    assertEquals(List.of(text), sentences(periods, text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("degreesEndingASentence")
  void aDegreeSetOffAfterANameEndsTheSentence(AbbreviationPeriods periods, List<String> expected) {
    assertEquals(expected, sentences(periods, String.join(" ", expected)));
  }
}
