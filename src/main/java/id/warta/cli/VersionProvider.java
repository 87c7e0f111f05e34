package id.warta.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = WartaCli.class.getPackage().getImplementationVersion();
    return new String[] {"warta " + (v == null ? "(development build)" : v)};
  }
}
