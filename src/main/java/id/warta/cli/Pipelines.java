package id.warta.cli;

import id.warta.Warta;
import id.warta.entity.EntityRecognizer;
import id.warta.tokenize.Abbreviations;
import id.warta.tokenize.IndonesianTokenizer;
import id.warta.tokenize.Segmenter;
import id.warta.tokenize.SentenceSplitter;

/** The pipelines the commands use. One place to wire stages as they arrive. */
final class Pipelines {
  private Pipelines() {}

  /** Segmentation plus syntactic words (the lemma stage splits clitics), with the given period convention. */
  static Warta forSegmentation(IndonesianTokenizer.AbbreviationPeriods periods) {
    Abbreviations abbreviations = Abbreviations.bundled();
    Segmenter segmenter = new Segmenter(new IndonesianTokenizer(abbreviations, periods), new SentenceSplitter(abbreviations));
    return Warta.builder().segmenter(segmenter).entities(null).build();
  }

  /** Everything on. */
  static Warta full() {
    return Warta.builder().entities(EntityRecognizer.standard()).build();
  }
}
