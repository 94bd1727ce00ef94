package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 12: internal messages reach the user naming the file and the cause. */
class InternalMessagesCliTest {

  @TempDir
  Path dir;

  private CliRun.Result run(Path out) throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    return CliRun.run(new RunCommand(), "--temperature", f[0].toString(), "--primary-production",
        f[1].toString(), "--groups", CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(),
        "--out", out.toString());
  }

  @Test
  void runOutRootIsRefusedWithAReason() throws IOException {
    CliRun.Result r = run(Path.of("/"));
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("seapopym: error: --out /: expected an output folder below the root "
        + "of the file system, but found the root itself"), r.err());
  }

  @Test
  void anOutputFolderUnderAFileNamesTheCause() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    CliRun.Result r = run(file.resolve("out"));
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains(file + ": a file of that name already exists"), r.err());
  }

  @Test
  void permissionErrorsSayPermissionDenied() {
    String line = SeapopymCli.oneLine(new UncheckedIOException("cannot write /ro/out",
        new AccessDeniedException("/ro/out")));
    assertEquals("cannot write /ro/out: permission denied", line);
  }

  @Test
  void aCorruptCheckpointNamesTheFileAndTheEntry() throws IOException {
    Path[] f = CliRun.forcings(dir, 30, 1, 20, 1, (d, lon, l, line) -> line);
    Path space = Files.writeString(dir.resolve("space.csv"), """
        group,parameter,value,min,max
        G,energy_transfert,,0.05,0.5
        G,day_layer,1,,
        G,night_layer,1,,
        G,lambda_temperature_0,,0.001,0.01
        G,gamma_lambda_temperature,0.15,,
        G,tr_0,10.38,,
        G,gamma_tr,-0.11,,
        """);
    Path obs = Files.writeString(dir.resolve("obs.csv"),
        "time,lat,lon,value\n2000-01-10,0.5,0.5,1\n2000-01-20,0.5,1.5,2\n");
    String[] args = {"--temperature", f[0].toString(), "--primary-production", f[1].toString(),
        "--observations", obs.toString(), "--space", space.toString(), "--out",
        dir.resolve("cal").toString(), "--threads", "1", "--population", "4", "--generations", "2"};
    assertEquals(0, CliRun.run(new CalibrateCommand(), args).status());
    Path checkpoint = dir.resolve("cal/checkpoint.properties");
    List<String> lines = Files.readAllLines(checkpoint);
    String victim = lines.stream().filter(l -> l.startsWith("state.") && l.matches(".*=-?[0-9].*"))
        .findFirst().orElseThrow();
    String key = victim.substring(0, victim.indexOf('='));
    Files.writeString(checkpoint, lines.stream().map(l -> l.equals(victim) ? key + "=abc" : l)
        .collect(Collectors.joining("\n", "", "\n")));
    String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
    resume[args.length - 1] = "3";
    resume[args.length] = "--resume";
    CliRun.Result r = CliRun.run(new CalibrateCommand(), resume);
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains(checkpoint + ": the checkpoint is corrupt: entry '" + key + "=abc' "
        + "("), r.err());
    assertTrue(r.err().contains("); resume from an intact copy, or delete " + checkpoint
        + " to start afresh"), r.err());
  }
}
