package id.warta.cli;

import id.warta.Document;
import id.warta.Warta;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.Word;
import java.io.IOException;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta analyze [FILE...]}: analyze files or standard input. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze text files or standard input and print the results.",
      "Each UTF-8 file is one document, of at most 32 Mi chars (split a longer one first, e.g. with"
          + " split -C 16M). The results go to standard output; progress and problems go to standard error.",
      "A file that cannot be read is reported in one line and skipped; the exit status is then 1."
          + " The Java heap needed is about 50 bytes per char of the largest file (java -Xmx2g -jar ...)."
    })
final class AnalyzeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, jsonl, conll }

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "files to analyze; none, or '-', reads standard input")
  List<Path> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (readable), jsonl (one JSON object per document) or conll (one token per line); default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date, to resolve partial and relative dates")
  LocalDate date;

  @Option(names = "--progress", negatable = true,
      description = "show progress on standard error always (a bar on a terminal, else a line per file) or never;"
          + " by default a bar for several files when standard error is a terminal and standard output is not")
  Boolean progress;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Tells which standard streams are terminals; tests replace it. */
  Terminals terminals = Terminals.SYSTEM;

  /** The longest input, in chars, analyzed as one document; tests lower it. */
  int maxLength = Warta.DEFAULT_MAX_LENGTH;

  /** Analyzes one text; tests replace it. */
  Analyzer analyzer;

  /** {@code Warta::analyze}, as a seam for tests. */
  @FunctionalInterface
  interface Analyzer {
    Document analyze(String text, LocalDate date);
  }

  /** About the heap a document needs (base plus bytes per char), measured on news text (see README). */
  static final long HEAP_MB_BASE = 64;
  static final long HEAP_BYTES_PER_CHAR = 50;

  /** Chars of the input being analyzed, for the out-of-memory message. */
  private long currentLength;
  /** Whether output of the current document has begun. */
  private boolean writing;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (analyzer == null) {
      analyzer = Pipelines.full(maxLength)::analyze;
    }
    List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
    // the streams are looked at only when the answer matters
    boolean auto = progress == null;
    boolean stderrTerminal = (auto ? inputs.size() > 1 : progress) && terminals.isTerminal(Terminals.STDERR);
    boolean stdoutTerminal = auto && stderrTerminal && terminals.isTerminal(Terminals.STDOUT);
    Progress.Mode mode = Progress.mode(progress, inputs.size(), stdoutTerminal, stderrTerminal);
    Progress bar = new Progress(err, inputs.size(), mode);
    int failures = 0;
    for (int i = 0; i < inputs.size(); i++) {
      String source = inputs.get(i).toString();
      bar.start(source);
      try {
        analyzeOne(inputs.get(i), source, out, bar);
      } catch (InputException | IllegalArgumentException e) {
        bar.clear();
        err.println("warta: " + source + ": " + e.getMessage());
        failures++;
      } catch (IOException e) {
        bar.clear();
        err.println("warta: " + source + ": cannot read: " + e.getMessage());
        failures++;
      } catch (OutOfMemoryError e) {
        // Safe to go on with a message: the input, its Document and its JSON lived only in analyzeOne's
        // frame, which is gone. Not safe to go on with other files, so the run stops here.
        bar.clear();
        out.flush();
        err.println(outOfMemory(source, inputs.size() - i - 1));
        err.flush();
        return 1;
      }
      bar.finish();
    }
    bar.end();
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  private void analyzeOne(Path p, String source, PrintWriter out, Progress bar) throws IOException, InputException {
    writing = false;
    currentLength = source.equals("-") ? -1 : Files.isRegularFile(p) ? Files.size(p) : -1;
    String text = source.equals("-") ? decode(System.in.readAllBytes(), "standard input") : read(p);
    currentLength = text.length();
    if (text.length() > maxLength) {
      throw new InputException(tooLong(source, text.length(), maxLength));
    }
    Document doc = analyzer.analyze(text, date);
    bar.clear();
    writing = true;
    write(out, source, doc);
    out.flush();
  }

  /** The over-limit message, with what a CLI user can do about it. */
  static String tooLong(String source, int length, int maxLength) {
    String file = source.equals("-") ? "the input" : "'" + source + "'";
    return "too long for one document: " + length + " chars, the limit is " + maxLength + "; split " + file
        + " into smaller files (e.g. split -C " + Math.max(1, maxLength / (2 * 1024 * 1024)) + "M "
        + (source.equals("-") ? "FILE" : source) + " part-, which keeps lines whole) and analyze those";
  }

  private String outOfMemory(String source, int left) {
    long max = Runtime.getRuntime().maxMemory();
    String what = currentLength >= 0 ? " analyzing " + currentLength + " chars" : "";
    long needMb = Math.max(2 * max / (1024 * 1024),
        currentLength >= 0 ? HEAP_MB_BASE + currentLength * HEAP_BYTES_PER_CHAR / (1024 * 1024) : 0);
    long suggestGb = Math.max(1, (needMb + 1023) / 1024);
    return "warta: " + source + ": out of memory" + what + " with a Java heap of " + max / (1024 * 1024) + " MB"
        + (writing ? " (its output is incomplete)" : "")
        + "; give Java more (java -Xmx" + suggestGb + "g -jar ...) or split the " + (source.equals("-") ? "input" : "file")
        + (left > 0 ? "; " + left + " more file" + (left == 1 ? "" : "s") + " not analyzed" : "");
  }

  /** A problem with one input, reported in one line. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  private static String read(Path p) throws IOException, InputException {
    if (Files.isDirectory(p)) {
      throw new InputException("is a directory");
    }
    try {
      return decode(Files.readAllBytes(p), p.toString());
    } catch (NoSuchFileException e) {
      throw new InputException("no such file");
    }
  }

  /** Strict UTF-8 decoding: invalid bytes and binary content are errors, never replaced. */
  static String decode(byte[] bytes, String label) throws InputException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (NUL byte at offset " + i + ")");
      }
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length); // UTF-8 never has more chars than bytes
    if (decoder.decode(in, chars, true).isError() || decoder.flush(chars).isError()) {
      throw new InputException("not valid UTF-8 (bad byte at offset " + in.position() + ")");
    }
    String s = chars.flip().toString();
    return s.startsWith("\uFEFF") ? " " + s.substring(1) : s;
  }

  private void write(PrintWriter out, String source, Document doc) throws IOException {
    switch (format) {
      case jsonl -> {
        DocumentJson.write(out, source, doc);
        out.println();
      }
      case conll -> writeConll(out, source, doc);
      case text -> TextReport.write(out, source, doc);
    }
  }

  /** CoNLL-U-like: one token per line (ID, FORM, LEMMA, KIND, START, END), multiword tokens as ranges. */
  private static void writeConll(PrintWriter out, String source, Document doc) {
    out.println("# newdoc id = " + source);
    int n = 0;
    for (Sentence s : doc.sentences()) {
      n++;
      out.println("# sent_id = " + n);
      out.println("# text = " + s.text().replace('\n', ' ').replace('\r', ' '));
      int id = 1;
      for (Token t : s.tokens()) {
        String misc = "Start=" + t.start() + "|End=" + t.end();
        if (t.words().size() > 1) {
          out.println((id) + "-" + (id + t.words().size() - 1) + "\t" + t.text() + "\t_\t_\t_\t_\t_\t_\t_\t" + misc);
          for (Word w : t.words()) {
            out.println(id++ + "\t" + w.text() + "\t" + orBlank(w.lemma()) + "\t_\t_\t_\t_\t_\t_\tStart=" + w.start() + "|End=" + w.end());
          }
        } else {
          out.println(id++ + "\t" + t.text() + "\t" + orBlank(t.lemma()) + "\t_\t" + t.kind() + "\t_\t_\t_\t_\t" + misc);
        }
      }
      out.println();
    }
  }

  private static String orBlank(String s) {
    return s == null ? "_" : s;
  }

}
