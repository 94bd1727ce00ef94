package io.github.seapopym4j.forcing;

/**
 * One forcing variable as a reader delivers it, before the two variables are assembled into a
 * {@link ForcingSet}: the forcing (loaded or lazy, already in model units and in model dimension order)
 * and its coordinates.
 *
 * @param forcing the values, owned by whoever receives this record
 * @param time the time axis
 * @param latitude degrees north, in array order
 * @param longitude degrees east, in array order
 * @param layers layer labels; null for primary production
 * @param origin the file and variable, for error messages, e.g. {@code "a.nc variable 'T'"}
 */
record GridVariable(Forcing forcing, TimeAxis time, double[] latitude, double[] longitude,
    int[] layers, String origin) {}
