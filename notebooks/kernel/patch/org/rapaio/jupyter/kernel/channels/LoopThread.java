package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * seapopym4j's replacement for the class of the same name in rapaio-jupyter-kernel 3.0.1, put ahead
 * of the kernel jar on the kernel's classpath by {@code notebooks/run}. Same API and behaviour (run
 * the loop body, sleep, repeat until shut down) without two start-up races of the original that
 * leave a kernel silent under load, so that nbconvert fails with "Kernel didn't respond":
 *
 * <ol>
 *   <li>The original sets {@code running = true} after {@code Thread.start()}; a thread scheduled
 *       first sees {@code false} and ends at once. Here the flag is set before the thread starts.
 *   <li>The shell channel starts polling before {@code Channels.connect} has built its handler map;
 *       a {@code kernel_info_request} arriving in that window throws a NullPointerException that ends
 *       the thread. Here an exception of the loop body is logged and the loop goes on; the lost
 *       request is sent again by Jupyter, which repeats {@code kernel_info_request} until answered.
 * </ol>
 */
public final class LoopThread extends Thread {

  private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

  static {
    LOGGER.info("seapopym4j: patched LoopThread in use");
  }

  private volatile boolean running;
  private final long sleep;
  private final Runnable loopBody;

  public LoopThread(String name, long sleep, Runnable loopBody) {
    super(name);
    this.sleep = sleep;
    this.loopBody = loopBody;
  }

  @Override
  public void run() {
    while (running) {
      try {
        loopBody.run();
      } catch (RuntimeException e) {
        LOGGER.log(Level.WARNING, getName() + ": message loop survived " + e, e);
      }
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        running = false;
        return;
      }
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    super.start();
  }

  public void shutdown() {
    running = false;
  }
}
