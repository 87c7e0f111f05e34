package id.warta.cli;

import id.warta.entity.Conll;
import id.warta.entity.Countries;
import id.warta.entity.EntityCorpus;
import id.warta.entity.EntityEvaluator;
import id.warta.entity.EntityRecognizer;
import id.warta.entity.EntityType;
import id.warta.eval.Prf;
import java.util.EnumMap;
import java.util.Map;
import id.warta.entity.EntityTrainer;
import id.warta.entity.LabeledSentence;
import id.warta.entity.UntaggedNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta train entities}: rebuilds the entity model from Warta's corpus (training split) and
 * optional extra CoNLL files, deterministically.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Train the entity model and write it as an OpenNLP model zip.",
      "Training uses the training split of Warta's corpus (every 10th article of each file is held out)"
          + " plus any --conll files, and is deterministic."
    })
final class TrainEntitiesCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "src/corpus/entities/raw",
      description = "Warta corpus directory (default ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--no-corpus", description = "do not use Warta's corpus (train on --conll files alone)")
  boolean noCorpus;

  @Option(names = "--corpus-copies", paramLabel = "N", defaultValue = "1", description = "how many times the corpus split is repeated in training (default ${DEFAULT-VALUE})")
  int corpusCopies;

  @Option(names = "--conll", paramLabel = "FILE", description = "extra training data, token<TAB>BIO (repeatable)")
  List<Path> conll = new ArrayList<>();

  @Option(names = "--conll-countries-as-loc", description = "in --conll data, tag untagged country names LOC (Warta's guideline)")
  boolean countriesAsLoc;

  @Option(names = "--conll-drop-untagged", description = "leave out --conll sentences with a likely untagged name (a capitalized word, not first, unknown to the lexicon, outside every mention)")
  boolean dropUntagged;

  @Option(names = "--conll-source-features", description = "give --conll sentences source-specific feature copies, so the model keeps their annotation habits apart from Warta's (weights used at training only)")
  boolean conllSourceFeatures;

  @Option(names = "--conll-source-weight", defaultValue = "0", paramLabel = "W",
      description = "with --conll-source-features, the share (0-1) of the --conll source's own weights kept in the model (default ${DEFAULT-VALUE}: none)")
  double conllSourceWeight;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/id/warta/entity/warta-entities.bin",
      description = "model file to write (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--split-out", paramLabel = "DIR", description = "also write the corpus split into DIR, as warta-train.conll and warta-test.conll")
  Path splitOut;

  @Option(names = "--split-only", description = "only write the split (needs --split-out); train nothing")
  boolean splitOnly;

  @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT (default ${DEFAULT-VALUE})")
  String algorithm;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "300", description = "training iterations (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--cutoff", paramLabel = "N", defaultValue = "0", description = "minimum count of a feature to keep it (default ${DEFAULT-VALUE})")
  int cutoff;

  @Option(names = "--beam", paramLabel = "N", defaultValue = "1", description = "decoder beam size recorded in the model (default ${DEFAULT-VALUE})")
  int beam;

  @Option(names = "--substitute-every", paramLabel = "N", defaultValue = "2", description = "add a copy with gazetteer names substituted of every N-th sentence, 0 for none (default ${DEFAULT-VALUE})")
  int substituteEvery;

  @Option(names = "--case-every", paramLabel = "N", defaultValue = "6", description = "add an upper-case and a lower-case copy of every N-th sentence, 0 for none (default ${DEFAULT-VALUE})")
  int caseEvery;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
      description = "cross-validate instead of training: split the corpus training articles into K folds (training"
          + " article i goes to fold i %% K), train on K-1 folds (plus any --conll data) and score the rest; writes no model")
  int folds;

  @Option(names = "--fold-threads", paramLabel = "N", defaultValue = "1", description = "folds trained at once with --folds (default ${DEFAULT-VALUE})")
  int foldThreads;

  @Option(names = "--cv-errors", paramLabel = "N", defaultValue = "0", description = "with --folds, list the N most frequent errors over all folds")
  int cvErrors;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getErr();
    if (!(conllSourceWeight >= 0 && conllSourceWeight <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--conll-source-weight must be between 0 and 1: " + conllSourceWeight);
    }
    if (conllSourceWeight != 0 && !conllSourceFeatures) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--conll-source-weight needs --conll-source-features");
    }
    if ((!noCorpus || splitOut != null) && !Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus: not a directory: " + corpus);
    }
    conll.forEach(f -> GoldFiles.require(spec, f));
    if (folds > 0) {
      return crossValidate(log);
    }
    List<LabeledSentence> train = new ArrayList<>();
    List<LabeledSentence> auxiliary = new ArrayList<>();
    List<LabeledSentence> test = new ArrayList<>();
    StringBuilder data = new StringBuilder();
    if (!noCorpus) {
      for (EntityCorpus.Article a : EntityCorpus.standard().readDirectory(corpus)) {
        (a.heldOut() ? test : train).addAll(a.sentences());
      }
      List<LabeledSentence> once = List.copyOf(train);
      for (int c = 1; c < corpusCopies; c++) {
        train.addAll(once);
      }
      data.append("warta-corpus-train(").append(once.size()).append(")x").append(corpusCopies);
      log.printf("corpus: %d training sentences, %d held out%n", train.size(), test.size());
    }
    for (Path f : conll) {
      List<LabeledSentence> more = readConll(f);
      if (countriesAsLoc) {
        more = Countries.tagUntagged(more);
      }
      if (dropUntagged) {
        more = UntaggedNames.dropLikelyUntagged(more);
      }
      (conllSourceFeatures ? auxiliary : train).addAll(more);
      data.append(data.length() > 0 ? "+" : "").append(f.getFileName()).append('(').append(more.size()).append(')')
          .append(countriesAsLoc ? "countries-as-LOC" : "").append(dropUntagged ? "-untagged-dropped" : "")
          .append(conllSourceFeatures ? "-source-features" : "");
      log.printf("%s: %d sentences%n", f.getFileName(), more.size());
    }
    if (train.isEmpty() && auxiliary.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no training data");
    }
    if (splitOut != null) {
      Files.createDirectories(splitOut);
      List<LabeledSentence> own = new ArrayList<>();
      for (EntityCorpus.Article a : EntityCorpus.standard().readDirectory(corpus)) {
        if (!a.heldOut()) {
          own.addAll(a.sentences());
        }
      }
      write(splitOut.resolve("warta-train.conll"), own);
      write(splitOut.resolve("warta-test.conll"), test);
    }
    if (splitOnly) {
      if (splitOut == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--split-only needs --split-out DIR");
      }
      log.flush();
      return 0;
    }
    EntityTrainer.Params p = new EntityTrainer.Params(algorithm, iterations, cutoff, beam, caseEvery, substituteEvery);
    long t0 = System.nanoTime();
    TokenNameFinderModel model = EntityTrainer.train(train, auxiliary, conllSourceWeight, p, data.toString());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
    log.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    log.flush();
    return 0;
  }

  /** K-fold cross-validation over the corpus training articles; the held-out split is never read. */
  private int crossValidate(PrintWriter log) throws Exception {
    if (noCorpus || folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds needs K >= 2 and the corpus");
    }
    List<List<LabeledSentence>> byFold = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      byFold.add(new ArrayList<>());
    }
    int i = 0;
    for (EntityCorpus.Article a : EntityCorpus.standard().readDirectory(corpus)) {
      if (!a.heldOut()) {
        byFold.get(i++ % folds).addAll(a.sentences());
      }
    }
    List<LabeledSentence> extra = new ArrayList<>();
    for (Path f : conll) {
      List<LabeledSentence> more = readConll(f);
      more = countriesAsLoc ? Countries.tagUntagged(more) : more;
      extra.addAll(dropUntagged ? UntaggedNames.dropLikelyUntagged(more) : more);
    }
    EntityTrainer.Params p = new EntityTrainer.Params(algorithm, iterations, cutoff, beam, caseEvery, substituteEvery);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, foldThreads));
    List<java.util.concurrent.Future<EntityEvaluator.Result>> results = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      final int fold = k;
      results.add(pool.submit(() -> {
        List<LabeledSentence> once = new ArrayList<>();
        for (int j = 0; j < folds; j++) {
          if (j != fold) {
            once.addAll(byFold.get(j));
          }
        }
        List<LabeledSentence> train = new ArrayList<>();
        for (int c = 0; c < corpusCopies; c++) {
          train.addAll(once);
        }
        if (!conllSourceFeatures) {
          train.addAll(extra);
        }
        TokenNameFinderModel m = EntityTrainer.train(
            train, conllSourceFeatures ? extra : List.of(), conllSourceWeight, p, "cv-fold-" + fold);
        EntityRecognizer ner = EntityRecognizer.builder().model(m).beamSize(beam).build();
        return EntityEvaluator.evaluate(byFold.get(fold), ner::findMentions);
      }));
    }
    pool.shutdown();
    PrintWriter out = spec.commandLine().getOut();
    Map<EntityType, Prf> pooled = new EnumMap<>(EntityType.class);
    Prf overall = new Prf(0, 0, 0);
    List<EntityEvaluator.Error> errors = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      EntityEvaluator.Result r = results.get(k).get();
      errors.addAll(r.errors());
      out.printf("fold %d: F1 %.2f (%d gold)%n", k, 100 * r.overall().f1(), r.overall().gold());
      overall = overall.plus(r.overall());
      for (EntityType t : EntityType.values()) {
        pooled.merge(t, r.byType().get(t), Prf::plus);
      }
    }
    out.printf("%d-fold pooled: P %.2f R %.2f F1 %.2f", folds, 100 * overall.precision(), 100 * overall.recall(), 100 * overall.f1());
    for (EntityType t : EntityType.values()) {
      out.printf(" | %s %.2f", t, 100 * pooled.get(t).f1());
    }
    out.println();
    if (cvErrors > 0) {
      EntityEvaluator.Result all = new EntityEvaluator.Result(overall, pooled, errors);
      for (Map.Entry<String, Integer> e : all.frequentErrors(cvErrors)) {
        out.printf("%5d  %s%n", e.getValue(), e.getKey());
      }
    }
    out.flush();
    log.flush();
    return 0;
  }

  private static void write(Path file, List<LabeledSentence> sentences) throws java.io.IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Conll.write(sentences, w);
    }
  }

  /** The sentences of a {@code --conll} file, or a usage error naming its bad line. */
  private List<LabeledSentence> readConll(Path f) throws IOException {
    try {
      return Conll.read(f);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
