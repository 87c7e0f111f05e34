package id.warta.cli;

import id.warta.Warta;
import id.warta.morph.LemmaStage;

/** The pipelines the commands use. One place to wire stages as they arrive. */
final class Pipelines {
  private Pipelines() {}

  /** Segmentation plus syntactic words (the lemma stage splits clitics). */
  static Warta forSegmentation() {
    return Warta.builder().lemmas(LemmaStage.standard()).build();
  }

  /** Everything on. */
  static Warta full() {
    return Warta.builder().lemmas(LemmaStage.standard()).build();
  }
}
