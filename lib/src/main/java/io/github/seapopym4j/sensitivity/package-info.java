/**
 * Global sensitivity analysis: Sobol indices (first, total and second order, Saltelli design,
 * bootstrap confidence intervals) and Morris elementary effects, on any {@link
 * io.github.seapopym4j.sensitivity.SensitivityFunction}: the standard test functions ({@link
 * io.github.seapopym4j.sensitivity.TestFunctions}) or the no-transport model ({@link
 * io.github.seapopym4j.sensitivity.ModelFunction}). Designs are evaluated by the sweep engine
 * ({@link io.github.seapopym4j.sensitivity.DesignRun}), so they are chunked, resumable and
 * independent of the thread count. See docs/SENSITIVITY.md.
 */
package io.github.seapopym4j.sensitivity;
