package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.internal.Checks;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The machine a figure was measured on, as written in a {@link History}.
 *
 * @param host host name ("unknown" when it cannot be resolved)
 * @param cores processors available to the JVM
 * @param os operating system name, version and architecture
 * @param jvm JVM vendor, name and version
 */
public record Machine(String host, int cores, String os, String jvm) {

  public Machine {
    host = History.field(host);
    os = History.field(os);
    jvm = History.field(jvm);
    Checks.atLeast(cores, 1, "cores");
  }

  /** This machine. */
  public static Machine current() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown";
    }
    return new Machine(host, Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
            + System.getProperty("java.version"));
  }
}
