package id.warta.cli;

import id.warta.Warta;
import id.warta.figure.FigureExtractor;

/** The pipelines the commands use. One place to wire stages as they arrive. */
final class Pipelines {
  private Pipelines() {}

  /** Segmentation plus syntactic words (the lemma stage splits clitics). */
  static Warta forSegmentation() {
    return Warta.builder().build();
  }

  /** Everything on. */
  static Warta full() {
    return Warta.builder().figures(FigureExtractor.standard()).build();
  }

  /** Segmentation and figures only (eval figures). */
  static Warta forFigures() {
    return Warta.builder().lemmas(null).entities(null).figures(FigureExtractor.standard()).build();
  }
}
