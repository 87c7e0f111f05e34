package id.warta.eval;

/**
 * Tokens, syntactic words and sentences scored with the CoNLL 2018 shared task method.
 *
 * @param tokens surface tokens
 * @param words syntactic words (clitics split)
 * @param sentences sentences
 */
public record SegmentationScores(Prf tokens, Prf words, Prf sentences) {}
