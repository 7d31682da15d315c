package org.igfatlas.reliability;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the igf command line in a child JVM with this test's class path, for runs that must be killed or bounded. */
final class ChildJvm {
  private ChildJvm() {}

  static Process start(Path log, String heap, String... args) throws Exception {
    return startIn(null, log, heap, args);
  }

  /** The CLI in its own JVM, run from the working directory {@code cwd} (null: this JVM's). */
  static Process startIn(Path cwd, Path log, String heap, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command(heap, args)).redirectErrorStream(true).redirectOutput(log.toFile());
    if (cwd != null) pb.directory(cwd.toFile());
    pb.environment().put("LC_ALL", "C.UTF-8");
    return pb.start();
  }

  /**
   * The CLI in its own JVM under a file-size limit ({@code ulimit -f}, in KB): a write past it fails with "File too
   * large" (EFBIG), as writes to a full disk fail with ENOSPC, so a full disk can be tried without filling one.
   */
  static Process startWithFileLimit(Path log, String heap, long kilobytes, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"", "bash"));
    cmd.addAll(command(heap, args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("LC_ALL", "C.UTF-8");
    return pb.start();
  }

  /** {@code java … IgfCommand args} with this test's class path and the launcher's JVM flags. */
  private static List<String> command(String heap, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "org.igfatlas.cli.IgfCommand"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static String output(Path log) throws Exception {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  static boolean classPathIsComplete() {
    return System.getProperty("java.class.path").contains(File.pathSeparator);
  }
}
