package io.github.seapopym4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up step of {@code notebooks/run}: when {@code jupyter nbconvert} is missing it installs it
 * with apt-get as root, else prints the command to run. Simulated, so nothing is installed: {@code
 * JUPYTER} points at a file that does not exist, and fake {@code id} and {@code apt-get} commands
 * come first on PATH (the fake apt-get logs its arguments and creates the jupyter command).
 */
class NotebooksRunSetupIT {

  @TempDir
  Path dir;

  private record Result(int status, String out, String err) {}

  private Result run(String uid) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path jupyter = dir.resolve("installed/jupyter");
    Files.writeString(bin.resolve("id"), "#!/bin/sh\n[ \"$1\" = -u ] && echo " + uid + "\n");
    Files.writeString(bin.resolve("apt-get"), """
        #!/bin/sh
        echo "apt-get $*" >> "$FAKE_APT_LOG"
        if [ "$1" = install ]; then
          mkdir -p "$(dirname "$JUPYTER")"
          printf '#!/bin/sh\\necho 7.0.0\\n' > "$JUPYTER" && chmod +x "$JUPYTER"
        fi
        """);
    bin.resolve("id").toFile().setExecutable(true);
    bin.resolve("apt-get").toFile().setExecutable(true);
    Path root = Path.of(System.getProperty("seapopym4j.root")).toAbsolutePath().normalize();
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("notebooks/run").toString(),
        "--no-build", "--install-kernel").directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("JUPYTER", jupyter.toString());
    env.put("FAKE_APT_LOG", dir.resolve("apt.log").toString());
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("notebooks/run did not finish in 2 minutes");
    }
    return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void asRootWithAptItInstallsNbconvertAndFontsSayingSoInOneLine() throws Exception {
    Result r = run("0");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("notebooks/run: installing jupyter-nbconvert jupyter-client "
        + "fontconfig fonts-dejavu-core with apt-get"), r.out());
    assertEquals(1, r.out().lines().filter(l -> l.contains("installing")).count(), r.out());
    assertEquals("""
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends jupyter-nbconvert jupyter-client fontconfig \
        fonts-dejavu-core
        """, Files.readString(dir.resolve("apt.log")));
    assertTrue(r.out().contains("kernel 'seapopym4j' installed"), r.out());
  }

  @Test
  void asAUserItPrintsTheExactCommandAndInstallsNothing() throws Exception {
    Result r = run("1000");
    assertEquals(3, r.status());
    assertTrue(r.err().contains("sudo apt-get install -y jupyter-nbconvert jupyter-client fontconfig "
        + "fonts-dejavu-core"), r.err());
    assertFalse(Files.exists(dir.resolve("apt.log")), "apt-get must not run");
  }
}
