package id.warta.cli;

import id.warta.Warta;
import id.warta.tokenize.Abbreviations;
import id.warta.tokenize.IndonesianTokenizer;
import id.warta.tokenize.Segmenter;
import id.warta.tokenize.SentenceSplitter;

/** The pipelines the commands use: only the stages each command needs. */
final class Pipelines {
  private Pipelines() {}

  /** Segmentation plus syntactic words (the lemma stage splits clitics), with the given period convention. */
  static Warta forSegmentation(IndonesianTokenizer.AbbreviationPeriods periods) {
    Abbreviations abbreviations = Abbreviations.bundled();
    Segmenter segmenter = new Segmenter(new IndonesianTokenizer(abbreviations, periods), new SentenceSplitter(abbreviations));
    return Warta.builder().segmenter(segmenter).entities(false).figures(false).build();
  }

  /** Everything on. */
  static Warta full() {
    return Warta.builder().build();
  }

  /** Everything on, with the given limit on input length. */
  static Warta full(int maxLength) {
    return Warta.builder().maxLength(maxLength).build();
  }

  /** Segmentation and figures only (eval figures). */
  static Warta forFigures() {
    return Warta.builder().lemmas(false).entities(false).build();
  }
}
